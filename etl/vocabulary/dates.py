"""Patterns of date expressions (etl/extraction/dates.py resolves what they find)."""

from __future__ import annotations

import re

from etl.vocabulary.common import HAN

# Relative years and days: how far from the reference date they are.
REL_YEAR: dict[str, int] = {"今年": 0, "去年": -1, "前年": -2, "明年": 1}
REL_DAY: dict[str, int] = {"今天": 0, "今日": 0, "昨天": -1, "昨日": -1, "前天": -2}
# Days after a week's Monday (上周五 = the Friday of the week before the reference date's).
WEEKDAY_OFFSET: dict[str, int] = {"一": 0, "二": 1, "三": 2, "四": 3, "五": 4, "六": 5, "日": 6,
                                  "天": 6}
# Days after the previous date of the text: 次日 = the day after it.
NEXT_DAY: dict[str, int] = {"次日": 1, "翌日": 1, "第二天": 1}

# A number written in Arabic, full-width or Chinese digits.
NUM = r"[0-9０-９〇○零一二两三四五六七八九十]"
# A year: four Arabic/full-width digits, or four Chinese digits (二〇二三).
_YEAR = r"(?:[12１２][0-9０-９]{3}|[二〇○零一两三四五六七八九]{4})"
# A month written alone (no year, no day): 1-12 in Arabic digits or 一…十二.
_MONTH = r"(?:1[0-2]|0?[1-9]|１[０-２]|[１-９]|十[一二]?|[一二三四五六七八九])"
# What joins the two ends of a window: 9月11—14日, 3月7日至8日, 5月25~31日, 9月 11 - 14 日.
_TO = r"\s*(?:[—–\-~～〜－]+|至|到)\s*"
# What may follow a bare day ("29日", "8日上午"): a time of day, a clause break, a verb or
# preposition that opens a sentence's predicate; never 内/游/前/电 ("30日内", "7日游", "29日电").
_AFTER_DAY = (
    r"(?=[上下中早晚凌夜傍午深清晨,，、。；;）)在于与和同举召签正共双联分起赴抵又再还也即由至到—\-~～]"
    r"|\s|$)"
)
# Where a number that lost its 月 ("519日") may start: the start of the text or of a clause, or
# after a preposition (never inside a count: "共519日", "第519日").
_CLAUSE_START = r"(?<![^，,。；;：:\s于在是自从（(、])"

