"""Article metadata: title, publication time, outlet, author, script, content hash and SimHash.

Fields come from the page's info lines (时间/日期/来源/作者), its bylines (【X 记者 Y】,
"X讯(记者Y报道)", "(记者 Y)") and, failing those, from the container's hints (HTML meta,
JSONL fields). Publication dates are read only from info lines, never from prose: a date in the
body is an event date, not the publication date. Editors (责编, 编辑) are never authors.
"""

from __future__ import annotations

import datetime as dt
import hashlib
import logging

import numpy as np

from etl.cleaning.boilerplate import BYLINE, HEADING, INFO, PROSE, Segmentation
from etl.cleaning.repair import normalize_punct, strip_pinyin, to_simplified
from etl.records import Metadata, RawDocument
from etl.vocabulary import cleaning as tp
from etl.vocabulary.numerals import cn_number

LOGGER = logging.getLogger(__name__)

_META = tp.rules("metadata")


# --- dates ---------------------------------------------------------------------------------------

def parse_date(s: str) -> tuple[str, str] | None:
    """The first valid date in `s` as (ISO string, precision), or None.

    "2023-08-09 13:00:24" -> ("2023-08-09T13:00:24", "second"); "二〇二三年十一月二十三日" ->
    ("2023-11-23", "day"). Impossible dates (2023-02-30) are skipped, never corrected.
    """
    for m in tp.DATE_NUMERIC.finditer(s):
        y, mo = int(m["y"]), int(m["m"] or m["m2"])
        d = int(m["d"] or m["d2"])
        try:
            date = dt.date(y, mo, d)
        except ValueError:
            continue
        if m["H"] is not None and int(m["H"]) < 24 and int(m["M"]) < 60:
            if m["S"] is not None and int(m["S"]) < 60:
                return f"{date.isoformat()}T{int(m['H']):02d}:{m['M']}:{m['S']}", "second"
            return f"{date.isoformat()}T{int(m['H']):02d}:{m['M']}", "minute"
        return date.isoformat(), "day"
    for m in tp.DATE_CN.finditer(s):
        y, mo, d = cn_number(m["y"]), cn_number(m["m"]), cn_number(m["d"])
        if y is None or mo is None or d is None:
            continue
        try:
            date = dt.date(y, mo, d)
        except ValueError:
            continue
        return date.isoformat(), "day"
    return None


def find_published(info: list[str], hint: str | None = None) -> tuple[str | None, str]:
    """Publication time from info lines (a labelled date first), else from the container hint."""
    for line in info:
        lab = tp.DATE_LABELLED.search(line)
        if lab and (got := parse_date(line[lab.end():])):
            return got
    for line in info:
        if got := parse_date(line):
            return got
    if hint and (got := parse_date(hint)):
        return got
    if hint and tp.MONTH_ISO.match(hint.strip()):
        return hint.strip(), "month"
    return None, "unknown"


# --- people and outlets --------------------------------------------------------------------------

def person(value: str | None) -> str | None:
    """A reporter's name from a byline value, or None for departments, credits and "本网记者"."""
    if not value:
        return None
    v = tp.BYLINE_WORDS.sub("", value.strip())
    v = v.split()[0] if v.split() else ""
    v = tp.BYLINE_TAIL.sub("", v)
    if not tp.PERSON_NAME.match(v):
        return None
    if any(v.endswith(w) or v == w for w in _META["not_person"]) or "记者" in v:
        return None
    return v


def clean_outlet(value: str | None) -> str | None:
    """An outlet name from a 来源 value: domains, brackets and trailing labels removed."""
    if not value:
        return None
    v = tp.DOMAIN.sub(" ", value).strip()
    v = tp.FIELD_BREAK.split(v)[0]
    v = tp.VALUE_JUNK.sub("", v).strip()
    v = tp.DATELINE_TAIL.sub("", v)
    if not v or len(v) > 30 or v in _META["self_sources"] or not tp.HAN_CHAR.search(v):
        return None
    return v


def _relative(v: str) -> bool:
    """"市科协", "市政府办公室": a 来源 naming an organ by its level only."""
    return len(v) <= 8 and any(v.startswith(p) for p in _META["relative_prefixes"]) and not \
        tp.PLACE_PREFIXED.match(v)


