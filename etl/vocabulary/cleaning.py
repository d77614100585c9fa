"""Regex vocabulary of the cleaning stage (repair, boilerplate, metadata).

Every pattern lives here as a named token group with a comment saying what it matches, so the
functions that use them read as logic, not as regex. Word lists come from
`etl/vocabulary/rules/*.toml` (edit the lists, not the code), composed by `common.alt`.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from functools import cache

from etl.vocabulary.article import SOURCE_BODY_HEADS
from etl.vocabulary.common import HAN, RULES_DIR, alt, rules
from etl.vocabulary.common import HAN_CHAR as HAN_CHAR  # one Han character, for the stages


@cache
def pinyin_syllables() -> frozenset[str]:
    """The toneless Mandarin syllables (ü written u), from rules/pinyin_syllables.txt."""
    text = (RULES_DIR / "pinyin_syllables.txt").read_text("utf-8")
    return frozenset(w for w in text.split() if not w.startswith("#") and w.isalpha())


@cache
def char_commonness() -> dict[str, int]:
    """Character -> number of dictionary phrases it occurs in (rules/char_commonness.tsv)."""
    out: dict[str, int] = {}
    for line in (RULES_DIR / "char_commonness.tsv").read_text("utf-8").splitlines():
        if line and not line.startswith("#"):
            ch, _, n = line.partition("\t")
            out[ch] = int(n)
    return out


# --- character classes (strings, for composing) ------------------------------------------------

# Tone-marked pinyin vowels (and the rare toned m/n).
TONED = "āáǎàēéěèīíǐìōóǒòūúǔùǖǘǚǜńňǹḿ"
# Letters that can spell a pinyin syllable.
PINYIN_LETTERS = "a-zü" + TONED + "ê"
# Full-width punctuation that closes / opens a phrase (context for punctuation normalisation).
CJK_CLOSE = "”’」』》】）〕"
CJK_OPEN = "“‘「『《【（〔"
# Punctuation that makes a line prose, counted per line (not "、": headlines list names with it).
STRONG_PUNCT = "，。；！？,;!?"
# The same marks as one character class: a line's count by one findall in C (nine str.count calls
# per line cost twice as much over the ~25 lines of every page).
STRONG_PUNCT_RE = re.compile("[" + re.escape(STRONG_PUNCT) + "]")
# Punctuation inside a sentence: a line holding one and cut short is a sentence, not a headline.
CLAUSE_PUNCT = "，；、,;"
# Characters that end a sentence (a body paragraph ends with one of them).
SENT_END = "。！？!?…”’」』）)."
# Where an over-long line of clean text is broken into pieces (clean.bounded_pieces), in order of
# preference: after a sentence end, else after a clause break, else anywhere.
PIECE_BREAKS: tuple[str, ...] = ("。！？!?；;", "，,、：:　 \t")
# The mark this stage writes for a character lost to mojibake: never guessed.
LOST_MARK = "□"
# How a paragraph cut mid-sentence by a line break or the excerpt's end may end (besides a Han
# character): a comma or a pause, never the ellipsis of a teaser.
MID_SENTENCE_END = "，,、；;：:"
# What a decoder leaves for a byte it could not decode.
DECODE_FAIL = "?\ufffd"

# --- pinyin annotations ------------------------------------------------------------------------

# One syllable with an optional tone digit: "xié", "xie2", "lüè".
_SYLL = rf"[{PINYIN_LETTERS}]{{1,6}}[1-5]?"
# An annotation right after a Han character: "(xié)", "（shí）", "(hé nán)"; group 1 = syllables.
# It opens with the bracket or the one space before it, and the lookbehinds then check the Han
# character before that: a pattern that starts with a character set is scanned for in C, one that
# starts with a lookbehind is tried at every position (the same matches, 30% faster).
# (the opening class lists the whitespace characters, those \s matches (tests/test_shared_scans.py):
# re tests \s for every character of the text by a call into the Unicode database, a listed
# character by a table lookup: the scan 20% faster)
WHITESPACE = ("\t\n\x0b\x0c\r\x1c\x1d\x1e\x1f \x85\xa0\u1680\u2000\u2001\u2002\u2003\u2004"
              "\u2005\u2006\u2007\u2008\u2009\u200a\u2028\u2029\u202f\u205f\u3000")
PINYIN_NOTE = re.compile(
    rf"[{re.escape(WHITESPACE)}(（](?:(?<=[{HAN}]\s)[(（]|(?<=[{HAN}][(（]))"
    rf"\s*({_SYLL}(?:[\s'’·]+{_SYLL}){{0,3}})\s*[)）]"
)
# How many toneless notes (every syllable real pinyin, each right after a Han character) mark an
# annotated page on their own, when it has no toned note ("兩(liang) 省區…儀(yi) 式…舉(ju) 行"):
# one or two may be a label ("方案(a)"), three or more are the page's annotation.
TONELESS_NOTES_ALONE = 3
# What a note leaves behind it: the one space some sites put after it, before the next Han
# character ("兩(liang) 省"), is part of the note.
NOTE_TRAILING_SPACE_RE = re.compile(rf" (?=[{HAN}])")
# Separators between the syllables of one annotation.
PINYIN_SPLIT = re.compile(r"[\s'’·]+")
# A tone digit at the end of a syllable (toned without diacritics: "shi2").
TONE_DIGIT = re.compile(r"[a-zü][1-5](?![0-9])")
# A trailing tone digit to strip before the whitelist check.
TONE_DIGIT_END = re.compile(r"[1-5]$")

# --- mojibake ------------------------------------------------------------------------------------

# GBK text decoded one byte off: a run of GBK-decodable characters ending in a decoder's failure
# mark (the orphaned lead byte), optionally preceded by another failure mark (the orphaned first
# byte), which may carry a stray pinyin note whose "(" the shift swallowed ("?shù)"); so may the
# tail mark ("…?xùn)"). The tail and its note are looked at, not consumed: the same mark may
# lead the next run ("…向?qū)Ψ教岢?"). The run may hold the Greek and Cyrillic letters of GBK's
# symbol rows ("Ψ"): a shifted pair can land there as well as on a Han character.
GBK_SHIFT_RUN = re.compile(
    rf"(?P<lead>[{DECODE_FAIL}](?:{_SYLL}[)）])?)?"
    rf"(?P<run>[{HAN}\u3000-\u303f\uff01-\uff5e\u0391-\u03c9\u0401-\u0451]{{2,60}})"
    rf"(?=(?P<tail>[{DECODE_FAIL}])(?P<note>{_SYLL}(?:\s{_SYLL}){{0,2}}[)）])?)"
)
# A decoder's failure mark followed by a pinyin note without its "(": the annotated character and
# the bracket were lost together ("是新?lián)?dāng)”" for 是新担当”); group 1 = the syllables.
LOST_NOTE = re.compile(rf"[{DECODE_FAIL}]({_SYLL}(?:\s{_SYLL}){{0,2}})[)）]")
# GBK bytes read as Latin-1: pairs of high Latin-1 characters ("ºÓÄÏÊ¡").
# (written to start with a character class, which re scans for in C)
LATIN1_RUN = re.compile(r"[\x81-\xfe][\x40-\x7e\x80-\xfe](?:[\x81-\xfe][\x40-\x7e\x80-\xfe])+")

# --- markup residue ------------------------------------------------------------------------------

# A whole HTML tag left in plain text: "<p>", "</div>", "<br/>", "<a href=…>".
HTML_TAG = re.compile(r"</?[A-Za-z][A-Za-z0-9]{0,9}(?:\s[^<>\n]{0,200})?/?>")
# A closing tag whose "<" a mojibake run swallowed, right after a lost-character mark: "□/p>".
BROKEN_CLOSER = re.compile(rf"(?<=[{LOST_MARK}])/[A-Za-z][A-Za-z0-9]{{0,9}}>")
# An HTML character entity: "&nbsp;", "&amp;", "&#12290;".
HTML_ENTITY = re.compile(r"&(?:[A-Za-z]{2,8}|#[0-9]{2,7}|#x[0-9A-Fa-f]{2,6});")

# --- layout --------------------------------------------------------------------------------------

# Line breaks of other systems: CRLF and lone CR (and the Unicode line/paragraph separators).
FOREIGN_NEWLINE = re.compile(r"\r\n?|[\u2028\u2029\x0b\x0c\x85]")
# Invisible characters: zero-width space/joiners, BOM, soft hyphen.
INVISIBLE = re.compile(r"[\u200b-\u200d\u2060\ufeff\xad]")
# A foreign line break, an invisible character or a space other than ASCII (no-break,
# ideographic, en/em spaces), found in one scan: one character class first (scanned for in C),
# then the \n of a CRLF.
LAYOUT_CHAR = re.compile(
    r"[\r\u2028\u2029\x0b\x0c\x85"  # FOREIGN_NEWLINE
    r"\u200b-\u200d\u2060\ufeff\xad"  # INVISIBLE
    r"\xa0\u3000\u2002-\u200a\u202f\u205f]"  # the spaces
    r"(?:(?<=\r)\n)?"
)

# --- punctuation ---------------------------------------------------------------------------------

_RIGHT = rf"(?=[{HAN}{CJK_OPEN}0-9\"“]|$)"
# Half-width , ; ! ? : after a Han character (or closing mark) and before Han, a digit or the end of
# the line: "8月8日,河南" (a colon inside "13:00:24" has digits around it and stays). One pattern
# per mark, so that each is replaced by a constant (no Python callback). The mark comes first and
# the lookbehind checks the character before it ("X,"): a pattern that starts with a literal is
# searched for in C, one that starts with a lookbehind is tried at every position.
_LEFT_OF = rf"(?<=[{HAN}{CJK_CLOSE}]{{mark}})"
HALF_PUNCT_EACH = {
    c: re.compile(re.escape(c) + _LEFT_OF.format(mark=re.escape(c)) + _RIGHT, re.M)
    for c in ",;!?:"
}
# A half-width full stop ending a Han sentence: "新的框架.7月21日" (never "2.5" or "www.a.cn").
HALF_STOP = re.compile(
    r"\." + _LEFT_OF.format(mark=r"\.") + rf"(?=[{HAN}{CJK_OPEN}\"“]|[0-9]+[年月日]|\s*$)", re.M
)
# A pair of half-width parentheses after Han or around Han: "城市(园区)", "(2021—2035年)". The
# "(" comes first, so that re searches for it in C; the lookbehind then checks the character
# before it (a pattern that starts with a lookbehind is tried at every position, 6x slower).
HALF_PARENS = re.compile(
    rf"\((?:(?<=[{HAN}]\()([^()\n]{{0,80}})\)|([^()\n]*[{HAN}][^()\n]*)\))"
)
# Straight double quotes around a Han phrase: "千里海岸线,一条创新链". Quotes pair left to
# right: a pair around no Han ("6·18") is matched too and left as it is (QUOTED_HAN_RE), so
# that its closing mark does not open the next pair ("6·18"平台、"甲行" → "6·18"平台、“甲行”).
STRAIGHT_QUOTES = re.compile(r'"([^"\n]{0,241})"')
QUOTED_HAN_RE = re.compile(f"[{HAN}]")

# --- lines and metadata --------------------------------------------------------------------------

_META = rules("metadata")
_BP = rules("boilerplate")
_COLON = r"\s*[:：]\s*"

# A run of Han characters (count Han characters as the summed length of the runs: fast).
HAN_RUN = re.compile(f"[{HAN}]+")
# A list bullet at the start of a line: "· ", "- ", "• ", "1 " (rank numbers).
LIST_BULLET = re.compile(r"^(?:[·•▪◆◇●○■▶►\-–*]\s*|[0-9]{1,2}\s+)(?=\S)")
# A date or short date at the end of a list item: "  11-29", " 2021-07-19", " 23-08-09".
TRAILING_DATE = re.compile(r"(?:^|\s)(?:(?:19|20)?\d{2}[-/.])?\d{1,2}[-/.]\d{1,2}\s*$")
# A decimal digit, which every DATE_NUMERIC match holds: a line without one (most headings and
# menus) is not searched for a numeric date (a pattern that opens with a lookbehind is tried at
# every position; this class is scanned for in C).
DIGIT_RE = re.compile(r"\d")
# A menu separator: " | " or runs of 2+ spaces between short items, or a breadcrumb " > ".
MENU_SEP = re.compile(r"\s*[|｜]\s*|\s{2,}|\s+[>›»]\s*|\s*[>›»]\s+|[>›»]")
# The separators of a spam header's keyword list: "…在线观看|…视频_…" (bars and underscores).
KEYWORD_SEP = re.compile(r"\s*[|｜_]\s*")
# A line that opens with a label: "关键词：…", "附件：…" (a field, not a sentence).
LABEL_LEAD = re.compile(r"^[^\s，,。:：]{1,8}\s*[:：]")
# A numbered section heading: "一、背景", "（二）合作内容", "3. 保障措施", "第四部分".
ENUM_HEADING = re.compile(
    r"^(?:[一二三四五六七八九十]{1,3}\s*[、.．]|[（(][一二三四五六七八九十\d]{1,3}[)）]"
    r"|\d{1,2}\s*[、.．](?!\d)|第[一二三四五六七八九十\d]{1,3}[部章节篇])"
)
# Contact details: a mobile or landline number, an e-mail address, a WeChat id. An address is
# tried only where a run of its characters starts (the lookbehind): Han characters are \w, and
# tried inside a run, each position re-read the rest of the run (same matches, 1.7x faster).
_PHONE = r"(?<!\d)(?:1[3-9]\d{9}|0\d{2,3}-?\d{7,8})(?!\d)"
_EMAIL = r"(?<![\w.-])[\w.-]+@[\w-]+\.[\w.]+"
_WECHAT = r"微信号?\s*[:：]"
CONTACT = re.compile(f"{_PHONE}|{_EMAIL}|{_WECHAT}")
# CONTACT for a line without an @, which holds no e-mail address: the same match, without
# running the address's [\w.-]+ over every run of Han characters (\w) back and forth.
CONTACT_WITHOUT_EMAIL = re.compile(f"{_PHONE}|{_WECHAT}")
# What every CONTACT_WITHOUT_EMAIL match holds: a phone number's first digit (1 or 0, after a
# lookbehind: the pattern is tried at every position) or the 微 of 微信. A line without any is
# not searched.
CONTACT_CUE_RE = re.compile("[01微]")
# Breadcrumb: "首页 > 科技 > 正文".
BREADCRUMB = re.compile(r"[>›»]\s*\S{1,12}\s*[>›»]|首页\s*[>›»]")
# A line that is only a site's name: "九江市人民政府门户网站", "羊城创新网", "龙江新闻网".
SITE_NAME = re.compile(r"^\S{2,14}" + alt(_META["site_suffixes"]) + r"$")
# How legal notices start: long as they may be, they are chrome, not prose.
# So do a site's statements about its own content ("本站所有文章…均由网友发表").
DISCLAIMERS: tuple[str, ...] = ("免责声明", "声明", "版权声明", "本站所有", "本网所有", "本站文章",
                                "本站内容", "本网站")
# A caption line: "图:…", "图1:…", "图片:…", "(图为…)".
CAPTION = re.compile(r"^(?:图\d{0,2}|图片|图为|配图)\s*[:：]|^[(（]图为")

# Cue groups of chrome (rules/boilerplate.toml), each as one alternation.
CUE_NAV = re.compile(alt(_BP["nav"]))
CUE_SHARE = re.compile(alt(_BP["share"]))
CUE_TOOLS = re.compile(alt(_BP["tools"]))
CUE_IMAGE = re.compile(r"^[【\[(（]?" + alt(_BP["image"]) + r"[】\])）]?$")
CUE_LIST_HEADING = re.compile(r"^[【\[]?" + alt(_BP["list_heading"]))
_CREDIT = alt(_BP["credit"])
CUE_CREDIT = re.compile(
    r"^[【\[(（]?" + _CREDIT + r"\s*[:：]|\s" + _CREDIT + r"\s*[:：]|^[(（]?" + _CREDIT + r"[)）]?$"
)
CUE_LEGAL = re.compile(alt(_BP["legal"]))
CUE_PREVNEXT = re.compile(r"^" + alt(_BP["prevnext"]) + _COLON)
CUE_READER_NOTICE = re.compile(alt(_BP["reader_notice"]))
# A short line ending like a caption: "…项目规划示意图", "…与会人员合影".
CAPTION_TAIL = re.compile(alt(_BP["caption_tail"]) + r"[)）]?$")

# Field labels of info lines.
DATE_LABEL = alt(_META["date_labels"])
SOURCE_LABEL = alt(_META["source_labels"])
AUTHOR_LABEL = alt(_META["author_labels"])
ANY_LABEL = alt(
    _META["date_labels"] + _META["source_labels"] + _META["author_labels"]
    + _META["editor_labels"] + _META["other_labels"]
)

# A numeric date with optional time: "2023-08-09 13:00:24", "2023/6/25 9:55:51", "2021年10月25日
# 09:38", "2022.07.27" (one separator throughout), and the day-first stamps of some CMSs
# "12.07.2017 21:04" (read day.month.year). Groups y, m|m2, d|d2, or dd, mm, yy (day first);
# [H M [S]].
DATE_NUMERIC = re.compile(
    r"(?:(?<!\d)(?P<y>(?:19|20)\d{2})(?:(?P<sep>[-/.])(?P<m>\d{1,2})(?P=sep)(?P<d>\d{1,2})"
    r"(?![\d月])"
    r"|\s*年\s*(?P<m2>\d{1,2})\s*月\s*(?P<d2>\d{1,2})\s*[日号]?)"
    r"|(?<![\d.])(?P<dd>\d{1,2})(?P<sep3>[-/.])(?P<mm>\d{1,2})(?P=sep3)(?P<yy>(?:19|20)\d{2})"
    r"(?!\.?\d))"
    r"(?:\s*(?:星期|周)[一二三四五六日天])?"
    r"(?:\s*(?P<H>\d{1,2})\s*[:：时]\s*(?P<M>\d{2})(?:\s*[:：分]\s*(?P<S>\d{2}))?)?"
)
# A date in Chinese numerals: "二〇二三年十一月二十三日".
DATE_CN = re.compile(
    r"(?P<y>[〇○零O0一二三四五六七八九]{4})年(?P<m>[一二三四五六七八九十]{1,2})月"
    r"(?P<d>[一二三四五六七八九十]{1,3})[日号]"
)
# Date forms read only right after a date label: a two-digit year "17-12-11" (year first), the
# compact "20230809", and a Minguo year of Taiwan's sites "107-09-21" / "107年9月21日" (+1911).
DATE_AFTER_LABEL = re.compile(
    r"\s*(?:(?P<y2>\d{2})(?P<sep>[-/.])(?P<m>\d{1,2})(?P=sep)(?P<d>\d{1,2})(?![\d.])"
    r"|(?P<y>(?:19|20)\d{2})(?P<m2>0[1-9]|1[0-2])(?P<d2>0[1-9]|[12]\d|3[01])(?!\d)"
    r"|(?P<roc>1[01]\d)\s*(?:(?P<rsep>[-/.])(?P<rm>\d{1,2})(?P=rsep)(?P<rd>\d{1,2})(?![\d.])"
    r"|年\s*(?P<rm2>\d{1,2})\s*月\s*(?P<rd2>\d{1,2})\s*日))"
)


def _spaced(word: str) -> str:
    """A label whose characters a page may space out: "日 期", "发 布 时 间"."""
    return r"\s?".join(re.escape(c) for c in word)


_DATE_LABEL_SPACED = "(?:" + "|".join(
    _spaced(w) for w in sorted(_META["date_labels"], key=len, reverse=True)) + ")"
_DATE_LABEL_NO_COLON = alt(_META["date_labels_no_colon"])
# A labelled date: "发布时间:2023-06-03", "日期:2021年10月25日", "日 期：2022-07-27", and labels
# that need no colon when a full date follows ("发布于2023-06-03", "时间 2023年6月3日"); the date
# is parsed after the match.
DATE_LABELLED = re.compile(
    # the first characters of the labels as one set, scanned for in C before the alternatives
    "(?=[" + re.escape("".join(sorted({w[0] for w in _META["date_labels"]
                                        + _META["date_labels_no_colon"]}))) + "])(?:"
    + _DATE_LABEL_SPACED + _COLON
    + "|" + _DATE_LABEL_NO_COLON + r"\s*(?=(?:19|20)\d{2}\s*[-/.年]\s*\d{1,2}\s*[-/.月]\s*\d))"
)
# A date label of a later edit of the page (更新时间, 录入时间): read after the publication labels
# (rules/metadata.toml `secondary_date_labels`).
SECONDARY_DATE_LABEL = re.compile(
    "(?:" + "|".join(_spaced(w) for w in _META["secondary_date_labels"]) + ")")
# Labels of an event's particulars on the same line as a date ("时间：… 地点：…").
EVENT_LINE = re.compile(alt(_META["event_line_labels"]) + _COLON)
# A word right before a date label that makes it the date of an event, not of the page: "会议时间:",
# "报名截止日期:" (rules/metadata.toml `event_date_words`).
EVENT_DATE_WORD = re.compile(alt(_META["event_date_words"]) + r"\s*$")
# A header line that shows today's date, not the article's: "今天是2025年06月06日 星期五".
TODAY_BANNER = re.compile(alt(_META["today_banner_words"]))
# A weekday written after a date ("2025年03月31日 星期一"): with no time, a crawl-day banner.
WEEKDAY = re.compile(r"(?:星期|周|礼拜)[一二三四五六日天]|农历")
# A clock time ("13:00", "9时30分").
CLOCK = re.compile(r"(?<!\d)\d{1,2}\s*[:：时]\s*\d{2}(?!\d)")
# What may stand right before or after a stamp inside a line: a space, a bracket, a bar.
STAMP_OPENERS = frozenset(" \t(（[【|｜")
# A newspaper-edition mark ("第03版"): a dated e-paper header, not a banner.
EDITION = re.compile(r"第\s*[0-9０-９A-Za-z]{1,4}\s*版")
# A dateline carrying a full date: "新华社北京2023年10月16日电", "本报讯(2023年10月16日)".
FULL_DATELINE = re.compile(
    r"^[^，。,；;\s]{0,24}?(?P<date>(?:19|20)\d{2}年\d{1,2}月\d{1,2}日)(?:专电|电|讯)"
)
# A dateline without its year opening a line (东北网5月21日讯, 本报5月6日讯): groups m, d.
MONTH_DAY_DATELINE = re.compile(
    r"^[^，。,；;\s]{0,24}?(?<![\d年])(?P<m>\d{1,2})月(?P<d>\d{1,2})日(?:专电|电|讯)")
# A year written in a headline (2012年省暨哈市科技活动周开幕), not as part of a full date.
HEADLINE_YEAR = re.compile(r"(?<!\d)(?P<y>(?:19|20)\d{2})年(?!\d{1,2}月)")
# A press release's bracketed dateline opening its lead: "[香港，2022年9月19日]", "（澳门,
# 2023年5月6日）", "【北京 2023年5月6日】"; group date.
BRACKET_DATELINE = re.compile(
    r"^\s*[\[【(（]\s*[^\]】)）,，。\s]{1,12}[,，\s]\s*"
    r"(?P<date>(?:19|20)\d{2}\s*年\s*\d{1,2}\s*月\s*\d{1,2}\s*日)\s*[\]】)）]"
)
# A labelled source: "来源: 大河财立方", "信息来源:本站"; group v = the value up to the next field.
SOURCE_FIELD = re.compile(
    SOURCE_LABEL + _COLON + r"(?P<v>.+?)(?=\s{2,}|\s*" + ANY_LABEL + r"\s*[:：]|\s*$|\s*[|｜]|】)"
)
# A labelled author: "作者:谢慧变", "记者:韩雪松", "作者:记者 林珂".
AUTHOR_FIELD = re.compile(
    r"(?<![责编])" + AUTHOR_LABEL + r"\s*[:：/|｜]\s*(?P<v>.+?)(?=\s{2,}|\s*" + ANY_LABEL
    + r"\s*[:：]|\s*$|\s*[|｜)）】])"
)
# "记者 宋雨" / "记者宋雨" without a colon (info lines, bylines); group v = the name.
REPORTER = re.compile(
    r"记者\s*(?P<v>[" + HAN + r"·]{2,5}?)(?=\s|报道|摄|$|[)）】,，、])"
)
# A bracketed byline opening the lead: "【大河财立方 记者 朱娟】",
# "【某网 实习记者 陈某 某地21日电】"; groups outlet, author.
BRACKET_BYLINE = re.compile(
    r"^【(?P<outlet>[^\s【】]{2,20}?)\s*(?:实习|特约|首席)?(?:记者|通讯员)\s*(?P<author>["
    + HAN + r"·]{2,5})\s*(?:[" + HAN + r"]{0,6}\d{1,2}日(?:电|讯))?\s*】"
)
_DATE_OF_DATELINE = r"(?:\d{4}年)?\d{1,2}月\d{1,2}日"
_OUTLET_END = alt(_META["outlet_endings"])
# A line that is only a reporters' credit: "记者 华静", "某某财经全媒体记者陈某 某地报道",
# "某某日报 记者李某 张某", "本报记者 王某 通讯员 李某张某". What comes before the role ends like an
# outlet ("…报", "…网", "…媒体"), so a headline about reporters ("某市举行记者见面会") is no credit.
_CREDIT_ROLE = r"(?:实习|特约|首席)?(?:记者|通讯员)\s*"
_CREDIT_NAMES = r"[" + HAN + r"·]{2,6}(?:[\s、]+[" + HAN + r"·]{2,6})*"
REPORTER_LINE = re.compile(
    r"^(?:[^\s，。,:：]{0,18}?(?:" + _OUTLET_END + r"|媒体)\s?)?" + _CREDIT_ROLE + _CREDIT_NAMES
    + r"(?:\s+" + _CREDIT_ROLE + _CREDIT_NAMES + r")*(?:\s*[" + HAN + r"]{0,6}报道)?$"
)
# A dateline "X讯" / "X8月4日讯" / "X北京6月27日电" / "X 珠海7月4日电" / "X香港6月20日电/" /
# "X银川9月16日专电" / "X7月1日消息:" / "X消息," opening the lead; group outlet, outlet2 or
# outlet3. An outlet name ending like an outlet ("新华社", "人民网", "闽都在线") may be followed by
# a place ("新华社北京9月6日电"); otherwise the whole prefix is the outlet ("天山网-新疆日报讯").
DATELINE = re.compile(
    r"^(?:(?P<outlet>[^\s，。,:：(（【]{1,18}?" + _OUTLET_END + r")\s?["
    + HAN + r"]{0,4}" + _DATE_OF_DATELINE + r"(?:专电|讯|电)"
    r"|(?P<outlet3>[^\s，。,:：(（【]{1,18}?" + _OUTLET_END + r")\s?(?:[" + HAN + r"]{0,4}"
    + _DATE_OF_DATELINE + r")?消息"
    r"|(?P<outlet2>[^\s，。,:：(（【]{2,20}?)(?:[" + HAN + r"]{0,4}" + _DATE_OF_DATELINE
    + r")?(?:专电|讯|电))"
    r"(?=[\s(（/:：,，]|[" + HAN + r"])"
)
# A reporter credited with the outlet in front: "贵报传媒全媒体记者 曾某",
# "(某日报全媒体记者刘某 任某)", "某财经全媒体记者陈某 某地报道"; group outlet (a 全媒体/融媒体
# suffix kept: metadata decides).
OUTLET_REPORTER = re.compile(
    r"(?:^|[(（])(?P<outlet>[^\s()（）,，。:：、]{2,18}?)(?:实习|特约|首席)?记者\s*[" + HAN
    + r"·]{2,5}"
)
# 全媒体/融媒体 after an outlet's name ("四川日报全媒体"): dropped when the rest is an outlet.
MEDIA_SUFFIX = re.compile(r"(?:全媒体|融媒体|新媒体|融媒)$")
# An outlet's name ending: "…日报", "…网", "…社" (rules/metadata.toml `outlet_endings`).
OUTLET_ENDING = re.compile(_OUTLET_END + r"$")
# A site's greeting in its header: "某某研究会欢迎您!"; group site.
SITE_WELCOME = re.compile(r"^(?P<site>[^\s!！,，。|｜]{2,20}?)欢迎(?:您|你)")
# A source label standing alone on its line, its value on the next one: "出处" / "来源：".
SOURCE_LABEL_LINE = re.compile("^" + SOURCE_LABEL + r"\s*[:：]?$")
# A parenthesised group near the start of the lead: "（记者谢慧变报道）"; group v = its content.
PAREN_GROUP = re.compile(r"[(（](?P<v>[^()（）]{2,40})[)）]")
# A parenthesised byline or credit line: "(记者 金哲)", "(洪城科普 记者 万乐 通讯员 毛可欣)".
PAREN_LINE = re.compile(r"^[(（](?P<v>[^()（）]{2,60})[)）]$")
# A bare URL or domain inside a field value ("高新院 achie.org").
DOMAIN = re.compile(r"\s*(?:https?://)?[A-Za-z0-9-]+(?:\.[A-Za-z0-9-]+)+/?\S*\s*")
# A reporter's name: 2-4 Han characters, or a transcribed name with a middle dot.
PERSON_NAME = re.compile(f"^[{HAN}]{{2,4}}$|^[{HAN}]{{1,6}}·[{HAN}]{{1,8}}$")
# Byline words in front of a name: "记者 ", "本网记者", "作者:", "文/".
BYLINE_WORDS = re.compile(r"^(?:本网|本报|本台|本刊)?(?:记者|通讯员|作者|文|撰稿)\s*[:：/]?\s*")
# Words after a name in a byline: "谢慧变报道", "张三摄".
BYLINE_TAIL = re.compile(r"(?:报道|摄影?|撰稿)$")
# Brackets, colons and separators around a field value.
VALUE_JUNK = re.compile(r"[\s:：|｜,，。;；]+$|^[\s:：【\[(（]+|[】\])）]+$")
# What trails an outlet's name on its line: a space and then a date or time, a bar or a page
# widget (大字体 小字体, 扫码, 打印): "某丘日报 12-12 03:01", "某城日报 大字体 小字体".
OUTLET_TAIL = re.compile(r"\s+(?:[0-9０-９|｜]|" + alt(_META["widget_words"]) + r").*$")
# Where a field value ends: a wide gap or the next label.
FIELD_BREAK = re.compile(r"\s{2,}|\s*" + ANY_LABEL + r"\s*[:：]")
# Any field label.
ANY_LABEL_RX = re.compile(ANY_LABEL)
# "讯" closing a dateline outlet ("天山网-新疆日报讯").
DATELINE_TAIL = re.compile(r"讯$")
# A name that starts with a proper place name ("信阳市科协"), unlike a relative "市科协".
PLACE_PREFIXED = re.compile(f"^[{HAN}]{{2,}}(?:省|市|县|区)")
# Separators between the items of a header line ("京华科技频道 | 首页  要闻").
ITEM_SPLIT = re.compile(r"\s*[|｜]\s*|\s{2,}")
# Gaps of two or more spaces (fields of an info line).
WIDE_GAP = re.compile(r"\s{2,}")
# A bare outlet name beside a date: Han or Latin letters, dots and hyphens.
NAME_TOKEN = re.compile(f"[{HAN}A-Za-z·-]{{2,20}}")
# A bare name beside a date that does not end like an outlet is one when it is this short; a
# longer one is the page's headline with its date ("某某与某某签署协议 2021-05-07").
BARE_OUTLET_MAX = 10
# The body whose site a page is (metadata.find_owner): what 我校/我院/我所 mean where the page's
# source line names a unit or an outlet (来源：党委宣传部). A footer naming it as the site's holder
# or host ("版权所有 © 某某大学", "某某研究所 版权所有", "主办单位：某某科学院", "Copyright ©
# 2003-2019 … 某某研究所"), else a line above the title that is a body's name alone; a name
# ends with a body's head (SOURCE_BODY_HEADS: 大学, 研究所, 科协 …), not an outlet's.
OWNER_FOOTER_CUE_RE = re.compile("版权所有|主办")
OWNER_FOOTER_RE = re.compile(
    rf"(?:版权所有|主办单位|主办)\s*[:：]?\s*(?:©\s*)?(?P<a>[{HAN}]{{2,30}})"
    rf"|(?P<c>[{HAN}]{{2,30}})\s*版权所有"
)
OWNER_NAME_RE = re.compile(rf"[{HAN}]{{1,28}}(?:{alt(SOURCE_BODY_HEADS)})")
OWNER_LAST_CHARS = frozenset(h[-1] for h in SOURCE_BODY_HEADS)  # (a test before the pattern)
OWNER_MIN_HAN = 4  # the shortest name a line may be (某某大学)
OWNER_LINE_SPACE_RE = re.compile(r"[ \u3000]")
# A copyright footer naming the site: "版权所有:齐鲁科协在线", "车城在线版权所有", "Copyright © X".
COPYRIGHT_OWNER = re.compile(
    r"版权所有\s*[:：]?\s*(?:©\s*)?([^\s|｜]{2,20})"
    r"|(?:©|Copyright)\s*(?:\d{4}\s*)?([^\s|｜©]{2,20})"
    r"|([^\s|｜]{2,20})版权所有"
)
# A month-precision ISO date hint: "2023-08".
MONTH_ISO = re.compile(r"^(?:19|20)\d{2}-(?:0[1-9]|1[0-2])$")

# A line that ends inside a sentence (after ，、 or a connector, with more than a few characters
# of its own) followed by the sentence's next words: the break is layout, no end.
# (the mark before the break, the break with its spaces, and what follows it)
WRAPPED_BREAK_RE = re.compile(r"[，、与和及][ \t\u3000]*\n[ \t\u3000]*(?=[\u4e00-\u9fff“《\d])")
WRAPPED_LINE_MIN = 5

# The blocks of Han characters (CJK Extension A, the Unified block, the compatibility block):
# the characters whose Traditional -> Simplified conversion the cleaning tests for.
HAN_BLOCKS: tuple[tuple[int, int], ...] = ((0x3400, 0x4DC0), (0x4E00, 0xA000), (0xF900, 0xFB00))


def changed_chars_re(convert: Callable[[str], str]) -> re.Pattern[str]:
    """One character class of every Han character `convert` changes on its own."""
    chars = [chr(i) for a, b in HAN_BLOCKS for i in range(a, b)]
    out = convert("\n".join(chars)).split("\n")
    return re.compile("[" + re.escape("".join(
        a for a, b in zip(chars, out, strict=True) if a != b)) + "]")

# A line of page fields (a source, a date stamp) run on into the lead by the page's layout:
# "来源：某日报 发布时间：2024-01-09 09:30:00 近日，某某与某某签署…。". Group gap = the space
# between the last field and the sentence, which then runs to the line's end, is no time
# ("09:30") and holds no further label: the cleaning breaks the line there.
INFO_THEN_LEAD_RE = re.compile(
    r"(?=[^\n]{0,40}?(?:" + DATE_LABEL + "|" + SOURCE_LABEL + r")\s*[:：]"
    r"|\s*(?:19|20)\d{2}\s*[-/.年])"
    r"[^\n，。,；;！？!?]{4,100}?[^\s，。,：:；;！？!?]"  # fields: no sentence's marks
    r"(?P<gap>[ \t\u3000]+)"
    r"(?!\d{1,2}[:：]\d)"
    rf"(?=[{HAN}\d（(“【][^\n]{{14,}}[。！？!?]\s*$)"
    r"(?![^\n]{0,24}?" + ANY_LABEL + r"\s*[:：])"
)
# Where the cleaning looks for such lines: the page's head; lines longer than INFO_LEAD_MIN
# that end with one of INFO_LEAD_ENDS, with a colon or a year in their first INFO_LEAD_NEAR.
INFO_LEAD_SCAN = 3000
INFO_LEAD_MIN = 24
INFO_LEAD_ENDS = frozenset("。！？!?")
INFO_LEAD_NEAR = 48

# A newspaper's edition line: "《某某日报》（2021年05月07日 第01版）"; group v = the paper.
EDITION_LINE_RE = re.compile(
    r"^《(?P<v>[^《》\s]{2,20})》\s*[(（]?\s*(?:19|20)\d{2}\s*[-/.年][^()（）]{0,30}?第\s*"
    r"[0-9０-９A-Za-z]{1,4}\s*版")