# Dates, most specific first; each alternative has its own named groups (read by
# etl.extraction.dates.resolve).
DATE_RE = re.compile(
    # windows: 9月11—14日, 3月7日至8日, 11月30日至12月2日, 2023年5月25~31日, 今年9月 11—14 日
    rf"(?:(?P<wy>{_YEAR})\s*年\s*|(?P<wry>今年|去年|前年|明年))?"
    rf"(?<![0-9０-９])(?P<wm>{NUM}{{1,3}})\s*月\s*(?P<wd>{NUM}{{1,3}})\s*[日号]?{_TO}"
    rf"(?:(?P<wm2>{NUM}{{1,3}})\s*月\s*)?(?P<wd2>{NUM}{{1,3}})\s*[日号]"
    # 2023年8月8日, 二〇二三年十一月二十三日, 2023-08-08, 2023.8.8, 2023/8/8, 2023年8月, 2023年,
    # 2023年底 (a year); never 2023年度, 20世纪
    rf"|(?P<y>{_YEAR})\s*"
    rf"(?:年\s*(?:(?P<m>{NUM}{{1,3}})\s*月\s*(?:(?P<d>{NUM}{{1,3}})\s*[日号])?)?(?![度代前])"
    r"|[-./](?P<m2>\d{1,2})(?:[-./](?P<d2>\d{1,2}))?(?!\d))"
    # a year whose 年 and 月 were lost: 2015312日 (2015-03-12), 20151228日; whose 年 was lost:
    # 20173月 (2017-03)
    r"|(?<![0-9０-９])(?P<jy>(?:19|20)\d{2})(?P<jmd>\d{2,4})[日号]"
    r"|(?<![0-9０-９])(?P<jy2>(?:19|20)\d{2})\s?(?P<jm>\d{1,2})月"
    # 去年9月, 今年3月8日
    rf"|(?P<ry>今年|去年|前年|明年)(?:(?P<rm>{NUM}{{1,3}})月(?:(?P<rd>{NUM}{{1,3}})[日号])?)?"
    # 上月26日, 上个月, 本月8日
    rf"|(?P<lastmonth>上个?月|本月)(?:(?P<lmd>{NUM}{{1,3}})[日号])?"
    # 上周五, 上星期三, 本周二, 这周一; 上周 alone (a week before the reference date's week)
    # (never 本周期, 这周边, 上周末, 本周年)
    r"|(?P<week>上个?|本|这个?)(?:周|星期|礼拜)"
    r"(?:(?P<wday>[一二三四五六日天])|(?![期边围岁年末内0-9０-９]))"
    # 8月8日 (year of the reference date)
    rf"|(?<![0-9０-９年\-./])(?P<md_m>{NUM}{{1,3}})\s*月\s*(?P<md_d>{NUM}{{1,3}})\s*[日号]"
    # a month-day whose 月 was lost: 519日 (5月19日), 1228日; only where one reading is a date
    rf"|{_CLAUSE_START}(?P<jmd2>\d{{3,4}})日{_AFTER_DAY}"
    # 8月, 8月份, 8月中旬, 十二月 opening a clause (year of the reference date); never 1-8月,
    # 每年3月, 前8月, 8月份以来, 于10月投产
    rf"|{_CLAUSE_START}(?P<mo>{_MONTH})\s*月(?:份|初|中旬|上旬|下旬|底|末)?"
    r"(?=[，,、。；;\s签在与和])"
    # 7日至9日, 7—9日: a window in the month of the reference date
    rf"|(?<![0-9０-９月年\-./])(?P<bwd>[0-3]?\d)\s*日?{_TO}(?P<bwd2>[0-3]?\d)\s*日"
    # 29日, 11日上午 (month of the reference date)
    rf"|(?<![0-9０-９月年\-./])(?P<dd>[0-3]?\d)日{_AFTER_DAY}"
    r"|(?P<relday>今天|今日|昨天|昨日|前天)"
    r"|(?P<recent>近日|日前|近期|最近)"
    rf"|(?P<yearsago>[一两二三四五六七八九十]|\d{{1,2}})年前"
    # 年初, 年底: the reference date's year
    r"|(?<![0-9０-９〇○零一二三四五六七八九十今去前明本该同当每多近全上下])(?P<yearpart>年初|年底|年末)"
    r"|(?P<nextday>次日|翌日|第二天)"
    r"|(?P<same>当天|当日|当时|同日|同一天|同一场活动)"
)

# Every place a DATE_RE match can start (the first token of each alternative above): a
# character set that re scans for in C, then the few words that open a relative date (一 only
# before a numeral, 年 only in 年初/年底/年末 …), so that DATE_RE is tried at few places: see
# etl.extraction.dates.date_matches. (Written as the character class first, then the word its
# character opens, told by a one-character lookbehind: re skips to a pattern's first characters
# in C only when the pattern starts with a class or literals, not with a lookahead; the same
# matches as (?=[…])(?:[…]|一(?=…)|年(?=[初底末])|次日|…) written word by word: 0.078 -> 0.066
# CPU s over 1,500 pages.)
_DATE_START_ALONE = r"\d０-９〇○零二两三四五六七八九十今去前明昨最日"
_WEEK = "(?:周|星期|礼拜)"
DATE_START_RE = re.compile(
    rf"[{_DATE_START_ALONE}一年次翌第本上近当同这]"
    rf"(?:(?<=[{_DATE_START_ALONE}])|(?<=一)(?=[〇○零一二三四五六七八九十月日年])"
    rf"|(?<=年)(?=[初底末])|(?<=次)日|(?<=翌)日|(?<=第)二天|(?<=本)月|(?<=上)个?月|(?<=近)[日期]"
    rf"|(?<=当)[天日时]|(?<=同)(?:日|一)|(?<=上)个?{_WEEK}|(?<=本){_WEEK}|(?<=这)个?{_WEEK})"
)

