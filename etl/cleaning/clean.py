"""Stage 1: RawDocument -> CleanDocument (repaired, simplified, boilerplate-free, with metadata).

repair.repair_text fixes the characters (mojibake, markup, pinyin, Traditional, punctuation)
with a map back to the original; boilerplate.segment decides which lines are the article;
metadata.find_metadata reads the info lines before they are dropped. The clean text is the
kept lines joined by "\n", and CleanDocument.offsets maps each of its characters to the
original text (the newline between two kept lines maps to the end of the first one).

No line of the clean text is longer than `max_sentence_chars` (MAX_SENTENCE_CHARS by default):
a longer one is broken into pieces (`bounded_pieces`), after its last sentence end within the
limit, else after its last clause break, else at the limit. The extraction scans sentences and
lines, some of it in time quadratic in their length; bounded pieces keep a whole article linear
in its length (a 1 MB page without a full stop took hours). News paragraphs stay far below the
limit (the longest line of the seeds, the dev corpus, 172 real pages and 3,000 generated pages
has 989 characters), so their clean text is never broken.
"""

from __future__ import annotations

import logging

from etl.cleaning import boilerplate, metadata, repair
from etl.records import CleanDocument, RawDocument
from etl.vocabulary.cleaning import PIECE_BREAKS

LOGGER = logging.getLogger(__name__)
# The longest line (and so sentence) of clean text: TRACKER_MAX_SENTENCE_CHARS (etl/settings.py).
MAX_SENTENCE_CHARS = 2000


def bounded_pieces(text: str, limit: int) -> list[tuple[int, int]]:
    """Spans [start, end) that cover `text` in order, none longer than `limit`: each ends after
    the last sentence end within the limit, else the last clause break, else at the limit.
    Linear in len(text): each piece looks at most `limit` characters back."""
    if limit <= 0 or len(text) <= limit:
        return [(0, len(text))]
    spans: list[tuple[int, int]] = []
    start = 0
    while len(text) - start > limit:
        end = start + limit
        for chars in PIECE_BREAKS:
            cut = max(text.rfind(c, start, end) for c in chars)
            if cut >= start:
                end = cut + 1
                break
        spans.append((start, end))
        start = end
    spans.append((start, len(text)))
    return spans


def clean_document(raw: RawDocument, *,
                   max_sentence_chars: int = MAX_SENTENCE_CHARS) -> CleanDocument:
    """Repair, de-boilerplate and describe one article. Pure and deterministic."""
    fixed = repair.repair_text(raw.text)
    seg = boilerplate.segment(fixed.text)
    parts: list[str] = []
    offsets: list[int] = []
    rmap = fixed.offsets
    for n, idx in enumerate(seg.keep):
        line = seg.lines[idx]
        if n:
            parts.append("\n")
            prev = seg.lines[seg.keep[n - 1]]
            offsets.append(rmap[prev.end] if prev.end < len(rmap) else rmap[prev.end - 1])
        if len(line.text) <= max_sentence_chars:  # a line as news writes it: one piece
            parts.append(line.text)
            offsets.extend(rmap[line.start:line.end])
            continue
        for k, (a, b) in enumerate(bounded_pieces(line.text, max_sentence_chars)):
            if k:  # a break inside an over-long line maps to where the next piece starts
                parts.append("\n")
                offsets.append(rmap[line.start + a])
            parts.append(line.text[a:b])
            offsets.extend(rmap[line.start + a:line.start + b])
    text = "".join(parts)
    meta = metadata.find_metadata(seg, text, raw, pinyin_notes=fixed.pinyin_notes,
                                     t2s_changed=fixed.t2s_changed)
    if fixed.lost_chars:
        LOGGER.info("%s: %d characters lost to mojibake, marked %s", raw.doc_id, fixed.lost_chars,
                    "□")
    return CleanDocument(
        doc_id=raw.doc_id,
        text=text,
        original=raw.text,
        offsets=tuple(offsets),
        metadata=meta,
        repairs=fixed.repairs + (("boilerplate",) if len(seg.keep) < len(seg.lines) else ()),
        removed_lines=len(seg.lines) - len(seg.keep),
    )
