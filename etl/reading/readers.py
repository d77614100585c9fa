"""Stage 0: files -> RawDocument | Reject. The only module of this stage that touches the disk.

Reads .txt, .html/.htm, .jsonl dumps (one article per line) and the .gz of each, and folders
recursively in sorted order, so a build is deterministic. Bytes are decoded with the declared
charset (BOM, <meta charset>) when a strict decode confirms it, else with charset-normalizer.
Bad input never raises: it becomes a Reject with a reason code and a sentence a person can act
on (empty | binary | undecodable | too_large | bad_json | no_text | error).
"""

from __future__ import annotations

import codecs
import copy
import gzip
import hashlib
import json
import logging
import re
import warnings
import zlib
from collections.abc import Iterable, Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import BinaryIO

from etl.records import RawDocument, Reject

LOGGER = logging.getLogger(__name__)

DEFAULT_MAX_BYTES = 20 * 1024 * 1024  # one article (a file, or one line of a dump)
TEXT_SUFFIXES = {".txt": "txt", ".text": "txt", ".html": "html", ".htm": "html",
                 ".xhtml": "html", ".shtml": "html", ".jsonl": "jsonl", ".ndjson": "jsonl",
                 ".warc": "warc", ".wet": "wet"}
TEXT_FIELDS = ("text", "content", "body", "article", "maintext")
HTML_FIELDS = ("html", "raw_html")
DATE_FIELDS = ("published", "date", "pubdate", "publish_time", "time")
_BOMS = ((codecs.BOM_UTF32_LE, "utf-32"), (codecs.BOM_UTF32_BE, "utf-32"),
         (codecs.BOM_UTF8, "utf-8-sig"), (codecs.BOM_UTF16_LE, "utf-16"),
         (codecs.BOM_UTF16_BE, "utf-16"))
_META_CHARSET = re.compile(rb"""<meta[^>]{0,200}?charset\s*=\s*["']?\s*([A-Za-z0-9_.:-]{2,40})""",
                           re.I)
_CHARSET_ALIASES = {"gb2312": "gb18030", "gbk": "gb18030", "x-gbk": "gb18030", "cp936": "gb18030",
                    "big5": "big5hkscs", "x-big5": "big5hkscs", "utf8": "utf-8"}
# charset-normalizer guesses we accept for Chinese news (plus ASCII-compatible single-byte).
_ACCEPTED = ("utf_8", "utf-8", "gb18030", "gbk", "gb2312", "big5", "big5hkscs", "cp950",
             "utf_16", "utf_32", "ascii")


# An info line of the page: a labelled date or source ("时间:2023-08-09 来源: 大河财立方").
_INFO_LINE = re.compile(r"(?:发布时间|发布日期|时间|日期|来源|來源|信息来源)\s*[:：]")


class _Rejected(Exception):
    """Internal: carries a Reject out of nested helpers."""

    def __init__(self, reason: str, message: str) -> None:
        super().__init__(message)
        self.reason, self.message = reason, message


# --- files ---------------------------------------------------------------------------------------

def _kind(path: Path) -> tuple[str | None, str]:
    """(format, stem) from the name: "d001.txt.gz" -> ("txt", "d001")."""
    name = path.name
    if name.lower().endswith(".gz"):
        name = name[:-3]
    p = Path(name)
    return TEXT_SUFFIXES.get(p.suffix.lower()), p.stem


def iter_files(inputs: Iterable[str | Path] | str | Path) -> Iterator[Path]:
    """Every file under the inputs, folders walked recursively in sorted order."""
    if isinstance(inputs, (str, Path)):
        inputs = [inputs]
    for inp in inputs:
        p = Path(inp)
        if p.is_dir():
            try:
                found = sorted(p.rglob("*"))
            except OSError as exc:  # an unreadable folder: what could be listed is lost
                LOGGER.warning("cannot list %s: %s", p, exc)
                found = []
            for f in found:
                rel = f.relative_to(p).parts
                if f.is_file() and not any(part.startswith(".") for part in rel):
                    if _kind(f)[0]:
                        yield f
                    else:
                        LOGGER.debug("skipping %s: not a supported article format", f)
        else:
            yield p


