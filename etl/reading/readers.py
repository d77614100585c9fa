"""Files and folders -> RawDocument | Reject, one per article: the entry of the reading stage.

Reads .txt, .html/.htm, .jsonl dumps (one article per line), WARC/WET archives and the .gz of
each, and folders recursively in sorted order, so a build is deterministic. Bad input never
raises: it becomes a Reject with a reason code and a sentence a person can act on (empty |
binary | undecodable | too_large | bad_json | no_text | error).
"""

from __future__ import annotations

import gzip
import logging
import zlib
from collections.abc import Iterable, Iterator
from pathlib import Path, PurePath

from etl.reading.decoding import Rejected
from etl.reading.formats import DEFAULT_MAX_BYTES, read_html, read_jsonl_line, read_text
from etl.reading.warc import read_warc
from etl.records import RawDocument, Reject
from etl.vocabulary.reading import HTML_START

LOGGER = logging.getLogger(__name__)

TEXT_SUFFIXES = {".txt": "txt", ".text": "txt", ".html": "html", ".htm": "html",
                 ".xhtml": "html", ".shtml": "html", ".jsonl": "jsonl", ".ndjson": "jsonl",
                 ".warc": "warc", ".wet": "wet"}


def kind_of(path: PurePath) -> tuple[str | None, str]:
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
                    if kind_of(f)[0]:
                        yield f
                    else:
                        LOGGER.debug("skipping %s: not a supported article format", f)
        else:
            yield p


def iter_documents(inputs: Iterable[str | Path] | str | Path, *,
                   max_bytes: int = DEFAULT_MAX_BYTES) -> Iterator[RawDocument | Reject]:
    """Yield one RawDocument (or Reject) per article found under the inputs; never raises."""
    for f in iter_files(inputs):
        fmt, stem = kind_of(f)
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
                fmt = "html" if HTML_START.match(data[:512]) else "txt"
            yield (read_html if fmt == "html" else read_text)(data, path=str(f), doc_id=stem)
        except Rejected as exc:
            yield Reject(str(f), exc.reason, exc.message, stem)
        except Exception as exc:
            LOGGER.warning("cannot read %s: %s", f, exc)
            yield Reject(str(f), "error", f"could not read the file: {type(exc).__name__}: {exc}",
                         stem)


def _read_bytes(path: Path, max_bytes: int) -> bytes:
    """The bytes of a file (unpacked when .gz), at most max_bytes of them."""
    if not path.exists():
        raise Rejected("error", "the file does not exist")
    gz = path.name.lower().endswith(".gz")
    if not gz and path.stat().st_size > max_bytes:
        raise Rejected("too_large", f"the file has {path.stat().st_size} bytes, over the "
                       f"limit of {max_bytes}; raise max_bytes to read it")
    if not gz:
        return path.read_bytes()
    try:
        with gzip.open(path, "rb") as fh:
            data = fh.read(max_bytes + 1)
    except (OSError, EOFError, zlib.error) as exc:
        raise Rejected("error", f"the gzip file is corrupt or truncated ({exc})") from exc
    if len(data) > max_bytes:
        raise Rejected("too_large", f"the file unpacks to over {max_bytes} bytes; raise "
                       "max_bytes to read it")
    return data


def _read_jsonl(path: Path, stem: str, max_bytes: int) -> Iterator[RawDocument | Reject]:
    """One RawDocument per line; doc_id = the record's `id`, else "<stem>#<line>"."""
    opener = gzip.open if path.name.lower().endswith(".gz") else open
    try:
        with opener(path, "rb") as fh:
            for n, line in enumerate(fh, start=1):
                if not line.strip():
                    continue
                yield read_jsonl_line(line, path, stem, n, max_bytes)
    except (OSError, EOFError, zlib.error) as exc:
        yield Reject(str(path), "error", f"the dump could not be read to the end ({exc})", stem)

