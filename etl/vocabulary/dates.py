"""Patterns of date expressions (etl/extraction/dates.py resolves what they find)."""

from __future__ import annotations

import re

# A number written in Arabic, full-width or Chinese digits.
# Relative years and days: how far from the reference date they are.
REL_YEAR: dict[str, int] = {"今年": 0, "去年": -1, "前年": -2, "明年": 1}
REL_DAY: dict[str, int] = {"今天": 0, "今日": 0, "昨天": -1, "昨日": -1, "前天": -2}

NUM = r"[0-9０-９〇○零一二两三四五六七八九十]"

# Dates, most specific first; each alternative has its own named groups (read by
# etl.extraction.dates.resolve).
DATE_RE = re.compile(
    # 2023年8月8日, 二〇二三年十一月二十三日, 2023-08-08, 2023.8.8, 2023/8/8, 2023年8月, 2023年
    rf"(?P<y>[12１２][0-9０-９]{{3}}|[二〇○零一两三四五六七八九]{{4}})\s*"
    rf"(?:年\s*(?:(?P<m>{NUM}{{1,3}})\s*月\s*(?:(?P<d>{NUM}{{1,3}})\s*[日号])?)?(?![度代底初末前])"
    r"|[-./](?P<m2>\d{1,2})(?:[-./](?P<d2>\d{1,2}))?(?!\d))"
    # 去年9月, 今年3月8日
    rf"|(?P<ry>今年|去年|前年|明年)(?:(?P<rm>{NUM}{{1,3}})月(?:(?P<rd>{NUM}{{1,3}})[日号])?)?"
    # 上月26日, 上个月
    rf"|(?P<lastmonth>上个?月)(?:(?P<lmd>{NUM}{{1,3}})[日号])?"
    # 8月8日 (year of the reference date)
    rf"|(?<![0-9０-９年\-./])(?P<md_m>{NUM}{{1,3}})月(?P<md_d>{NUM}{{1,3}})[日号]"
    # 29日, 11日上午 (month of the reference date)
    rf"|(?<![0-9０-９月年\-./])(?P<dd>[0-3]?\d)日(?=[上下中早晚凌,，、在\s举召]|$)"
    r"|(?P<relday>今天|今日|昨天|昨日|前天)"
    r"|(?P<recent>近日|日前|近期|最近)"
    rf"|(?P<yearsago>[一两二三四五六七八九十]|\d{{1,2}})年前"
    r"|(?P<same>当天|当日|当时|同日|同一天|同一场活动)"
)

# Every character a DATE_RE match can start with (the first token of each alternative above).
# Scanning for these is a plain character-set search, which re runs in C without trying the ten
# alternatives at every position: see etl.extraction.dates.date_matches.
DATE_START_RE = re.compile(r"[\d０-９〇○零一二两三四五六七八九十今去前明上昨近日最当同]")
