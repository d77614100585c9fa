"""Patterns of the reading stage: what raw bytes and HTML pages are sniffed for."""

from __future__ import annotations

import re

# The charset an HTML page declares in its head: <meta charset="gbk">, <meta ... content="...;
# charset=gb2312">; group 1 = the name (bytes: read before decoding).
META_CHARSET = re.compile(rb"""<meta[^>]{0,200}?charset\s*=\s*["']?\s*([A-Za-z0-9_.:-]{2,40})""",
                          re.I)
# The start of an HTML document, for a file named without a known suffix.
HTML_START = re.compile(rb"\s*<(?:!doctype|html|head|body|meta)", re.I)
# An info line of the page: a labelled date or source ("时间:2023-08-09 来源: 大河财立方"), put
# back in front of the main text, which leaves it out.
INFO_LINE = re.compile(r"(?:发布时间|发布日期|时间|日期|来源|來源|信息来源)\s*[:：]")
