"""A WARC/WET crawl archive -> its articles (RawDocument | Reject), through FastWARC.

HTML responses go through the HTML reader and WET conversion records through the text reader;
other responses (images, PDFs) are not articles (`on_ignored` hears of them). A record's id is a
hash of its target URI, so the same page crawled twice is one article. A record cut short (the
archive truncated in its headers or its body: fewer bytes than its Content-Length) is rejected
as `truncated`, never loaded in part; a record larger than max_bytes is rejected as too_large.
"""

from __future__ import annotations

import hashlib
from collections.abc import Callable, Iterator
from typing import BinaryIO

from etl.reading.decoding import Rejected
from etl.reading.formats import DEFAULT_MAX_BYTES, read_html, read_text
from etl.records import RawDocument, Reject


def _ignore(_path: str, _why: str) -> None:
    return None


def read_warc(stream: BinaryIO, *, path: str, stem: str, max_bytes: int = DEFAULT_MAX_BYTES,
              on_ignored: Callable[[str, str], None] = _ignore
              ) -> Iterator[RawDocument | Reject]:
    """Articles of a WARC/WET archive (plain or gzip): HTML responses through the HTML reader,
    WET conversion records through the text reader; a record's id is a hash of its URI, so the
    same page crawled twice is one article. Other responses (images, PDFs) are skipped."""
    from fastwarc.warc import ArchiveIterator, WarcRecordType

    kinds = WarcRecordType.response | WarcRecordType.conversion | WarcRecordType.resource
    for n, rec in enumerate(ArchiveIterator(stream, record_types=kinds), start=1):
        uri = rec.headers.get("WARC-Target-URI")
        doc_id = ("u" + hashlib.sha1(uri.encode("utf-8")).hexdigest()[:16]) if uri \
            else f"{stem}#{n}"
        where = f"{path}#{n}"
        try:
            declared = rec.headers.get("Content-Length")
            if declared is None or not declared.strip().isdigit():
                raise Rejected("truncated", f"record {n} has no Content-Length: the archive "
                               "ends (or is damaged) in the record's headers")
            if rec.content_length > max_bytes:
                raise Rejected("too_large", f"record {n} has {rec.content_length} bytes, over "
                               f"the limit of {max_bytes}")
            body = rec.reader.read()
            if len(body) < rec.content_length:
                raise Rejected("truncated", f"record {n} holds {len(body)} of the "
                               f"{rec.content_length} bytes it declares: the archive is cut "
                               "short; the partial record is not loaded")
            html = rec.record_type == WarcRecordType.response or (
                "html" in (rec.headers.get("Content-Type") or "").lower())
            if rec.record_type == WarcRecordType.response:
                ctype = (rec.http_content_type or "").lower()
                if ctype and "html" not in ctype and "text" not in ctype:
                    on_ignored(where, f"a WARC record that is not a page ({ctype})")
                    continue
            reader = read_html if html else read_text
            yield reader(body, path=where, doc_id=doc_id, url=uri)
        except Rejected as exc:
            yield Reject(where, exc.reason, exc.message, doc_id)
        except Exception as exc:
            yield Reject(where, "error", f"could not read the record: {exc}", doc_id)
