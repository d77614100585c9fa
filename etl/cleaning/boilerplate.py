"""Boilerplate removal for plain-text pages: which lines are the article, which are site chrome.

Decided by line structure, not by any site's strings: each line gets a kind from its shape
(length, sentence punctuation, list bullets, trailing dates, menu separators, labelled fields)
confirmed by generic cue words (rules/boilerplate.toml), then by its neighbours (`in_context`:
prose cut mid-sentence is a sidebar's blurb only under a headline; otherwise it is a paragraph
hard-wrapped or cut short by a stored excerpt). Prose scores positive, chrome negative;
the article body is the contiguous run of lines with the largest total score (a maximum-subarray
search, as in Body Text Extraction), cut at a link-list heading ("相关阅读", "最新文章") when one
follows the body. Before the body only the title and subtitles are kept; info lines (时间/来源)
are handed to metadata; everything after the body is dropped, and so is any line without a Han
character (a stray bar, a file name, an English translation).
"""

from __future__ import annotations

import logging
from dataclasses import dataclass, replace
from functools import lru_cache

from etl.records import built
from etl.vocabulary import cleaning as tp

LOGGER = logging.getLogger(__name__)

PROSE, HEADING, INFO, CHROME, LIST, LIST_HEADING, BYLINE, TEASER = (
    "prose", "heading", "info", "chrome", "list", "list_heading", "byline", "teaser")
_KEEP_IN_BODY = frozenset({PROSE, HEADING, TEASER})


@dataclass(frozen=True)
class Line:
    """One non-empty line of the repaired text."""

    idx: int  # position among the non-empty lines
    start: int  # span in the text, surrounding whitespace excluded
    end: int
    text: str
    kind: str
    han: int  # number of Han characters


@dataclass(frozen=True)
class Segmentation:
    """Where the article is: line kinds plus the body range and the title line."""

    lines: tuple[Line, ...]
    body_start: int  # index into lines; body = lines[body_start:body_end]
    body_end: int
    title: int | None  # index of the title line, when one precedes the body
    keep: tuple[int, ...]  # indexes of the lines that make the clean text, in order


def _line(idx: int, start: int, end: int, text: str, kind: str, han: int) -> Line:
    """Line(idx, start, end, text, kind, han), built without the frozen dataclass's __init__
    (which sets each of the six fields through object.__setattr__): ~25 lines an article. The
    same fields and values (tests/test_shared_scans.py)."""
    return built(Line, idx=idx, start=start, end=end, text=text, kind=kind, han=han)


def split_lines(text: str) -> list[Line]:
    """Non-empty lines with their stripped spans and kinds."""
    out: list[Line] = []
    pos = 0
    han_runs = tp.HAN_RUN.findall
    for raw in text.split("\n"):
        stripped = raw.strip()
        if stripped:
            # (the first letter's first place: what precedes it is whitespace, no copy made)
            start = pos + raw.find(stripped[0])
            han = sum(map(len, han_runs(stripped)))
            out.append(_line(len(out), start, start + len(stripped), stripped,
                             classify(stripped, han), han))
        pos += len(raw) + 1
    return out


def _is_menu(s: str) -> bool:
    """Three or more short items separated by bars, wide gaps or '>', or five or more short
    items separated by single spaces (a list of provinces, cities, districts), or four or more
    keywords of up to 24 characters separated by bars or underscores (a spam header)."""
    items = [i for i in tp.MENU_SEP.split(s) if i]
    if len(items) >= 3 and all(len(i) <= 12 for i in items):
        return True
    keywords = tp.KEYWORD_SEP.split(s)  # a spam header's keyword list: "…在线|…视频_…"
    if len(keywords) >= 4 and all(0 < len(k) <= 24 for k in keywords):
        return True
    words = s.split()
    return len(words) >= 5 and sum(len(w) <= 8 for w in words) >= 0.8 * len(words)


def _contact(s: str) -> bool:
    """Does tp.CONTACT find contact details in `s`? (Without the e-mail pattern where no @
    stands: most lines; not at all where no 0, 1 or 微 stands, CONTACT_CUE_RE.)"""
    if "@" in s:
        return tp.CONTACT.search(s) is not None
    return tp.CONTACT_CUE_RE.search(s) is not None and \
        tp.CONTACT_WITHOUT_EMAIL.search(s) is not None