def iter_documents(inputs: Iterable[str | Path] | str | Path, *,
                   max_bytes: int = DEFAULT_MAX_BYTES) -> Iterator[RawDocument | Reject]:
    """Yield one RawDocument (or Reject) per article found under the inputs; never raises."""
    for f in iter_files(inputs):
        fmt, stem = _kind(f)
        try:
            if fmt == "jsonl":
                yield from _read_jsonl(f, stem, max_bytes)
                continue
            if fmt in ("warc", "wet"):
                with f.open("rb") as fh:
                    yield from read_warc(fh, path=str(f), stem=stem, max_bytes=max_bytes)
                continue
            data = _read_bytes(f, max_bytes)
            if fmt is None:  # a file named explicitly: sniff it
                fmt = "html" if re.match(rb"\s*<(?:!doctype|html|head|body|meta)", data[:512],
                                         re.I) else "txt"
            yield (read_html if fmt == "html" else read_text)(data, path=str(f), doc_id=stem)
        except _Rejected as exc:
            yield Reject(str(f), exc.reason, exc.message, stem)
        except Exception as exc:
            LOGGER.warning("cannot read %s: %s", f, exc)
            yield Reject(str(f), "error", f"could not read the file: {type(exc).__name__}: {exc}",
                         stem)


def read_warc(stream: BinaryIO, *, path: str, stem: str,
              max_bytes: int = DEFAULT_MAX_BYTES) -> Iterator[RawDocument | Reject]:
    """Articles of a WARC/WET archive (plain or gzip): HTML responses through the HTML reader,
    WET conversion records through the text reader; a record's id is a hash of its URI, so the
    same page crawled twice is one article. Other responses (images, PDFs) are skipped."""
    from fastwarc.warc import ArchiveIterator, WarcRecordType

    kinds = WarcRecordType.response | WarcRecordType.conversion | WarcRecordType.resource
    for n, rec in enumerate(ArchiveIterator(stream, record_types=kinds,
                                            max_content_length=max_bytes), start=1):
        uri = rec.headers.get("WARC-Target-URI")
        doc_id = ("u" + hashlib.sha1(uri.encode("utf-8")).hexdigest()[:16]) if uri \
            else f"{stem}#{n}"
        where = f"{path}#{n}"
        try:
            body = rec.reader.read()
            html = rec.record_type == WarcRecordType.response or (
                "html" in (rec.headers.get("Content-Type") or "").lower())
            if rec.record_type == WarcRecordType.response:
                ctype = (rec.http_content_type or "").lower()
                if ctype and "html" not in ctype and "text" not in ctype:
                    continue
            reader = read_html if html else read_text
            yield reader(body, path=where, doc_id=doc_id, url=uri)
        except _Rejected as exc:
            yield Reject(where, exc.reason, exc.message, doc_id)
        except Exception as exc:
            yield Reject(where, "error", f"could not read the record: {exc}", doc_id)


def _read_bytes(path: Path, max_bytes: int) -> bytes:
    if not path.exists():
        raise _Rejected("error", "the file does not exist")
    gz = path.name.lower().endswith(".gz")
    if not gz and path.stat().st_size > max_bytes:
        raise _Rejected("too_large", f"the file has {path.stat().st_size} bytes, over the "
                        f"limit of {max_bytes}; raise max_bytes to read it")
    if not gz:
        return path.read_bytes()
    try:
        with gzip.open(path, "rb") as fh:
            data = fh.read(max_bytes + 1)
    except (OSError, EOFError, zlib.error) as exc:
        raise _Rejected("error", f"the gzip file is corrupt or truncated ({exc})") from exc
    if len(data) > max_bytes:
        raise _Rejected("too_large", f"the file unpacks to over {max_bytes} bytes; raise "
                        "max_bytes to read it")
    return data


# --- decoding ------------------------------------------------------------------------------------

def _normal_charset(name: str) -> str | None:
    name = name.strip().lower()
    name = _CHARSET_ALIASES.get(name, name)
    try:
        return codecs.lookup(name).name
    except LookupError:
        return None


