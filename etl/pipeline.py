"""The per-article function: RawDocument in, ArticleResult out.

Pure (no files, no database), deterministic and picklable, so the same function runs in the local
build, in worker processes (`build --workers N`) and in Spark's mapPartitions.
"""

from __future__ import annotations

from etl.clean import clean_document
from etl.extract import extract
from etl.records import ArticleResult, RawDocument


def process_document(raw: RawDocument) -> ArticleResult:
    """Repair, clean and extract one article."""
    doc = clean_document(raw)
    agreements, initiatives = extract(doc)
    return ArticleResult(doc=doc, raw=raw, agreements=agreements, initiatives=initiatives)
