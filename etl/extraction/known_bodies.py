"""Well-known bodies written short (rules/known_bodies.toml, rules/orgs.toml's CAS tables):
where their short forms stand in a stretch of text, and which institute an academy's short form
written alone means on a page.

The recogniser (organisations.py) finds a name where a head noun ends; a short form such as
华中科大, 中国华能 or 哈兽研 ends with none, so its spans come from one Aho-Corasick pass over
the stretch the recogniser reads, kept only where the form stands as a word of its own: a word no
name starts with (与, 代表, 签署 …) or no name character on each side (南大 in 湖南大学 or in
南大街 is no university).

An institute's short form written alone (水稻所, 化学所, 亚林所) names an institute only on a page
that names its academy, and no other academy that may hold it: 水稻所 is 中国水稻研究所 on a page
of 中国农科院, nobody's on a page that also names a province's academy of agriculture.

Pure: text in, spans and names out.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from functools import cache, lru_cache

import ahocorasick

from etl.vocabulary import orgs as voc
from etl.vocabulary.common import HAN_CHAR
from etl.vocabulary.numerals import cn_number, cn_numeral


@cache
def _automaton() -> ahocorasick.Automaton:
    auto = ahocorasick.Automaton()
    for form in voc.KNOWN_SPAN_FORMS:
        auto.add_word(form, len(form))
    auto.make_automaton()
    return auto


def _name_char(ch: str) -> bool:
    return HAN_CHAR.match(ch) is not None


def _free_left(text: str, start: int) -> bool:
    """May a name start at `start`: the text's start, no Han before, or right after a word
    no name starts with (与南大, 代表国家电投)?"""
    if start == 0 or not _name_char(text[start - 1]):
        return True
    return any(text[start - k:start] in voc.NOT_NAME_START_WORDS
               for k in range(1, min(start, voc.NOT_NAME_START_LONGEST) + 1))


def _free_right(text: str, end: int, form: str) -> bool:
    """May a name end at `end`: the text's end, no Han after, or a word no name starts with or
    a signing word after it (南大与, 中国华能签署); never 学 after a university's short form."""
    if end >= len(text) or not _name_char(text[end]):
        return True
    if text[end] in voc.SHORT_RUNS_ON and form.endswith("大"):
        return False
    return (voc.NOT_NAME_START_RE.match(text, end) is not None
            or voc.AFTER_PARTY_RE.match(text, end) is not None
            or text[end] in voc.AFTER_BARE_PLACE)


def spans_in(text: str, lo: int, hi: int) -> list[tuple[int, int, str]]:
    """(start, end, form) of every known short form inside text[lo:hi] that stands as a word
    of its own, by start. Only the stretch the recogniser reads is scanned (a few per cent of a
    page), not the whole text."""
    out = []
    for last, n in _automaton().iter(text, lo, hi):
        end = last + 1
        start = end - n
        form = text[start:end]
        if _free_left(text, start) and _free_right(text, end, form) and not (
                form.startswith(voc.CORPS_WORD) and voc.CORPS_PAGE_CUE not in text):
            out.append((start, end, form))
    return sorted(out)


@lru_cache(maxsize=64)
def page_academies(text: str) -> tuple[frozenset[str], bool]:
    """The national academies the page names (not as a member's title: 中国科学院院士), and
    whether it names another academy too (a province's: 江西省农科院, 某科学研究院)."""
    named: set[str] = set()
    other = False
    for m in voc.ACADEMY_WORD_RE.finditer(text):
        end = m.end()
        if text.startswith(voc.ACADEMY_MEMBER_AFTER, end):
            continue
        academy = next((name for form, name in voc.ACADEMY_FORMS.items()
                        if text.startswith(form, end - len(form))), None)
        if academy is None:
            other = True
        else:
            named.add(academy)
    return frozenset(named), other


def institute_alone(text: str, short: str) -> str | None:
    """The institute a short form written alone names on this page (水稻所 -> 中国水稻研究所 on a
    page of 中国农科院), or None when the page names none of its academies, several that hold
    it, or an academy of another kind."""
    holders = voc.ACADEMY_SHORTS_ALONE.get(short)
    if not holders:
        return None
    named, other = page_academies(text)
    if other:
        return None
    fits = [full for academy, full in holders if academy in named]
    return fits[0] if len(fits) == 1 else None


def group_institutes(text: str, lo: int, hi: int) -> Iterator[re.Match[str]]:
    """A group's numbered institutes in text[lo:hi] (中国电科38所), only where a group's name
    is written at all."""
    if voc.GROUP_INSTITUTE_STEM_RE.search(text, lo, hi) is not None:
        yield from voc.GROUP_INSTITUTE_RE.finditer(text, lo, hi)


def corps_divisions(text: str, lo: int, hi: int) -> Iterator[tuple[int, int, str]]:
    """(start, end, canonical name) of the corps' divisions written alone in text[lo:hi] (十四师,
    第八师, 兵团一师), only on a page about Xinjiang that writes 兵团 at all; 第, 兵团 or a
    non-name before the number."""
    if text.find("师", lo, hi) < 0 or text.find(voc.CORPS_WORD) < 0 \
            or text.find(voc.CORPS_PAGE_CUE) < 0:
        return
    for m in voc.CORPS_DIVISION_ALONE_RE.finditer(text, lo, hi):
        n = cn_number(m.group("n"))
        if n is None or not 0 < n <= voc.CORPS_DIVISION_COUNT:
            continue
        start = m.start()
        if text.startswith(voc.CORPS_WORD, start - len(voc.CORPS_WORD)):
            start -= len(voc.CORPS_WORD)  # 兵团一师
        elif m.group("di") is None and not _free_left(text, start):
            continue
        yield start, m.end(), voc.CORPS_DIVISIONS[voc.CORPS_WORD + "第" + cn_numeral(n) + "师"]


def group_institute_name(m: re.Match[str]) -> str | None:
    """中国电科38所 -> 中国电子科技集团公司第三十八研究所 (None for a number no institute has)."""
    n = cn_number(m.group("n"))
    if n is None or not 0 < n < 100:
        return None
    return f"{voc.GROUP_INSTITUTE_STEMS[m.group('group')]}第{cn_numeral(n)}研究所"