def decode_bytes(data: bytes, declared: str | None = None) -> tuple[str, str]:
    """(text, encoding): BOM, then the declared charset if it decodes strictly, then UTF-8, then
    charset-normalizer. Raises _Rejected (binary | undecodable)."""
    for bom, enc in _BOMS:
        if data.startswith(bom):
            try:
                return data.decode(enc), enc.replace("-sig", "")
            except UnicodeDecodeError:
                break
    if b"\x00" in data[:8192]:
        raise _Rejected("binary", "the file holds NUL bytes (binary, or UTF-16 without a BOM); "
                        "it is not a text article")
    if declared and (enc := _normal_charset(declared)):
        try:
            return data.decode(enc), enc
        except UnicodeDecodeError:
            LOGGER.debug("declared charset %s does not decode; detecting", declared)
    try:
        return data.decode("utf-8"), "utf-8"
    except UnicodeDecodeError:
        pass
    import charset_normalizer  # imported lazily: only non-UTF-8 input needs it

    best = charset_normalizer.from_bytes(data).best()
    if best is not None and best.encoding.lower() in _ACCEPTED:
        return str(best), best.encoding
    for enc in ("gb18030", "big5hkscs"):
        try:
            return data.decode(enc), enc
        except UnicodeDecodeError:
            continue
    if best is not None:
        return str(best), best.encoding
    raise _Rejected("undecodable", "no encoding (UTF-8, GB18030/GBK, Big5, UTF-16 with BOM) "
                    "decodes these bytes; check that the file is text")


def _sha(data: bytes) -> str:
    return hashlib.sha256(data).hexdigest()


def _check_text(text: str) -> None:
    if not text.strip():
        raise _Rejected("no_text", "no article text was found")
    ctrl = sum(1 for c in text[:4096] if c < " " and c not in "\n\r\t\f\v")
    if ctrl > 0.05 * min(len(text), 4096):
        raise _Rejected("binary", "the decoded text is mostly control characters (binary data)")


# --- formats -------------------------------------------------------------------------------------

def read_text(data: bytes, *, path: str, doc_id: str, **hints: str | None) -> RawDocument:
    """A plain-text article."""
    if not data.strip():
        raise _Rejected("empty", "the file is empty")
    text, enc = decode_bytes(data)
    _check_text(text)
    return RawDocument(doc_id=doc_id, path=path, fmt="txt", text=text, raw_sha256=_sha(data),
                       encoding=enc, **hints)


def read_html(data: bytes, *, path: str, doc_id: str, **hints: str | None) -> RawDocument:
    """An HTML page: main text via trafilatura after dropping <rt>/<rp>, with the headline and
    info line (时间/来源) put back in front, as trafilatura drops them."""
    if not data.strip():
        raise _Rejected("empty", "the file is empty")
    head = data[:4096]
    m = _META_CHARSET.search(head)
    text, enc = decode_bytes(data, m.group(1).decode("ascii", "replace") if m else None)
    page = extract_html(text)
    if page is None or not page.text.strip():
        raise _Rejected("no_text", "the page has no main text (trafilatura found nothing)")
    merged = {k: v for k, v in hints.items() if v}
    return RawDocument(
        doc_id=doc_id, path=path, fmt="html", text=page.text, raw_sha256=_sha(data), encoding=enc,
        url=merged.get("url") or page.url,
        title_hint=merged.get("title_hint") or page.title,
        date_hint=merged.get("date_hint") or page.date,
        source_hint=merged.get("source_hint"),
        author_hint=merged.get("author_hint"),
    )


@dataclass(frozen=True)
class Page:
    """What an HTML page gives: main text (headline and info line in front), hints."""

    text: str
    title: str | None
    date: str | None
    url: str | None


_BLOCKS = ("p", "div", "br", "li", "h1", "h2", "h3", "h4", "h5", "h6", "tr", "td", "section",
           "article", "header", "footer", "span", "dd", "dt", "table", "ul", "ol", "font")


def _page_lines(tree) -> list[str]:
    """The visible text of a page, one line per block element (a copy is changed, not `tree`)."""
    body = copy.deepcopy(tree)
    for el in body.xpath("//script|//style|//noscript|//template"):
        el.drop_tree()
    for el in body.iter(*_BLOCKS):
        el.tail = "\n" + (el.tail or "")
    return [ln.strip() for ln in body.text_content().split("\n") if ln.strip()]