def _strong_punct(s: str) -> int:
    """How many marks of tp.STRONG_PUNCT `s` holds: one findall of their class (in C), not a
    str.count per mark; translate() would look up every character."""
    return len(tp.STRONG_PUNCT_RE.findall(s))


def _trailing_date(s: str) -> bool:
    """Does tp.TRAILING_DATE find a date closing `s` ("…新闻 03-19")? Only where the last
    character before trailing whitespace is a digit (the pattern ends with \\d\\s*$; it opens
    with (?:^|\\s) and is tried at every position): most lines end with a letter or a mark."""
    last = s.rstrip()[-1:]
    return last.isdecimal() and tp.TRAILING_DATE.search(s) is not None


def is_info_line(s: str) -> bool:
    """A short line of labelled fields or a bare date: "时间:… 来源:…", "2025-03-19 09:18"."""
    if len(s) > 90 or s.endswith("。"):
        return False
    if tp.DATE_LABELLED.search(s) or tp.SOURCE_FIELD.search(s):
        return True
    m = (tp.DATE_NUMERIC.search(s) if tp.DIGIT_RE.search(s) else None) or tp.DATE_CN.search(s)
    if m and len(s) - len(m.group(0)) <= 40 and _strong_punct(s) == 0:
        return True
    return bool(tp.AUTHOR_FIELD.match(s)) and _strong_punct(s) == 0


def classify(s: str, han: int) -> str:
    """The kind of one stripped line, from its shape and cue words."""
    n = len(s)
    punct = _strong_punct(s)
    ends = s[-1] in tp.SENT_END or s[-1] == tp.LOST_MARK
    if n > 60 and punct >= 2 and han >= 30 and not s.startswith(tp.DISCLAIMERS) \
            and ":" not in s[:12] and "：" not in s[:12]:  # fast path: prose, not a labelled line
        return PROSE if ends or han < 40 else TEASER
    return _classify_by_cues(s, han, n, punct, ends)


@lru_cache(maxsize=8192)
def _classify_by_cues(s: str, han: int, n: int, punct: int, ends: bool) -> str:
    """`classify` past its fast path: up to twenty cue patterns. Cached per line: the short
    lines that take it (menus, footers, credits, bylines, headings) come back on page after page
    of one site (~40% of them repeat over the 3,000 synthetic pages)."""
    bracket = tp.BRACKET_BYLINE.match(s)
    if (n <= 120 and tp.PAREN_LINE.match(s)) or (bracket and bracket.end() == n):
        return BYLINE
    if tp.LIST_BULLET.match(s) and n < 80 and not s.endswith("。"):
        return LIST
    if is_info_line(s):
        return INFO
    if n <= 40 and (tp.CUE_IMAGE.match(s) or tp.CAPTION.match(s)
                    or (punct == 0 and tp.CAPTION_TAIL.search(s))):
        return CHROME
    if tp.CAPTION.match(s):
        return CHROME
    if n <= 30 and tp.CUE_LIST_HEADING.match(s) and punct == 0:
        return LIST_HEADING
    if n <= 100 and (tp.CUE_CREDIT.search(s) or tp.CUE_PREVNEXT.match(s)):
        return CHROME
    if tp.CUE_LEGAL.search(s) and (n <= 120 or s.startswith(tp.DISCLAIMERS)):
        return CHROME
    if n <= 120 and _contact(s) and not s.endswith("。"):
        return CHROME
    if n <= 60 and tp.BREADCRUMB.search(s):
        return CHROME
    if n <= 40 and tp.CUE_READER_NOTICE.search(s):  # "欢迎访问…", "读完约1分钟"
        return CHROME
    if (tp.LIST_BULLET.match(s) or _trailing_date(s)) and not s.endswith("。") and n < 80:
        return LIST
    if punct == 0 and (_is_menu(s) or (n <= 50 and (
            tp.CUE_SHARE.search(s) or tp.CUE_TOOLS.search(s) or tp.CUE_NAV.search(s)))):
        return CHROME
    if s[-1] in "：:" and han >= 10 and not tp.LABEL_LEAD.match(s) and not tp.CUE_SHARE.search(s):
        return PROSE  # a sentence introducing what follows ("…主要包括以下几个方面：")
    if n <= 40 and punct <= 1 and s[-1] not in "。！？!?…":  # a headline, even with a comma
        return HEADING
    if (han >= 15 and punct >= 1) or (han >= 6 and s[-1] in "。！？!?") or han >= 60:
        if han >= 40 and not ends:
            return TEASER
        return PROSE
    return HEADING


