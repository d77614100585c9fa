"""Stage 1: RawDocument -> CleanDocument (repaired, simplified, boilerplate-free, with metadata).

repair.repair_text fixes the characters (mojibake, markup, pinyin, Traditional, punctuation)
with a map back to the original; boilerplate.segment decides which lines are the article;
metadata.find_metadata reads the info lines before they are dropped. The clean text is the
kept lines joined by "\n", and CleanDocument.offsets maps each of its characters to the
original text (the newline between two kept lines maps to the end of the first one).
"""

from __future__ import annotations

import logging

from etl.cleaning import boilerplate, metadata, repair
from etl.records import CleanDocument, RawDocument

LOGGER = logging.getLogger(__name__)


def clean_document(raw: RawDocument) -> CleanDocument:
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
        parts.append(line.text)
        offsets.extend(rmap[line.start:line.end])
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
