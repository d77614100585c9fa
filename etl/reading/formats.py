"""One article's bytes -> RawDocument: plain text, an HTML page, one line of a JSONL dump.

Each reader decodes (etl.reading.decoding), keeps the container's hints (URL, title, date, outlet,
author) and hashes the raw bytes; bad input raises `Rejected` (a JSONL line returns its `Reject`,
as one bad line must not lose the rest of the dump).
"""

from __future__ import annotations

import json
from collections.abc import Iterable
from pathlib import Path

from etl.reading.decoding import Rejected, check_text, decode_bytes, raw_hash
from etl.reading.main_text import main_text
from etl.records import RawDocument, Reject
from etl.vocabulary.reading import META_CHARSET

DEFAULT_MAX_BYTES = 20 * 1024 * 1024  # one article (a file, or one line of a dump)
TEXT_FIELDS = ("text", "content", "body", "article", "maintext")
HTML_FIELDS = ("html", "raw_html")
DATE_FIELDS = ("published", "date", "pubdate", "publish_time", "time")


def read_text(data: bytes, *, path: str, doc_id: str, **hints: str | None) -> RawDocument:
    """A plain-text article."""
    if not data.strip():
        raise Rejected("empty", "the file is empty")
    text, enc = decode_bytes(data)
    check_text(text)
    return RawDocument(doc_id=doc_id, path=path, fmt="txt", text=text, raw_sha256=raw_hash(data),
                       encoding=enc, **hints)


def read_html(data: bytes, *, path: str, doc_id: str, **hints: str | None) -> RawDocument:
    """An HTML page: main text via trafilatura after dropping <rt>/<rp>, with the headline and
    info line (时间/来源) put back in front, as trafilatura drops them."""
    if not data.strip():
        raise Rejected("empty", "the file is empty")
    head = data[:4096]
    m = META_CHARSET.search(head)
    text, enc = decode_bytes(data, m.group(1).decode("ascii", "replace") if m else None)
    page = main_text(text)
    if page is None or not page.text.strip():
        raise Rejected("no_text", "the page has no main text (trafilatura found nothing)")
    merged = {k: v for k, v in hints.items() if v}
    return RawDocument(
        doc_id=doc_id, path=path, fmt="html", text=page.text, raw_sha256=raw_hash(data),
        encoding=enc,
        url=merged.get("url") or page.url,
        title_hint=merged.get("title_hint") or page.title,
        date_hint=merged.get("date_hint") or page.date,
        source_hint=merged.get("source_hint"),
        author_hint=merged.get("author_hint"),
    )



def _field(obj: dict, names: Iterable[str]) -> str | None:
    """The first of these fields that holds text (a list of strings is joined by lines)."""
    for n in names:
        v = obj.get(n)
        if isinstance(v, str) and v.strip():
            return v
        if isinstance(v, list) and v and all(isinstance(x, str) for x in v):
            return "\n".join(v)
    return None


def read_jsonl_line(line: bytes, path: str | Path, stem: str, n: int, max_bytes: int
                    ) -> RawDocument | Reject:
    """Line n of a dump; doc_id = the record's `id`, else "<stem>#<n>". Never raises."""
    where, doc_id = f"{path}#{n}", f"{stem}#{n}"
    if len(line) > max_bytes:
        return Reject(where, "too_large", f"line {n} has {len(line)} bytes, over the limit of "
                      f"{max_bytes}", doc_id)
    try:
        obj = json.loads(decode_bytes(line.strip())[0])
    except Rejected as exc:
        return Reject(where, exc.reason, f"line {n}: {exc.message}", doc_id)
    except ValueError as exc:
        return Reject(where, "bad_json", f"line {n} is not valid JSON ({exc})", doc_id)
    except RecursionError:
        return Reject(where, "bad_json", f"line {n} is JSON nested too deeply to read", doc_id)
    if not isinstance(obj, dict):
        return Reject(where, "bad_json", f"line {n} is JSON but not an object", doc_id)
    given = obj.get("id")
    if isinstance(given, str) and given.strip():
        doc_id = given
    elif isinstance(given, int) and not isinstance(given, bool):
        doc_id = str(given)
    elif given not in (None, ""):
        return Reject(where, "bad_id", f"line {n}: the id must be a string or an integer, not "
                      f"{type(given).__name__} {json.dumps(given, ensure_ascii=False)[:80]}",
                      doc_id)
    hints = {"url": _field(obj, ("url", "link")), "title_hint": _field(obj, ("title",)),
             "date_hint": _field(obj, DATE_FIELDS), "source_hint": _field(obj, ("source",)),
             "author_hint": _field(obj, ("author",))}
    text = _field(obj, TEXT_FIELDS)
    try:
        if text is None and (html := _field(obj, HTML_FIELDS)):
            doc = read_html(html.encode("utf-8"), path=where, doc_id=doc_id, **hints)
            return RawDocument(**{**doc.__dict__, "fmt": "jsonl", "raw_sha256": raw_hash(line)})
        if text is None:
            raise Rejected("no_text", f"line {n} has none of the fields {', '.join(TEXT_FIELDS)}")
        check_text(text)
    except Rejected as exc:
        return Reject(where, exc.reason, exc.message, doc_id)
    return RawDocument(doc_id=doc_id, path=where, fmt="jsonl", text=text, raw_sha256=raw_hash(line),
                       encoding="utf-8", **hints)