# A subtitle has at least this many Han characters (an author's bare name has 2-4).
_SUBTITLE_MIN_HAN = 5
# A headline over a blurb is short and has no full stop.
_HEADLINE_MAX_HAN = 40


def _is_blurb(lines: list[Line], i: int) -> bool:
    """A teaser line (prose cut mid-sentence) is a sidebar's blurb when it sits under its
    headline: a short line without a full stop, or a link-list heading, right before it, and no
    prose goes on after it. The headline-blurb pair is a sidebar's unit; the last line of a page
    right after a subheading of the body is the body cut short (a stored excerpt), not a blurb.
    A line without a comma or a full stop is no cut sentence (a run of place names), nor is one
    giving contact details."""
    line = lines[i]
    if not _strong_punct(line.text) or _contact(line.text):
        return True
    if i == 0:
        return False
    prev = lines[i - 1]
    if prev.kind == LIST_HEADING:
        return True
    if prev.kind not in (HEADING, PROSE) or prev.han >= _HEADLINE_MAX_HAN \
            or prev.text.endswith("。"):
        return False
    last = i == len(lines) - 1
    if not last and lines[i + 1].kind in (PROSE, TEASER):
        return False  # the sentence goes on in the next line: a paragraph hard-wrapped under
        # the title, not a blurb (a sidebar's blurb is followed by the next headline)
    return not (last and i >= 2 and lines[i - 2].kind == PROSE)


def _is_cut_sentence(lines: list[Line], i: int) -> bool:
    """The page's last line, short, holding a comma and right after prose: a sentence the stored
    excerpt cut ("一直以来，上海交"), not a headline; a bulleted one too ("- 成效：通过合作，某市"),
    unless it ends with a date like a link list's item."""
    line = lines[i]
    if i != len(lines) - 1 or i == 0 or lines[i - 1].kind != PROSE \
            or not any(c in line.text for c in tp.CLAUSE_PUNCT):
        return False
    if line.kind == LIST:
        return not _trailing_date(line.text)
    return line.kind == HEADING and not tp.LABEL_LEAD.match(line.text)


def in_context(lines: list[Line]) -> list[Line]:
    """Kinds that depend on the neighbours: prose cut mid-sentence is body text (the paragraph
    goes on in the next line, or the stored excerpt stops there) unless it is a blurb under a
    headline; a cut sentence ending the page is body text."""
    out = list(lines)
    for i, line in enumerate(lines):
        if (line.kind == TEASER and not _is_blurb(out, i)) or _is_cut_sentence(out, i):
            out[i] = replace(line, kind=PROSE)
    return out


_SCORES = {HEADING: -2.0, INFO: -5.0, BYLINE: -3.0, LIST: -12.0, LIST_HEADING: -25.0}


def _score(line: Line) -> float:
    if line.kind == PROSE:
        return float(line.han)
    if line.kind == TEASER:
        return -float(line.han)
    if line.kind == CHROME:
        return -10.0 - line.han / 2
    return _SCORES[line.kind]


def _max_run(scores: list[float]) -> tuple[int, int]:
    """Kadane: [start, end) of the contiguous run with the largest sum (empty -> (0, 0))."""
    best, best_span = 0.0, (0, 0)
    cur, cur_start = 0.0, 0
    for i, s in enumerate(scores):
        if cur <= 0:
            cur, cur_start = s, i
        else:
            cur += s
        if cur > best:
            best, best_span = cur, (cur_start, i + 1)
    return best_span


def _cut_at_list_heading(lines: list[Line], start: int, end: int) -> int:
    """End the body at a link-list heading when most of the prose lies before it."""
    for i in range(start + 1, end):
        if lines[i].kind == LIST_HEADING:
            before = sum(ln.han for ln in lines[start:i] if ln.kind == PROSE)
            after = sum(ln.han for ln in lines[i:end] if ln.kind == PROSE)
            if after < before:
                return i
    return end