def _site_name(seg: Segmentation) -> str | None:
    """The portal's own name: a header heading ending like a site ("…门户网站", "…在线")."""
    end = seg.title if seg.title is not None else seg.body_start
    suffixes = tuple(_META["site_suffixes"])
    for ln in seg.lines[:end]:
        first = tp.ITEM_SPLIT.split(ln.text)[0]
        if ln.kind in (HEADING, "chrome") and first.endswith(suffixes) and len(first) <= 20 \
                and tp.HAN_CHAR.search(first):
            return first
    return None


def _copyright_owner(seg: Segmentation) -> str | None:
    for ln in seg.lines[seg.body_end:]:
        m = tp.COPYRIGHT_OWNER.search(ln.text)
        if m and (v := clean_outlet(next(g for g in m.groups() if g))):
            return v
    return None


def _first_lines(seg: Segmentation, n: int = 2) -> list[str]:
    return [ln.text for ln in seg.lines[seg.body_start:seg.body_end] if ln.kind == PROSE][:n]


def find_source(seg: Segmentation, header: list[str], trailer: list[str],
                hint: str | None = None) -> str | None:
    """The outlet: 来源 field, bracket byline, dateline, trailer, hint, site name, copyright."""
    found: str | None = None
    for line in header:
        if (m := tp.SOURCE_FIELD.search(line)) and (found := clean_outlet(m["v"])):
            break
    if not found:
        found = _outlet_on_date_line(header)
    if not found:
        for line in _first_lines(seg):
            m = tp.BRACKET_BYLINE.match(line) or tp.DATELINE.match(line)
            outlet = m and (m.groupdict().get("outlet") or m.groupdict().get("outlet2"))
            if outlet and not outlet.startswith("本") and (found := clean_outlet(outlet)):
                break
    if not found:
        for line in trailer:
            m = tp.SOURCE_FIELD.search(line)
            if m and (found := clean_outlet(m["v"])):
                break
    if not found:
        found = _outlet_in_parens(trailer)
    if not found and hint:
        found = clean_outlet(hint)
    if found and _relative(found):
        return _site_name(seg) or found
    return found or _copyright_owner(seg)


def _outlet_on_date_line(header: list[str]) -> str | None:
    """"齐鲁科普在线  2020-08-04 16:55": a bare name beside the date on an info line."""
    for line in header:
        m = tp.DATE_NUMERIC.search(line)
        if not m or tp.DATE_LABELLED.search(line):
            continue
        rest = [w for w in tp.WIDE_GAP.split((line[:m.start()] + "  " + line[m.end():]).strip())
                if w]
        for w in rest:
            if tp.NAME_TOKEN.fullmatch(w) and not tp.ANY_LABEL_RX.search(w):
                return clean_outlet(w)
    return None


def _outlet_in_parens(lines: list[str]) -> str | None:
    """"(赣鄱科协在线)" or "(洪城科普 记者 万乐)" after the body."""
    suffixes = (*_META["site_suffixes"], "科普", "科技", "报道")
    for line in lines:
        if m := tp.PAREN_LINE.match(line):
            first = m["v"].split()[0]
            if first.endswith(suffixes) and "记者" not in first:
                return clean_outlet(first)
    return None


def find_author(seg: Segmentation, header: list[str], trailer: list[str],
                hint: str | None = None) -> str | None:
    """The reporter: 作者/记者 fields, 【X 记者 Y】, "(记者Y报道)", "(记者 Y)"; never an editor."""
    for line in header:
        for m in tp.AUTHOR_FIELD.finditer(line):
            if name := person(m["v"]):
                return name
        for m in tp.REPORTER.finditer(line):
            if name := person(m["v"]):
                return name
    for line in _first_lines(seg):
        m = tp.BRACKET_BYLINE.match(line)
        if m and (name := person(m["author"])):
            return name
        for group in tp.PAREN_GROUP.finditer(line[:80]):
            for m in tp.REPORTER.finditer(group["v"]):
                if name := person(m["v"]):
                    return name
    for line in trailer:
        if not (tp.PAREN_LINE.match(line) or tp.AUTHOR_FIELD.match(line)):
            continue
        for rx in (tp.AUTHOR_FIELD, tp.REPORTER):
            for m in rx.finditer(line):
                if name := person(m["v"]):
                    return name
    return person(hint) if hint else None


