"""The per-article function: RawDocument in, ArticleResult out.

Pure (no files, no database), deterministic and picklable, so the same function runs in the local
build, in worker processes (`build --workers N`) and in Spark's mapPartitions. It joins the two
pure stages: cleaning (RawDocument -> CleanDocument) and extraction (-> agreements, initiatives).
"""

from __future__ import annotations

import logging

from etl.cleaning.clean import MAX_SENTENCE_CHARS, clean_document
from etl.extraction.article import extract
from etl.records import ArticleResult, RawDocument, Reject

LOGGER = logging.getLogger(__name__)


def process_document(raw: RawDocument, *,
                     max_sentence_chars: int = MAX_SENTENCE_CHARS) -> ArticleResult:
    """Repair, clean and extract one article. No line of the text the extraction reads is
    longer than `max_sentence_chars` (see etl.cleaning.clean): the time stays linear."""
    doc = clean_document(raw, max_sentence_chars=max_sentence_chars)
    agreements, initiatives = extract(doc)
    return ArticleResult(doc=doc, raw=raw, agreements=agreements, initiatives=initiatives)


def process_or_reject(raw: RawDocument, *,
                      max_sentence_chars: int = MAX_SENTENCE_CHARS) -> ArticleResult | Reject:
    """process_document; an unexpected error becomes a Reject, so one article never stops a run
    (the local build's and the Spark job's error policy)."""
    try:
        return process_document(raw, max_sentence_chars=max_sentence_chars)
    except Exception as exc:
        LOGGER.exception("extraction failed for %s", raw.path)
        return Reject(
            raw.path, "error", f"extraction failed: {type(exc).__name__}: {exc}", raw.doc_id
        )


_WARM_UP_TEXT = ("2023年8月8日，河南省科协与信阳市人民政府签署“会市合作”协议，双方将共建"
                 "“科创中国”试点城市。")


def warm_up() -> None:
    """Load the gazetteer automaton, rules and OpenCC once, in this process.

    Called before a worker pool forks: the workers then share these pages with the parent
    instead of each building its own copy.
    """
    process_document(RawDocument("warm-up", "warm-up", "txt", _WARM_UP_TEXT, ""))