def _cut_paragraphs(lines: list[Line], start: int, end: int) -> tuple[int, int]:
    """Extend the body over the paragraphs next to it that a line break or the end of the
    excerpt cuts mid-sentence (they end with a Han character or a comma, not with an ellipsis
    as a teaser does): a stored excerpt that stops mid-paragraph is still the article."""
    while end < len(lines) and lines[end].kind == TEASER and _cut_mid_sentence(lines[end].text):
        end += 1
    while start > 0 and lines[start - 1].kind == TEASER and _cut_mid_sentence(
            lines[start - 1].text):
        start -= 1
    return start, end


def _cut_mid_sentence(s: str) -> bool:
    return s[-1] in tp.MID_SENTENCE_END or bool(tp.HAN_RUN.fullmatch(s[-1]))


def _pick_title(lines: list[Line], body_start: int) -> int | None:
    """The headline: the heading right before the first info line of the header (over a byline
    or an author's name), else the first heading after the header's info lines, else the first
    heading after the last chrome line; a much longer heading next to it wins over a tag line, a
    slogan or a kicker. A reporters' credit ("某报记者陈某 某地报道") is no heading here."""
    header = lines[:body_start]
    infos = [ln.idx for ln in header if ln.kind == INFO]
    headings = [ln.idx for ln in header if ln.kind == HEADING and ln.han >= 6
                and len(ln.text) <= 80 and not tp.SITE_NAME.match(ln.text)
                and not tp.REPORTER_LINE.match(ln.text)]
    if not headings:
        return None
    if infos:
        before = infos[0] - 1  # skipping a byline or an author's bare name under the title
        while before > 0 and (lines[before].kind == BYLINE or (
                lines[before].kind == HEADING and lines[before].han < 6)):
            before -= 1
        if before >= 0 and lines[before].kind == HEADING and before in headings:
            # over a short kicker or tag line ("科技创新 产业升级") the headline is the longer
            # heading right above it
            above = before - 1
            if above in headings and _much_longer(lines[above], lines[before]):
                return above
            return before
        after = [h for h in headings if h > infos[-1]]
        if after:
            return after[0]
        return headings[-1]
    chrome = [ln.idx for ln in header if ln.kind not in (HEADING, INFO)
              or tp.REPORTER_LINE.match(ln.text)]
    after = [h for h in headings if not chrome or h > chrome[-1]]
    first = after[0] if after else headings[-1]
    # a site's slogan or a kicker over the headline is short: the headline is the much longer
    # heading right under it
    below = first + 1
    if below in headings and _much_longer(lines[below], lines[first]):
        return below
    return first


def _much_longer(a: Line, b: Line) -> bool:
    """`a` has half as many Han characters again as `b`, and six more: a headline next to a tag
    line, a slogan or a kicker."""
    return a.han >= 1.5 * b.han + 6


def segment(text: str) -> Segmentation:
    """Classify the lines of a repaired text and find its title and body."""
    lines = in_context(split_lines(text))
    if not lines:
        return Segmentation((), 0, 0, None, ())
    start, end = _max_run([_score(ln) for ln in lines])
    if end == 0:  # no prose at all: keep every heading-like line
        keep = tuple(ln.idx for ln in lines if ln.kind in _KEEP_IN_BODY and ln.han)
        return Segmentation(tuple(lines), 0, 0, None, keep)
    end = _cut_at_list_heading(lines, start, end)
    start, end = _cut_paragraphs(lines, start, end)
    # the run starts and ends on prose; pull in subheadings that directly precede it
    title = _pick_title(lines, start)
    keep: list[int] = []
    if title is not None:
        keep.append(title)
        # subtitles; an author's bare name (2-4 characters) or a reporters' credit is none
        keep.extend(ln.idx for ln in lines[title + 1:start] if ln.kind == HEADING
                    and ln.han >= _SUBTITLE_MIN_HAN and not tp.REPORTER_LINE.match(ln.text))
    if start and (not keep or keep[-1] < start - 1) and lines[start - 1].kind == HEADING \
            and tp.ENUM_HEADING.match(lines[start - 1].text):
        keep.append(start - 1)  # the body's first section heading ("一、背景")
    # a line without a Han character is no part of the article's text: a stray "|", an image's
    # file name, a machine translation appended in English
    keep.extend(ln.idx for ln in lines[start:end] if ln.kind in _KEEP_IN_BODY and ln.han)
    return Segmentation(tuple(lines), start, end, title, tuple(keep))
