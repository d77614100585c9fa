"""Text repairs of crawled articles, each a pure function, all keeping a map to the original.

A repair is written as a list of edits `(start, end, replacement)` on its input, so that
`apply_edits` can rebuild the text and, at the same time, the offset map (clean character ->
original character) by slicing the previous map: composing maps costs list slices, not a Python
loop per character. `repair_text` runs the repairs in a fixed order:

1. layout    CRLF, invisible characters, exotic spaces
2. mojibake  GBK read as Latin-1; GBK decoded one byte off (needs the code points as crawled,
             so it runs before Traditional -> Simplified, which would change them)
3. markup    HTML tags and entities left in plain text
4. pinyin    annotations after Han characters, only when every syllable is real pinyin
5. t2s       Traditional -> Simplified (OpenCC t2s)
6. punct     half-width punctuation between Han characters -> full-width

Every public repair `f(text) -> str` is idempotent and never raises on any string.
"""

from __future__ import annotations

import html
import logging
import math
import unicodedata
from collections.abc import Sequence
from dataclasses import dataclass
from functools import lru_cache

import numpy as np
import opencc

from etl.vocabulary import cleaning as tp

LOGGER = logging.getLogger(__name__)

Edit = tuple[int, int, str]  # replace text[start:end] by the string
OffsetMap = Sequence[int]  # map[i] = index in the original of character i

_T2S = opencc.OpenCC("t2s")


# Every character OpenCC's t2s changes on its own (~4,200 of the ~28,000 Han characters): a page
# with none of them is left as it is, without a conversion pass (most pages are Simplified; the
# pass was ~4% of an article's CPU, and it read 沈 of a Simplified name as 沉).
_TRADITIONAL_RE = tp.changed_chars_re(_T2S.convert)
_NO_DIACRITIC = str.maketrans({"ü": "u", "v": "u", "ê": "e"})
_FULL = str.maketrans({",": "，", ";": "；", "!": "！", "?": "？", ":": "：", ".": "。"})
_MIN_GAIN = 1.0  # a mojibake candidate must raise the mean log-commonness by this much ...
_MIN_SCORE = 3.0  # ... and reach this level (real text: median 4.4; shifted GBK: 1.7)


