"""Stage 1 (interim stub, to be replaced): RawDocument -> CleanDocument."""

from __future__ import annotations

import hashlib

import opencc

from etl.records import CleanDocument, Metadata, RawDocument

_T2S = opencc.OpenCC("t2s")


def clean_document(raw: RawDocument) -> CleanDocument:
    """Convert to Simplified; identity offsets (OpenCC t2s keeps length for these texts)."""
    text = _T2S.convert(raw.text)
    if len(text) != len(raw.text):
        text = raw.text
    meta = Metadata(content_hash=hashlib.sha256(text.encode()).hexdigest())
    return CleanDocument(doc_id=raw.doc_id, text=text, original=raw.text,
                         offsets=tuple(range(len(text))), metadata=meta)
