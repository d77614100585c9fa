"""Chinese date expressions: find them in text and resolve them against a reference date.

Rules: a month-day without a year takes the year of the reference date (and the year before
when it would land more than a month after it); without a reference date, the year an event
name of the same sentence carries (2012年部区工作会商会议…9月23日). 去年/今年/前年 shift the
year; 上月 the month; 近日/日前 give the reference date's month with precision "approx"; a window
(9月11—14日, 11月30日至12月2日) is its first month, "approx", bounded by its last day; 次日 is the
day after the previous date; 当天/当时 point back to the previous date in the text. Dates that
lost a character are read only where one reading is a date (2015312日, 519日). No day is ever
invented: 2023年8月 is a month, 2017年 a year. Against an approximate reference date (one read
from the URL, `ApproximateDate`) every relative date is "approx".
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from dataclasses import dataclass, replace
from datetime import date, timedelta
from functools import lru_cache

from etl.records import built
from etl.vocabulary.dates import (
    CHRONICLE_ENTRY_RE,
    DATE_LIST_JOINER,
    DATE_RE,
    DATE_START_RE,
    ENTRY_LEAD_CHARS,
    EVENT_YEAR_RE,
    NEXT_DAY,
    REL_DAY,
    REL_YEAR,
    SENTENCE_END_RE,
    SENTENCE_OPENERS,
    TITLE_YEAR_RE,
    URL_DATE_RES,
    URL_PATH_RE,
    WEEKDAY_OFFSET,
)
from etl.vocabulary.numerals import cn_number

# A window longer than this is a period (a year's plan), not a visit: its year only.
_WINDOW_DAYS = 62


class ApproximateDate(date):
    """A reference date known only roughly (read from the page's URL): what is resolved against
    it is "approx". `grain` is how much of it the source gave (day, month or year): 近日
    against it is given at that resolution, never finer."""

    grain = "day"


class ApproximateMonth(ApproximateDate):
    """The last day of a month known only as a month (/202108/)."""

    grain = "month"


class ApproximateYear(ApproximateDate):
    """The last day of a year known only as a year (/2021/, 2015年第10期)."""

    grain = "year"


def approximate(day: date, resolution: str) -> ApproximateDate:
    """`day` as an approximate reference date of that resolution (day, month or year)."""
    cls = {"month": ApproximateMonth, "year": ApproximateYear}.get(resolution, ApproximateDate)
    return cls(day.year, day.month, day.day)


def at_resolution(ref: date) -> str:
    """A reference date written at what is known of it: "2023-08-09", "2023-08" or "2023"."""
    res = ref.grain if isinstance(ref, ApproximateDate) else "day"
    return ref.isoformat()[: {"day": 10, "month": 7, "year": 4}[res]]


@dataclass(frozen=True)
class DateMention:
    """A date expression found in text, resolved."""

    start: int
    end: int
    text: str
    date: str | None  # YYYY-MM-DD | YYYY-MM | YYYY at its precision
    precision: str  # day | month | year | approx | unknown
    before: str | None = None  # upper bound (approx dates: the reference date, a window's end)
    backref: bool = False  # 当天/当时: the date of the previous mention
    context: str = ""  # up to 3 characters before the expression (签于, 是在)


def _valid(y: int, m: int, d: int) -> bool:
    try:
        date(y, m, d)
    except ValueError:
        return False
    return 1900 <= y <= 2100


def _month_before(ref: date) -> tuple[int, int]:
    return (ref.year - 1, 12) if ref.month == 1 else (ref.year, ref.month - 1)


def _at_precision(y: int, mo: int | None, d: int | None) -> tuple[str, str]:
    """The most precise valid form of year, month, day: never a day the text did not give."""
    if mo and d and _valid(y, mo, d):
        return f"{y:04d}-{mo:02d}-{d:02d}", "day"
    if mo and 1 <= mo <= 12:
        return f"{y:04d}-{mo:02d}", "month"
    return f"{y:04d}", "year"


def _year_of(mo: int, d: int, ref: date) -> int:
    """The year of a month-day in the reference year's past: the year before when the day would
    land more than a month after the reference date."""
    y = ref.year
    if _valid(y, mo, d) and date(y, mo, d) > ref + timedelta(days=31):
        return y - 1
    if not _valid(y, mo, d) and mo > ref.month + 1:  # 2月29日 of another year
        return y - 1
    return y


def _split_month_day(digits: str) -> tuple[int, int] | None:
    """"312" -> (3, 12), "1228" -> (12, 28): the one split into a valid month and day, or None
    when there is none or more than one ("112": 1月12日 or 11月2日)."""
    splits = [(int(digits[:i]), int(digits[i:])) for i in range(1, len(digits))
              if len(digits) - i <= 2 and i <= 2]
    ok = [(m, d) for m, d in splits if _valid(2000, m, d)]  # 2000: 2月29日 is a date
    return ok[0] if len(ok) == 1 else None


def _window(m: re.Match[str], ref: date | None) -> tuple[str, str, str] | None:
    """A window 9月11—14日 / 11月30日至12月2日 -> (first month or year, "approx", last day)."""
    g = m.groupdict()
    mo, d1, d2 = cn_number(g["wm"]), cn_number(g["wd"]), cn_number(g["wd2"])
    mo2 = cn_number(g["wm2"]) if g.get("wm2") else mo
    if None in (mo, d1, d2, mo2):
        return None
    if g.get("wy"):
        y = cn_number(g["wy"])
    elif g.get("wry") and ref is not None:
        y = ref.year + REL_YEAR[g["wry"]]
    elif ref is not None:
        y = _year_of(mo, d1, ref)
    else:
        return None
    if y is None or not _valid(y, mo, d1):
        return None
    y2 = y + 1 if mo2 < mo else y
    if not _valid(y2, mo2, d2):
        return None
    first, last = date(y, mo, d1), date(y2, mo2, d2)
    if last < first:
        return None
    value = f"{y:04d}-{mo:02d}" if (last - first).days <= _WINDOW_DAYS else f"{y:04d}"
    return value, "approx", last.isoformat()


def resolve(m: re.Match[str], ref: date | None) -> DateMention | None:
    """Turn one DATE_RE match into a DateMention (None when it is not a usable date)."""
    g = m.groupdict()
    text = m.group(0)
    mk = lambda d, p, **kw: DateMention(m.start(), m.end(), text, d, p, **kw)  # noqa: E731
    if g.get("wm"):
        got = _window(m, ref)
        return mk(got[0], got[1], before=got[2]) if got else None
    if g.get("y"):
        y = cn_number(g["y"])
        mo = cn_number(g.get("m") or g.get("m2") or "") if (g.get("m") or g.get("m2")) else None
        dd = g.get("d") or g.get("d2")
        d = cn_number(dd) if dd else None
        if y is None or not 1900 <= y <= 2100:
            return None
        return mk(*_at_precision(y, mo, d))
    if g.get("jy"):
        md = _split_month_day(g["jmd"])
        y = int(g["jy"])
        return mk(f"{y:04d}-{md[0]:02d}-{md[1]:02d}", "day") if md and _valid(y, *md) else None
    if g.get("jy2"):
        mo = int(g["jm"])
        return mk(f"{int(g['jy2']):04d}-{mo:02d}", "month") if 1 <= mo <= 12 else None
    if ref is None:
        if g.get("recent"):
            return mk(None, "unknown")
        if g.get("same") or g.get("nextday"):
            return mk(None, "unknown", backref=True)
        return None
    return _relative(m, g, ref, mk)


def _relative(m: re.Match[str], g: dict, ref: date, mk) -> DateMention | None:
    """The expressions that need the reference date."""
    if g.get("ry"):
        y = ref.year + REL_YEAR[g["ry"]]
        mo = cn_number(g["rm"]) if g.get("rm") else None
        d = cn_number(g["rd"]) if g.get("rd") else None
        return mk(*_at_precision(y, mo, d))
    if g.get("lastmonth"):
        y, mo = _month_before(ref) if g["lastmonth"] != "本月" else (ref.year, ref.month)
        d = cn_number(g["lmd"]) if g.get("lmd") else None
        if d and _valid(y, mo, d):
            return mk(f"{y:04d}-{mo:02d}-{d:02d}", "day")
        return mk(f"{y:04d}-{mo:02d}", "month")
    if g.get("week"):
        monday = ref - timedelta(days=ref.weekday())
        if g["week"].startswith("上"):
            monday -= timedelta(days=7)
        if not g.get("wday"):  # 上周: approx, before the reference date
            return mk(monday.isoformat()[:7], "approx", before=ref.isoformat())
        day = monday + timedelta(days=WEEKDAY_OFFSET[g["wday"]])
        return mk(day.isoformat(), "day") if day <= ref else None  # 本周五 still to come
    if g.get("md_m"):
        mo, d = cn_number(g["md_m"]), cn_number(g["md_d"])
        if mo is None or d is None:
            return None
        y = _year_of(mo, d, ref)
        return mk(f"{y:04d}-{mo:02d}-{d:02d}", "day") if _valid(y, mo, d) else None
    if g.get("jmd2"):
        md = _split_month_day(g["jmd2"])
        if md is None:
            return None
        y = _year_of(*md, ref)
        return mk(f"{y:04d}-{md[0]:02d}-{md[1]:02d}", "day") if _valid(y, *md) else None
    if g.get("mo"):
        mo = cn_number(g["mo"])
        if mo is None or not 1 <= mo <= 12:
            return None
        y = ref.year - (1 if date(ref.year, mo, 1) > ref + timedelta(days=31) else 0)
        return mk(f"{y:04d}-{mo:02d}", "month")
    if g.get("bwd"):
        d1, d2 = int(g["bwd"]), int(g["bwd2"])
        y, mo = (ref.year, ref.month) if d1 <= ref.day else _month_before(ref)
        if not (d1 < d2 and _valid(y, mo, d1) and _valid(y, mo, d2)):
            return None
        return mk(f"{y:04d}-{mo:02d}", "approx", before=f"{y:04d}-{mo:02d}-{d2:02d}")
    if g.get("dd"):
        d = cn_number(g["dd"])
        if d is None:
            return None
        y, mo = ref.year, ref.month
        if d > ref.day:
            y, mo = _month_before(ref)
        return mk(f"{y:04d}-{mo:02d}-{d:02d}", "day") if _valid(y, mo, d) else None
    if g.get("relday"):
        day = ref + timedelta(days=REL_DAY[g["relday"]])
        return mk(day.isoformat(), "day")
    if g.get("recent"):
        value = at_resolution(ref)[:7]
        return mk(value, "approx", before=ref.isoformat())
    if g.get("yearsago"):
        n = cn_number(g["yearsago"]) or 0
        return mk(f"{ref.year - n:04d}", "year")
    if g.get("yearpart"):
        return mk(f"{ref.year:04d}", "year")
    if g.get("same") or g.get("nextday"):
        return mk(None, "unknown", backref=True)
    return None


def date_matches(text: str) -> Iterator[re.Match[str]]:
    """The matches of DATE_RE.finditer(text), found ~5x faster.

    DATE_RE has no literal prefix, so re tries all its alternatives at every position of the
    text. Here a character-set scan finds the few positions where a date can start and DATE_RE
    is tried only there; its lookbehinds still see the text before the position.
    """
    end = 0
    for c in DATE_START_RE.finditer(text):
        pos = c.start()
        if pos < end:
            continue
        m = DATE_RE.match(text, pos)
        if m is not None:
            end = m.end()
            yield m


def _approximate(dm: DateMention, g: dict) -> DateMention:
    """A date resolved against an approximate reference date is approximate."""
    if dm.date is None or dm.precision == "approx" or g.get("y") or g.get("jy") or g.get("jy2") \
            or g.get("wy"):
        return dm
    return replace(dm, precision="approx")


@lru_cache(maxsize=64, typed=True)
def find_dates(text: str, ref: date | None) -> tuple[DateMention, ...]:
    """Every resolvable date expression in `text`, in order.

    Cached because the stages of one article ask for the same text two or three times; a small
    cache, as its keys are whole article texts (8,192 of them held ~50 MB per process). Typed, so
    that an `ApproximateDate` and the same exact date are two keys.
    """
    out: list[DateMention] = []
    approx_ref = isinstance(ref, ApproximateDate)
    entry_year: int | None = None  # a chronicle's year so far (the last entry that wrote one)
    year_at: tuple[int, int] | None = None  # the last date with its year written: year, end
    for m in date_matches(text):
        g = m.groupdict()
        if g.get("md_m") and ref is None:
            dm = _year_from_sentence(text, m)
        else:
            dm = resolve(m, ref)
        if ref is None and (g.get("y") or g.get("md_m") or g.get("mo")):
            if dm is None and _opens_line(text, m.start()):
                dm = _chronicle_entry(text, m, g, entry_year)
            elif dm is None and (g.get("md_m") or g.get("mo")) and year_at is not None \
                    and "\n" not in text[year_at[1]:m.start()] \
                    and _opens_sentence(text, m.start()):
                # 2023年5月5日，…。8月9日，… (or 8月，…): a paragraph's next sentence, in its year
                dm = _in_year(m, g, year_at[0])
            elif g.get("y") and dm is not None and dm.date and len(dm.date) >= 7:
                # a date (2023年5月5日, 2022年10月), not a year alone (2012年…会议)
                year_at = (int(dm.date[:4]), m.end())
                if _opens_line(text, m.start()):
                    entry_year = year_at[0]
        if dm is None:
            continue
        prev = out[-1] if out else None
        if g.get("dd") and prev is not None and prev.precision == "day" and prev.date \
                and DATE_LIST_JOINER.fullmatch(text, prev.end, m.start()):
            # 12月7日、8日: the second day is in the first one's month
            y, mo = int(prev.date[:4]), int(prev.date[5:7])
            d = int(g["dd"])
            dm = replace(dm, date=f"{y:04d}-{mo:02d}-{d:02d}") if _valid(y, mo, d) else None
        elif g.get("nextday"):
            # 次日: the day after the previous date of the text
            day = date.fromisoformat(prev.date) + timedelta(days=NEXT_DAY[g["nextday"]]) \
                if prev is not None and prev.precision == "day" and prev.date else None
            dm = replace(dm, date=day.isoformat(), precision="day", backref=False) if day \
                else None
        if dm is None:
            continue
        if approx_ref:
            dm = _approximate(dm, g)
        out.append(_with_context(dm, text[max(0, m.start() - 3) : m.start()]))
    return tuple(out)


def _opens_line(text: str, pos: int) -> bool:
    """Does the date at `pos` open its line (after bullets or spaces)?"""
    k = pos
    while k > 0 and text[k - 1] != "\n":
        if text[k - 1] not in ENTRY_LEAD_CHARS:
            return False
        k -= 1
    return True


def _chronicle_entry(text: str, m: re.Match[str], g: dict,
                     entry_year: int | None) -> DateMention | None:
    """A chronicle's entry dated without a year (8月3日，… / 7月 …) on a page without a reference
    date: the year of the last entry that wrote one, else of the chronicle's title. A chronicle
    is a page where at least two lines open with their dates (年鉴, 大事记)."""
    if len(CHRONICLE_ENTRY_RE.findall(text, 0, 4000)) < 2:
        return None
    y = entry_year
    if y is None:
        title = text.lstrip()[: max(text.lstrip().find("\n"), 0)]
        years = {cn_number(t["y"]) for t in TITLE_YEAR_RE.finditer(title)}
        if len(years) != 1 or None in years:
            return None
        y = years.pop()
    return _in_year(m, g, y)


def _opens_sentence(text: str, pos: int) -> bool:
    """Does the date at `pos` open a sentence (after 。！？； or a heading's 】)?"""
    k = pos
    while k > 0 and text[k - 1] in ENTRY_LEAD_CHARS:
        k -= 1
    return k == 0 or text[k - 1] in SENTENCE_OPENERS


def _in_year(m: re.Match[str], g: dict, y: int) -> DateMention | None:
    """A month-day (md_m) or a month (mo) match in year `y`; never a day the text did not give."""
    mo = cn_number(g["md_m"] if g.get("md_m") else g["mo"])
    d = cn_number(g["md_d"]) if g.get("md_m") else None
    if mo is None or (g.get("md_m") and d is None):
        return None
    value, precision = _at_precision(y, mo, d)
    if g.get("md_m") and precision != "day":
        return None
    return DateMention(m.start(), m.end(), m.group(0), value, precision)


def _with_context(dm: DateMention, context: str) -> DateMention:
    """replace(dm, context=context), built directly and without the frozen dataclass's __init__
    (which sets each field through object.__setattr__): dataclasses.replace cost ~5x as much,
    on every date of every text. The same fields and values (tests/test_shared_scans.py)."""
    return built(DateMention, start=dm.start, end=dm.end, text=dm.text, date=dm.date,
                 precision=dm.precision, before=dm.before, backref=dm.backref, context=context)


def _year_from_sentence(text: str, m: re.Match[str]) -> DateMention | None:
    """8月8日 with no reference date: the year of the one event name of its sentence that carries
    a year ("2012年部区工作会商会议"), else nothing."""
    starts = [e.end() for e in SENTENCE_END_RE.finditer(text, max(0, m.start() - 200), m.start())]
    s0 = starts[-1] if starts else max(0, m.start() - 200)
    e = SENTENCE_END_RE.search(text, m.end())
    s1 = e.start() if e else len(text)
    years = {int(y["y"]) for y in EVENT_YEAR_RE.finditer(text, s0, s1)}
    mo, d = cn_number(m["md_m"]), cn_number(m["md_d"])
    if len(years) != 1 or mo is None or d is None:
        return None
    y = years.pop()
    if not _valid(y, mo, d):
        return None
    return DateMention(m.start(), m.end(), m.group(0), f"{y:04d}-{mo:02d}-{d:02d}", "day")


def url_date(url: str | None) -> DateMention | None:
    """The date a URL's path carries (/2023/0809/, t20230809_, /202308/, /2023/), "approx" at
    the URL's resolution; None when the path names no plausible date. The host and the query
    are never read (an IP address, an id=20230809 parameter)."""
    if not url:
        return None
    pm = URL_PATH_RE.match(url)
    path = pm["path"] if pm else ""
    for rx in URL_DATE_RES:
        for m in rx.finditer(path):
            g = m.groupdict()
            y = int(g["y"])
            mo = int(g["m"]) if g.get("m") else None
            d = int(g["d"]) if g.get("d") else None
            if not 1990 <= y <= 2100 or (d and not _valid(y, mo or 0, d)):
                continue
            value = _at_precision(y, mo, d)[0]
            return DateMention(0, 0, m.group(0), value, "approx", before=None)
    return None


def url_period(url: str | None) -> tuple[date, date] | None:
    """The first and last day of the date a URL's path carries (a day, a month or a year)."""
    dm = url_date(url)
    if dm is None or dm.date is None:
        return None
    parts = [int(p) for p in dm.date.split("-")]
    if len(parts) == 3:
        day = date(*parts)
        return day, day
    y = parts[0]
    first, last_month = (date(y, parts[1], 1), parts[1]) if len(parts) == 2 else (date(y, 1, 1), 12)
    return first, date(y + (last_month == 12), last_month % 12 + 1, 1) - timedelta(days=1)


def url_reference(url: str | None) -> ApproximateDate | None:
    """The URL's date as an approximate reference date at the URL's resolution: its last day
    (what happened in a month or a year the URL names is not after it)."""
    dm = url_date(url)
    period = url_period(url)
    if dm is None or dm.date is None or period is None:
        return None
    return approximate(period[1], {4: "year", 7: "month"}.get(len(dm.date), "day"))


def parse_iso(value: str | None) -> date | None:
    """'2023-08-09T13:00:24' or '2023-08-09' -> date; anything else -> None."""
    if not value or len(value) < 10:
        return None
    try:
        return date.fromisoformat(value[:10])
    except ValueError:
        return None


def precision_rank(p: str) -> int:
    return {"day": 0, "month": 1, "year": 2, "approx": 3}.get(p, 4)