# --- script, hashes ------------------------------------------------------------------------------

def detect_script(pinyin_notes: int, t2s_changed: int, han: int) -> str:
    """simplified | traditional | traditional+pinyin, from what the repairs had to change."""
    traditional = t2s_changed >= 3 and t2s_changed >= 0.02 * max(han, 1)
    if pinyin_notes >= 2:
        return "traditional+pinyin" if traditional or pinyin_notes >= 5 else "simplified"
    return "traditional" if traditional else "simplified"


def content_hash(text: str) -> str:
    """sha256 of the clean text."""
    return hashlib.sha256(text.encode("utf-8")).hexdigest()


_CHUNK = 1 << 16


def _splitmix64(x: np.ndarray) -> np.ndarray:
    z = x + np.uint64(0x9E3779B97F4A7C15)
    z = (z ^ (z >> np.uint64(30))) * np.uint64(0xBF58476D1CE4E5B9)
    z = (z ^ (z >> np.uint64(27))) * np.uint64(0x94D049BB133111EB)
    return z ^ (z >> np.uint64(31))


def simhash(text: str) -> str:
    """64-bit SimHash over character 3-grams (whitespace ignored) as 16 hex digits.

    Vectorised: each 3-gram's code points are packed into one integer and mixed with
    SplitMix64, so the fingerprint is the same in every process (no salted hash()).
    """
    s = "".join(text.split())
    if not s:
        return "0" * 16
    cps = np.frombuffer(s.encode("utf-32-le"), dtype=np.uint32).astype(np.uint64)
    if len(cps) < 3:
        cps = np.concatenate([cps, np.zeros(3 - len(cps), dtype=np.uint64)])
    keys = cps[:-2] | (cps[1:-1] << np.uint64(21)) | (cps[2:] << np.uint64(42))
    hashes = _splitmix64(keys)
    votes = np.zeros(64, dtype=np.int64)
    for i in range(0, len(hashes), _CHUNK):
        bits = np.unpackbits(hashes[i:i + _CHUNK].view(np.uint8), bitorder="little")
        votes += np.einsum("ij->j", bits.reshape(-1, 64), dtype=np.int64)
    bits = np.packbits(2 * votes > len(hashes), bitorder="little")
    return f"{int.from_bytes(bits.tobytes(), 'little'):016x}"


def hamming(a: str | int, b: str | int) -> int:
    """Number of differing bits of two SimHashes (hex strings or ints): <= 3 = near-duplicates."""
    x = int(a, 16) if isinstance(a, str) else a
    y = int(b, 16) if isinstance(b, str) else b
    return (x ^ y).bit_count()


# --- all of it -----------------------------------------------------------------------------------

def find_metadata(seg: Segmentation, clean_text: str, raw: RawDocument, *, pinyin_notes: int = 0,
                     t2s_changed: int = 0) -> Metadata:
    """Metadata of one article from its segmented, repaired text and its container's hints."""
    lines = seg.lines
    header = [ln.text for ln in lines[:seg.body_start] if ln.kind in (INFO, BYLINE)]
    header += [ln.text for ln in lines[seg.body_start:seg.body_end] if ln.kind == INFO]
    trailer = [ln.text for ln in lines[seg.body_end:] if ln.kind in (INFO, BYLINE)]
    trailer += [ln.text for ln in lines[seg.body_start:seg.body_end] if ln.kind == BYLINE]
    published, precision = find_published(header + trailer, raw.date_hint)
    title = lines[seg.title].text if seg.title is not None else None
    if not title and raw.title_hint and raw.title_hint.strip():
        title = normalize_punct(to_simplified(strip_pinyin(raw.title_hint.strip())))
    han = sum(lines[i].han for i in seg.keep)
    return Metadata(
        title=title,
        published=published,
        published_precision=precision,
        source=find_source(seg, header, trailer, raw.source_hint),
        author=find_author(seg, header, trailer, raw.author_hint),
        url=raw.url,
        script=detect_script(pinyin_notes, t2s_changed, han),
        content_hash=content_hash(clean_text),
        simhash=simhash(clean_text),
    )
