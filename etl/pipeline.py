"""The per-article function: RawDocument in, ArticleResult out.

Pure (no files, no database), deterministic and picklable, so the same function runs in the local
build, in worker processes (`build --workers N`) and in Spark's mapPartitions.
"""

from __future__ import annotations

from etl.cleaning.clean import clean_document
from etl.extraction.article import extract
from etl.records import ArticleResult, RawDocument


def process_document(raw: RawDocument) -> ArticleResult:
    """Repair, clean and extract one article."""
    doc = clean_document(raw)
    agreements, initiatives = extract(doc)
    return ArticleResult(doc=doc, raw=raw, agreements=agreements, initiatives=initiatives)


_WARM_UP_TEXT = ("2023年8月8日，河南省科协与信阳市人民政府签署“会市合作”协议，双方将共建"
                 "“科创中国”试点城市。")


def warm_up() -> None:
    """Load the gazetteer automaton, rules and OpenCC once, in this process.

    Called before a worker pool forks: the workers then share these pages with the parent
    instead of each building its own copy.
    """
    process_document(RawDocument("warm-up", "warm-up", "txt", _WARM_UP_TEXT, ""))