# Between two dates of a list ("12月7日、8日"): the second one shares the first one's month.
DATE_LIST_JOINER = re.compile(r"\s*(?:、|和|及|与|以及)\s*")
# A year that names an event of the sentence ("2012年部区工作会商会议", "2018年某某峰会"): group y.
EVENT_YEAR_RE = re.compile(
    rf"(?<![0-9０-９\-—~～至到])(?P<y>(?:19|20)\d{{2}})年[{HAN}“”《》·—\-()（）]{{1,24}}?"
    r"(?:会议|会|峰会|论坛|节|周|赛|展|活动|仪式)"
)
# Where a sentence ends (a month-day borrows a year only inside its own sentence).
SENTENCE_END_RE = re.compile(r"[。！？!?\n]")

# A chronicle's entry (年鉴, 大事记): a line that opens with its own date, after bullets or
# spaces (2022年5月20日，… / · 8月3日 … / 11月，…). Two of them make a page a chronicle.
CHRONICLE_ENTRY_RE = re.compile(
    rf"^[ \t　·•\-—*]*(?:{_YEAR}\s*年\s*)?{NUM}{{1,3}}\s*月", re.MULTILINE)
# What may stand before an entry's date on its line.
ENTRY_LEAD_CHARS = " \t　·•-—*"
# What a sentence opens after (a date right after one of them opens its sentence).
SENTENCE_OPENERS = "。！？!?；;】]\n"
# A chronicle title's year (山西省科协2021年大事记, 二〇二三年工作纪要): a year not followed by a
# month.
TITLE_YEAR_RE = re.compile(rf"(?<![0-9０-９])(?P<y>{_YEAR})\s*年(?!\s*{NUM}{{1,3}}\s*月)")
# A journal issue: "2015年第10期" (group y), the year of an abstract page that has no other date.
JOURNAL_ISSUE_RE = re.compile(r"(?<!\d)(?P<y>(?:19|20)\d{2})\s*年\s*第\s*\d{1,3}\s*期")
# A date in a URL's path: /2023-08-09/, /2023/0809/, /t20230809_, /2023/8/9/, /2015-2-3/,
# 20230809123456.html, /202308/, /2023-08/, /2023/08/, /2023/8/, /2023/. Groups y, m, d (month
# and day optional).
URL_DATE_RES: tuple[re.Pattern[str], ...] = (
    re.compile(r"(?<!\d)(?P<y>(?:19|20)\d{2})[-/_.]?(?P<m>0[1-9]|1[0-2])[-/_.]?"
               r"(?P<d>0[1-9]|[12]\d|3[01])(?=\d{4,}|\D|$)"),
    re.compile(r"/(?P<y>(?:19|20)\d{2})(?P<s>[-/_])(?P<m>1[0-2]|0?[1-9])(?P=s)"
               r"(?P<d>3[01]|[12]\d|0?[1-9])(?=[/_.]|$)"),
    re.compile(r"(?<!\d)(?P<y>(?:19|20)\d{2})[-/_]?(?P<m>0[1-9]|1[0-2])(?!\d)"),
    re.compile(r"/(?P<y>(?:19|20)\d{2})/(?P<m>1[0-2]|[1-9])/"),
    re.compile(r"/(?P<y>(?:19|20)\d{2})/"),
)
# The path of a URL: after the host, before the query.
URL_PATH_RE = re.compile(r"^(?:[a-zA-Z][a-zA-Z0-9+.-]*:)?(?://[^/?#]*)?(?P<path>[^?#]*)")