def extract_html(text: str) -> Page | None:
    """Main text of a page via trafilatura, after dropping ruby annotations (<rt>, <rp>).

    trafilatura drops the headline and the 时间/来源 info line from the text; both are put back
    in front of it (from its metadata and from the page's visible lines) so that the clean
    stage reads metadata the same way for every format. Falls back to the page's <p>
    paragraphs when trafilatura is unavailable or finds nothing.
    """
    from lxml import html as lxml_html
    from lxml.etree import ParserError

    try:
        tree = lxml_html.document_fromstring(text.encode("utf-8"),
                                             parser=lxml_html.HTMLParser(encoding="utf-8"))
    except (ParserError, ValueError):
        return None
    for el in tree.xpath("//rt|//rp"):
        el.drop_tree()
    lines = _page_lines(tree)
    info = [ln for ln in lines if len(ln) <= 90 and _INFO_LINE.search(ln)][:1]
    title = date = url = None
    main = ""
    try:
        import trafilatura

        with warnings.catch_warnings():  # lxml's FutureWarning on element truth-testing
            warnings.simplefilter("ignore", FutureWarning)
            doc = trafilatura.bare_extraction(copy.deepcopy(tree), with_metadata=True,
                                              include_comments=False, include_tables=True)
        if doc is not None:
            main = doc.text or ""
            title, date, url = doc.title, doc.date, doc.url
    except ImportError as exc:  # a broken install must not stop the build
        LOGGER.warning("trafilatura unavailable (%s); using <p> paragraphs", exc)
    if not main.strip():
        main = "\n".join(p.text_content().strip() for p in tree.xpath("//p")
                         if p.text_content().strip())
    if not title:
        h1 = tree.xpath("//h1")
        t = tree.xpath("//title")
        title = (h1[0].text_content() if h1 else t[0].text_content() if t else "").strip() or None
    if not main.strip():
        return Page("", title, date, url)
    first = {ln.strip() for ln in main.split("\n", 3)[:3]}
    front = [x for x in ([title] if title else []) + info if x and x.strip() not in first]
    return Page("\n".join([*front, main]), title, date, url)


def _field(obj: dict, names: Iterable[str]) -> str | None:
    for n in names:
        v = obj.get(n)
        if isinstance(v, str) and v.strip():
            return v
        if isinstance(v, list) and v and all(isinstance(x, str) for x in v):
            return "\n".join(v)
    return None


def _read_jsonl(path: Path, stem: str, max_bytes: int) -> Iterator[RawDocument | Reject]:
    """One RawDocument per line; doc_id = the record's `id`, else "<stem>#<line>"."""
    opener = gzip.open if path.name.lower().endswith(".gz") else open
    try:
        with opener(path, "rb") as fh:
            for n, line in enumerate(fh, start=1):
                if not line.strip():
                    continue
                yield _jsonl_record(line, path, stem, n, max_bytes)
    except (OSError, EOFError, zlib.error) as exc:
        yield Reject(str(path), "error", f"the dump could not be read to the end ({exc})", stem)


def _jsonl_record(line: bytes, path: Path, stem: str, n: int, max_bytes: int
                  ) -> RawDocument | Reject:
    where, doc_id = f"{path}#{n}", f"{stem}#{n}"
    if len(line) > max_bytes:
        return Reject(where, "too_large", f"line {n} has {len(line)} bytes, over the limit of "
                      f"{max_bytes}", doc_id)
    try:
        obj = json.loads(decode_bytes(line.strip())[0])
    except _Rejected as exc:
        return Reject(where, exc.reason, f"line {n}: {exc.message}", doc_id)
    except ValueError as exc:
        return Reject(where, "bad_json", f"line {n} is not valid JSON ({exc})", doc_id)
    if not isinstance(obj, dict):
        return Reject(where, "bad_json", f"line {n} is JSON but not an object", doc_id)
    if obj.get("id") not in (None, ""):
        doc_id = str(obj["id"])
    hints = {"url": _field(obj, ("url", "link")), "title_hint": _field(obj, ("title",)),
             "date_hint": _field(obj, DATE_FIELDS), "source_hint": _field(obj, ("source",)),
             "author_hint": _field(obj, ("author",))}
    text = _field(obj, TEXT_FIELDS)
    try:
        if text is None and (html := _field(obj, HTML_FIELDS)):
            doc = read_html(html.encode("utf-8"), path=where, doc_id=doc_id, **hints)
            return RawDocument(**{**doc.__dict__, "fmt": "jsonl", "raw_sha256": _sha(line)})
        if text is None:
            raise _Rejected("no_text", f"line {n} has none of the fields {', '.join(TEXT_FIELDS)}")
        _check_text(text)
    except _Rejected as exc:
        return Reject(where, exc.reason, exc.message, doc_id)
    return RawDocument(doc_id=doc_id, path=where, fmt="jsonl", text=text, raw_sha256=_sha(line),
                       encoding="utf-8", **hints)
