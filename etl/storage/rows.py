"""ArticleResult -> table rows (plain dicts keyed by the columns of etl/storage/sql/schema.sql).

Shared by the local build (etl/storage/build.py) and the Spark job (etl/spark_job.py), so both write
exactly the same rows. Stable keys are content hashes, so IDs survive rebuilds.
"""

from __future__ import annotations

import hashlib
from datetime import date, datetime

from etl.records import Agreement, ArticleResult, CleanDocument, Reject
from etl.storage import load

# The columns of every table, as DuckDB reads schema.sql (the single source of truth), so the
# Spark job's Parquet schema and the loader follow the DDL without a second copy of it.
SCHEMA: dict[str, dict[str, str]] = load.schema_columns()
# The tables one article (or one rejected input) contributes rows to: what the Spark job writes.
ROW_TABLES = ("articles", "stg_agreements", "stg_agreement_parties", "stg_initiatives", "rejects")
# The extra column of the stg tables in the Spark job's Parquet output: the input a row came from,
# which the Parquet loader needs to keep the first of two inputs with the same id.
PATH_COLUMN = "_path"


def _h(*parts: str) -> str:
    return hashlib.sha1("\x1f".join(parts).encode("utf-8")).hexdigest()[:16]


def agreement_key(a: Agreement) -> str:
    """The signing event: its set of parties and its year ('unknown' without one).

    Reports of the same signing by several articles share the key even when one gives the day
    and another only says 近日; the same parties signing again in another year stay apart.
    """
    names = sorted({p.name for p in a.parties})
    return _h(*names, a.date[:4] if a.date else "unknown")


def initiative_key(name: str, region: str | None) -> str:
    return _h(name, region or "")


def first_day(value: str | None) -> date | None:
    """YYYY, YYYY-MM or YYYY-MM-DD -> the first day of that period."""
    if not value:
        return None
    parts = value[:10].split("-")
    try:
        y = int(parts[0])
        m = int(parts[1]) if len(parts) > 1 else 1
        d = int(parts[2]) if len(parts) > 2 else 1
        return date(y, m, d)
    except (ValueError, IndexError):
        return None


def _spans(doc: CleanDocument, span: tuple[int, int]) -> dict[str, int]:
    o_start, o_end = doc.original_span(*span)
    return {"span_start": span[0], "span_end": span[1], "orig_start": o_start, "orig_end": o_end}


def article_rows(result: ArticleResult, build_id: int,
                 loaded_at: datetime) -> dict[str, list[dict]]:
    """All rows one article contributes, per staged table."""
    doc, raw, meta = result.doc, result.raw, result.doc.metadata
    art = doc.doc_id
    article = {
        "article_id": art, "path": raw.path, "fmt": raw.fmt, "encoding": raw.encoding,
        "raw_sha256": raw.raw_sha256, "title": meta.title, "published": meta.published,
        "published_date": first_day(meta.published) if meta.published_precision in (
            "day", "minute", "second") else None,
        "published_precision": meta.published_precision, "source": meta.source,
        "author": meta.author, "url": meta.url or raw.url, "script": meta.script,
        "content_hash": meta.content_hash, "simhash": meta.simhash or None,
        "duplicate_of": None, "clean_text": doc.text, "original_text": doc.original,
        "repairs": list(doc.repairs), "removed_lines": doc.removed_lines,
        "n_agreements": len(result.agreements), "n_initiatives": len(result.initiatives),
        "build_id": build_id, "loaded_at": loaded_at,
    }
    agreements, parties = [], []
    for seq, a in enumerate(result.agreements):
        agreements.append({
            "article_id": art, "seq": seq, "agreement_id": agreement_key(a),
            "event_date": first_day(a.date), "date": a.date, "date_precision": a.date_precision,
            "date_after": a.date_after, "date_before": a.date_before, "date_text": a.date_text,
            "type": a.type, "title": a.title, "model": a.model, "provinces": list(a.provinces),
            "cities": list(a.cities), "counties": list(a.counties),
            "is_new_signing": a.is_new_signing, "background": a.background, "online": a.online,
            "confidence": a.confidence, "evidence": a.evidence, **_spans(doc, a.span),
        })
        for pos, p in enumerate(a.parties):
            parties.append({"article_id": art, "seq": seq, "position": pos, "name": p.name,
                            "mention": p.mention, "kind": p.kind, "level": p.level,
                            "adcode": p.adcode})
    initiatives = [{
        "article_id": art, "seq": seq, "initiative_id": initiative_key(i.name, i.region),
        "name": i.name, "family": i.family, "kind": i.kind, "region": i.region,
        "region_adcode": i.region_adcode, "place": i.place, "designated": i.designated,
        "evidence": i.evidence, **_spans(doc, i.span),
    } for seq, i in enumerate(result.initiatives)]
    return {"articles": [article], "stg_agreements": agreements,
            "stg_agreement_parties": parties, "stg_initiatives": initiatives}


def reject_row(r: Reject, build_id: int, at: datetime) -> dict:
    """The `rejects` row of an input that could not become an article."""
    return {"path": r.path, "doc_id": r.doc_id, "reason": r.reason, "message": r.message,
            "build_id": build_id, "rejected_at": at}