def apply_edits(text: str, edits: Sequence[Edit], base: OffsetMap | None = None
                ) -> tuple[str, list[int]]:
    """Apply sorted, non-overlapping edits; return the new text and its map through `base`.

    A replacement of a different length spreads its characters evenly over the replaced span,
    so the map stays monotone; an insertion points at the next original character.
    """
    src: OffsetMap = range(len(text)) if base is None else base
    parts: list[str] = []
    omap: list[int] = []
    pos = 0
    end_ref = src[-1] + 1 if len(src) else 0
    for start, end, repl in edits:
        if start < pos or end < start:
            raise ValueError(f"overlapping or reversed edit at {start}:{end}")
        parts.append(text[pos:start])
        omap.extend(src[pos:start])
        if repl:
            parts.append(repl)
            n, k = end - start, len(repl)
            if n == k:
                omap.extend(src[start:end])
            elif n:
                omap.extend(src[start + (i * n) // k] for i in range(k))
            else:
                omap.extend([src[start] if start < len(src) else end_ref] * k)
        pos = end
    parts.append(text[pos:])
    omap.extend(src[pos:])
    return "".join(parts), omap


# --- 1. layout ---------------------------------------------------------------------------------

def layout_edits(text: str) -> list[Edit]:
    """Unix newlines, no invisible characters; exotic spaces become ASCII spaces."""
    edits: list[Edit] = []
    for m in tp.LAYOUT_CHAR.finditer(text):
        s = m.group()
        repl = "\n" if tp.FOREIGN_NEWLINE.match(s) else "" if tp.INVISIBLE.match(s) else " "
        edits.append((m.start(), m.end(), repl))
    return edits


def normalize_layout(text: str) -> str:
    """`layout_edits` applied."""
    return apply_edits(text, layout_edits(text))[0]


# --- 2. mojibake -------------------------------------------------------------------------------

@lru_cache(maxsize=16384)
def _char_log_commonness(c: str) -> float:
    """log(1 + commonness) of one Han character; a Traditional character counts as its
    Simplified form (the table is Simplified, and the repair runs before t2s)."""
    table = tp.char_commonness()
    n = table.get(c)
    if n is None:
        n = table.get(_T2S.convert(c), 0)
    return math.log1p(n)


def _commonness(s: str) -> float:
    """Mean log-commonness of the Han characters of `s` (-1 when it has none)."""
    hans = tp.HAN_CHAR.findall(s)
    if not hans:
        return -1.0
    return sum(map(_char_log_commonness, hans)) / len(hans)


def _log_commonness(c: str) -> float | None:
    """log(1 + commonness) of a Han character, None for anything else."""
    if not tp.HAN_CHAR.match(c):
        return None
    return _char_log_commonness(c)


def _gbk_repairs(run: str) -> list[str | None] | None:
    """The characters of `run` re-paired one byte later: item j is made of the trail byte of
    run[j] and the lead byte of run[j + 1] (None where that pair is not a GBK character).
    None when `run` is not double-byte GBK."""
    try:
        raw = run.encode("gbk")
    except UnicodeEncodeError:
        return None
    if len(raw) != 2 * len(run):
        return None
    out: list[str | None] = []
    for i in range(1, len(raw) - 1, 2):
        try:
            c = raw[i:i + 2].decode("gbk")
        except UnicodeDecodeError:
            out.append(None)
            continue
        out.append(None if unicodedata.category(c) in ("Co", "Cn", "Cc") else c)
    return out


def _mean_suffix(values: list[float | None]) -> list[float]:
    """means[k] = mean of the non-None values[k:] (-1 when there are none)."""
    means = [-1.0] * (len(values) + 1)
    total, n = 0.0, 0
    for k in range(len(values) - 1, -1, -1):
        if values[k] is not None:
            total, n = total + values[k], n + 1
        means[k] = total / n if n else -1.0
    return means


def _shift_edits(m) -> list[Edit]:
    """Undo a one-byte GBK shift ending at a failure mark, when clearly better; else no edit.

    The shift may start inside the run (the characters before it decoded fine), so every start
    k is tried: the repair of run[k:] is LOST_MARK (the character whose lead byte was lost),
    the re-paired characters, and LOST_MARK (the one whose trail byte the mark replaced).
    """
    run, lead = m.group("run"), m.group("lead")
    if _commonness(run[-4:]) >= _MIN_SCORE:  # common characters before the mark: real text
        return []
    pairs = _gbk_repairs(run)
    if pairs is None:
        return []
    observed = _mean_suffix([_log_commonness(c) for c in run])
    fixed = _mean_suffix([_log_commonness(c) if c else None for c in pairs])
    last_bad = max((j for j, c in enumerate(pairs) if c is None), default=-1)
    best: tuple[float, int] | None = None
    for k in [0] if lead else range(len(run) - 1):
        score = fixed[k]
        if k <= last_bad or score < _MIN_SCORE or score - observed[k] < _MIN_GAIN \
                or score < observed[0]:
            continue
        if best is None or score > best[0]:
            best = (score, k)
    if best is None:
        return []
    k = best[1]
    inner = "".join(c for c in pairs[k:] if c)
    note = m.group("note")  # the lost last character's pinyin note goes with it
    end = m.end("note") if note and is_pinyin(note[:-1]) else m.end("tail")
    if lead:  # the lead mark is the lost first byte: one lost character, not two
        return [(m.start("lead"), m.end("lead"), tp.LOST_MARK),
                (m.start("run"), end, inner + tp.LOST_MARK)]
    return [(m.start("run") + k, end, tp.LOST_MARK + inner + tp.LOST_MARK)]


def _latin1_edit(m) -> Edit | None:
    """GBK bytes read as Latin-1 ("ºÓÄÏÊ¡" -> "河南省"), when the result is clearly Chinese."""
    s = m.group(0)
    try:
        fixed = s.encode("latin-1").decode("gbk")
    except (UnicodeEncodeError, UnicodeDecodeError):
        return None
    hans = len(tp.HAN_CHAR.findall(fixed))
    if hans < 0.3 * len(fixed) or _commonness(fixed) < _MIN_SCORE:
        return None
    return (m.start(), m.end(), fixed)


def mojibake_edits(text: str) -> list[Edit]:
    """Edits repairing GBK mojibake; lost characters become LOST_MARK, never guesses."""
    edits = [e for m in tp.LATIN1_RUN.finditer(text) if (e := _latin1_edit(m))]
    if "?" in text or "\ufffd" in text:
        edits.extend(e for m in tp.GBK_SHIFT_RUN.finditer(text) for e in _shift_edits(m))
        taken = [(s, e) for s, e, _ in edits]
        edits.extend((m.start(), m.end(), tp.LOST_MARK) for m in tp.LOST_NOTE.finditer(text)
                     if is_pinyin(m.group(1))
                     and not any(s < m.end() and m.start() < e for s, e in taken))
    return _merge(edits)


def fix_mojibake(text: str) -> str:
    """`mojibake_edits` applied."""
    return apply_edits(text, mojibake_edits(text))[0]


# --- 3. markup ---------------------------------------------------------------------------------

def _entity(m) -> str:
    s = html.unescape(m.group(0))
    return " " if s == "\xa0" else s


def markup_edits(text: str) -> list[Edit]:
    """Delete HTML tags (and closers whose "<" mojibake ate); decode character entities."""
    if "<" not in text and ">" not in text and "&" not in text:
        return []
    edits = [(m.start(), m.end(), "") for m in tp.HTML_TAG.finditer(text)]
    edits += [(m.start(), m.end(), "") for m in tp.BROKEN_CLOSER.finditer(text)]
    for m in tp.HTML_ENTITY.finditer(text):
        s = _entity(m)
        if s != m.group(0) and s not in "<>&":  # keep escaped markup inert
            edits.append((m.start(), m.end(), s))
    return _merge(edits)


def strip_markup(text: str) -> str:
    """`markup_edits` applied until nothing changes (removing a tag can expose another)."""
    for _ in range(4):
        edits = markup_edits(text)
        if not edits:
            break
        text = apply_edits(text, edits)[0]
    return text


# --- 4. pinyin ---------------------------------------------------------------------------------

def _plain(syllable: str) -> str:
    s = tp.TONE_DIGIT_END.sub("", syllable.lower()).translate(_NO_DIACRITIC)
    s = "".join(c for c in unicodedata.normalize("NFD", s) if not unicodedata.combining(c))
    return s.translate(_NO_DIACRITIC)


def _is_toned(note: str) -> bool:
    return any(c in tp.TONED for c in note) or bool(tp.TONE_DIGIT.search(note))


@lru_cache(maxsize=8192)
def is_pinyin(note: str, allow_toneless: bool = False) -> bool:
    """True when every syllable of `note` is Mandarin pinyin (toned unless allowed)."""
    if not allow_toneless and not _is_toned(note):
        return False
    syllables = tp.pinyin_syllables()
    parts = [p for p in tp.PINYIN_SPLIT.split(note.strip()) if p]
    return bool(parts) and all(_plain(p) in syllables for p in parts)


def count_pinyin(text: str) -> int:
    """Number of tone-marked pinyin annotations: >= 2 means an annotated page."""
    return sum(1 for m in tp.PINYIN_NOTE.finditer(text) if is_pinyin(m.group(1)))


def strip_pinyin(text: str, min_toned_for_toneless: int = 2) -> str:
    """Remove annotations until none is left ("河(hé)(nán)" needs two passes)."""
    return _strip_pinyin_mapped(text, None, min_toned_for_toneless)[0]


_BRACKET_NEXT = ("(", "（", " (", " （")


def _strip_pinyin_mapped(text: str, base: OffsetMap | None, min_toned: int = 2
                         ) -> tuple[str, OffsetMap | None, int]:
    if "(" not in text and "（" not in text:
        return text, base, 0
    notes = _notes(text)
    toned = [is_pinyin(g) for _, _, g in notes]
    allow = sum(toned) >= min_toned or (
        not any(toned) and len(notes) >= tp.TONELESS_NOTES_ALONE
        and sum(is_pinyin(g, True) for _, _, g in notes) >= tp.TONELESS_NOTES_ALONE)
    removed = 0
    for _ in range(4):
        if toned is not None:  # the first round: a toned note is pinyin, toneless allowed or not
            edits = [(s, e, "") for (s, e, g), t in zip(notes, toned, strict=True)
                     if t or (allow and is_pinyin(g, True))]
            toned = None
        else:
            edits = [(s, e, "") for s, e, g in notes if is_pinyin(g, allow)]
        if not edits:
            break
        removed += len(edits)
        # another bracket right after a removed note (or after one space) may be a note too
        chained = any(text.startswith(_BRACKET_NEXT, e) for _, e, _ in edits)
        text, base = apply_edits(text, edits, base)
        if not chained:  # a removed note followed by another bracket may expose a new one
            break
        notes = _notes(text)
    return text, base, removed


def _notes(text: str) -> list[tuple[int, int, str]]:
    """(start, end, syllables) of every PINYIN_NOTE of `text`, its end after the space some
    sites leave after a note (before a Han character). One pass, the space tested as a
    character before the pattern is tried (an annotated page holds ~90 notes, few with one)."""
    space_after = tp.NOTE_TRAILING_SPACE_RE.match
    return [(m.start(), e + 1 if text.startswith(" ", e := m.end()) and space_after(text, e)
             else e, m.group(1)) for m in tp.PINYIN_NOTE.finditer(text)]


# --- 5. Traditional -> Simplified --------------------------------------------------------------

def t2s_edits(text: str) -> tuple[str, list[Edit] | None]:
    """OpenCC t2s. Returns (converted, None) when every character maps to one character (the
    usual case: the map is unchanged), else the per-line edits for the lines whose length
    changed, so the map stays exact everywhere else."""
    if _TRADITIONAL_RE.search(text) is None:
        return text, None  # (no character t2s changes: nothing to convert)
    out = _T2S.convert(text)
    if len(out) == len(text):
        return out, None
    edits: list[Edit] = []
    pos = 0
    for line in text.split("\n"):
        conv = _T2S.convert(line)
        if conv != line:
            edits.append((pos, pos + len(line), conv))
        pos += len(line) + 1
    return out, edits


def to_simplified(text: str) -> str:
    """Traditional -> Simplified."""
    return _T2S.convert(text) if _TRADITIONAL_RE.search(text) else text


# --- 5b. lines wrapped inside a sentence ---------------------------------------------------------

def wrapped_line_edits(text: str) -> list[Edit]:
    """A line break after a comma, an enumeration comma or a connector (…，\n中国科协与…, 湖南
    大学与\n同济大学) is a sentence wrapped by the page's layout, no end of a line of text:
    the two lines are one. (A break after a name or a word is left: a headline ends so too.)"""
    edits: list[Edit] = []
    for m in tp.WRAPPED_BREAK_RE.finditer(text):
        a = m.start() + 1  # (the spaces a page leaves around the break go with it)
        if a - (text.rfind("\n", 0, a) + 1) > tp.WRAPPED_LINE_MIN:
            edits.append((a, m.end(), ""))
    return edits


def info_lead_edits(text: str) -> list[Edit]:
    """A line of page fields run on into the lead (来源：… 发布时间：… 近日，…。) is broken
    after its last field: the fields are the page's info line, the sentence its lead (and a
    stamp on the lead's line no date of what the lead tells). Only the page's head is read
    (INFO_LEAD_SCAN characters), and only its lines that end a sentence and hold a colon or a
    year near their start: the pattern is tried on a few lines."""
    edits: list[Edit] = []
    head = min(len(text), tp.INFO_LEAD_SCAN)
    cut = text.find("\n", head)
    pos = 0  # (the head's lines split in C; ~40 a page, a few tried)
    for line in (text if cut < 0 else text[:cut]).split("\n"):
        if pos >= head:
            break
        n = len(line)
        if n > tp.INFO_LEAD_MIN and line[-1] in tp.INFO_LEAD_ENDS:
            near = line[:tp.INFO_LEAD_NEAR]
            if ("：" in near or ":" in near or "20" in near or "19" in near) and \
                    (m := tp.INFO_THEN_LEAD_RE.match(text, pos, pos + n)):
                edits.append((m.start("gap"), m.end("gap"), "\n"))
        pos += n + 1
    return edits


# --- 6. punctuation ----------------------------------------------------------------------------

def _parens(m) -> str:
    inner = m.group(1) if m.group(1) is not None else m.group(2)
    return "（" + inner + "）"


def _curly(m) -> str:
    if not tp.QUOTED_HAN_RE.search(m.group(1)):
        return m.group(0)  # "6·18": a pair, kept straight (and not reopened)
    return "“" + m.group(1) + "”"


# (the character a rule needs, rule, replacement): a rule whose character is absent is skipped,
# as its regex (a lookbehind first) would otherwise be tried at every position of the text.
_PUNCT_RULES = (("(", tp.HALF_PARENS, _parens), ('"', tp.STRAIGHT_QUOTES, _curly),
                *((c, rx, c.translate(_FULL)) for c, rx in tp.HALF_PUNCT_EACH.items()),
                (".", tp.HALF_STOP, "。"))


def normalize_punct(text: str) -> str:
    """Half-width , ; : ? ! . ( ) " between Han characters -> full-width; length-preserving.

    ASCII stays inside numbers, times, URLs and Latin text ("13:00:24", "2.5", "www.a.cn").
    Brackets and quotes go first, as they are context for the rest, so one pass reaches the
    fixpoint except for nested brackets, which are converted from the inside out.
    """
    for _ in range(text.count("(") + 1):
        for needs, rx, repl in _PUNCT_RULES:
            if needs in text:
                text = rx.sub(repl, text)
        if "(" not in text or not tp.HALF_PARENS.search(text):
            break
    return text


# --- all of them ---------------------------------------------------------------------------------

@dataclass(frozen=True)
class Repaired:
    """Result of `repair_text`."""

    text: str
    offsets: list[int]
    repairs: tuple[str, ...]  # names of the repairs that changed something
    pinyin_notes: int  # annotations removed
    t2s_changed: int  # characters changed by Traditional -> Simplified
    lost_chars: int  # characters marked lost by the mojibake repair


def repair_text(text: str) -> Repaired:
    """Run every repair in order, composing the offset maps."""
    omap: OffsetMap = range(len(text))
    done: list[str] = []
    for name, make in (("layout", layout_edits), ("mojibake", mojibake_edits),
                       ("markup", markup_edits)):
        edits = make(text)
        if edits:
            text, omap = apply_edits(text, edits, omap)
            done.append(name)
    lost = text.count(tp.LOST_MARK) if "mojibake" in done else 0
    text, new_map, notes = _strip_pinyin_mapped(text, omap)
    if notes:
        omap = new_map if new_map is not None else omap
        done.append("pinyin")
    simp, t_edits = t2s_edits(text)
    changed = 0
    if simp != text:
        if t_edits is None:
            changed = int(np.count_nonzero(  # characters changed, compared in C
                np.frombuffer(text.encode("utf-32-le"), np.uint32)
                != np.frombuffer(simp.encode("utf-32-le"), np.uint32)))
            text = simp
        else:
            changed = len(t_edits)
            text, omap = apply_edits(text, t_edits, omap)
        done.append("t2s")
    punct = normalize_punct(text)
    if punct != text:
        text = punct
        done.append("punct")
    joins = wrapped_line_edits(text)
    if joins:
        text, omap = apply_edits(text, joins, omap)
        done.append("unwrap")
    breaks = info_lead_edits(text)
    if breaks:
        text, omap = apply_edits(text, breaks, omap)
        done.append("info_break")
    # apply_edits made a new list (no one else holds it); only the untouched map is a range
    return Repaired(text, omap if isinstance(omap, list) else list(omap), tuple(done), notes,
                    changed, lost)


def _merge(edits: list[Edit]) -> list[Edit]:
    """Sort edits and drop any that overlaps an earlier one."""
    out: list[Edit] = []
    pos = -1
    for e in sorted(edits, key=lambda e: (e[0], e[1])):
        if e[0] >= pos:
            out.append(e)
            pos = e[1]
    return out
