"""Files and folders -> RawDocument | Reject, one per article: the entry of the reading stage.

Reads .txt, .html/.htm, .jsonl dumps (one article per line), WARC/WET archives and the .gz of
each, and folders recursively in sorted order, so a build is deterministic. Bad input never
raises: it becomes a Reject with a reason code and a sentence a person can act on (empty |
binary | undecodable | too_large | bad_json | bad_id | no_text | truncated | unreadable |
not_a_file | dangling_link | symlink_loop | outside_input | error).

Every input is accounted for: an article, a Reject, or (hidden files and folders, files that are
not an article format, WARC records that are not pages) an "ignored" call to `on_ignored`, which
the build counts. The walk handles each folder on its own (one that cannot be listed is a Reject;
its siblings are still read) and opens each file once, without blocking, checking that it is a
regular file: a FIFO, a device (/dev/zero) or a socket is a Reject, never read. Symbolic links are
followed only to what lies inside the input roots (the folders and files named on the command
line): a link out of them (to /etc/passwd) is a Reject (outside_input), as are dangling links and
links back to a folder already walked (symlink_loop). JSONL dumps are read a line at a time with
the line's length bounded by `max_bytes`: an over-long line is skipped in bounded chunks and
rejected, and the next line is read as if nothing happened.
"""

from __future__ import annotations

import errno
import gzip
import logging
import os
import stat
import zlib
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass, field
from pathlib import Path, PurePath
from typing import BinaryIO

from etl.reading.decoding import Rejected
from etl.reading.formats import DEFAULT_MAX_BYTES, read_html, read_jsonl_line, read_text
from etl.reading.warc import read_warc
from etl.records import RawDocument, Reject
from etl.vocabulary.reading import HTML_START

LOGGER = logging.getLogger(__name__)

TEXT_SUFFIXES = {".txt": "txt", ".text": "txt", ".html": "html", ".htm": "html",
                 ".xhtml": "html", ".shtml": "html", ".jsonl": "jsonl", ".ndjson": "jsonl",
                 ".warc": "warc", ".wet": "wet"}
IgnoredFn = Callable[[str, str], None]  # (path, why) of an input that is not an article
SKIP_CHUNK = 1 << 20  # bytes read at a time while skipping the rest of an over-long line


def kind_of(path: PurePath) -> tuple[str | None, str]:
    """(format, stem) from the name: "d001.txt.gz" -> ("txt", "d001")."""
    name = path.name
    if name.lower().endswith(".gz"):
        name = name[:-3]
    p = Path(name)
    return TEXT_SUFFIXES.get(p.suffix.lower()), p.stem


def _ignore_quietly(path: str, why: str) -> None:
    LOGGER.info("ignored %s: %s", path, why)


# ----------------------------------------------------------------------------- the walk
@dataclass
class _Walk:
    """The input roots (resolved) and the folders walked so far (for loops)."""

    roots: list[str]
    on_ignored: IgnoredFn
    seen_dirs: set[tuple[int, int]] = field(default_factory=set)  # (st_dev, st_ino)

    def inside(self, real: str) -> bool:
        return any(real == r or real.startswith(r.rstrip(os.sep) + os.sep) for r in self.roots)


def _kind(mode: int) -> str:
    return ("a FIFO (named pipe)" if stat.S_ISFIFO(mode) else
            "a character device" if stat.S_ISCHR(mode) else
            "a block device" if stat.S_ISBLK(mode) else
            "a socket" if stat.S_ISSOCK(mode) else "not a regular file")


def iter_entries(inputs: Iterable[str | Path] | str | Path,
                 on_ignored: IgnoredFn = _ignore_quietly) -> Iterator[Path | Reject]:
    """Every file under the inputs, folders walked recursively in sorted order, or the Reject of
    an entry that cannot be read (see the module's docstring)."""
    if isinstance(inputs, (str, Path)):
        inputs = [inputs]
    inputs = [Path(i) for i in inputs]
    walk = _Walk(roots=[os.path.realpath(i) for i in inputs], on_ignored=on_ignored)
    for inp in inputs:
        try:
            st = inp.stat()
        except OSError as exc:
            yield _broken(inp, exc)
            continue
        if stat.S_ISDIR(st.st_mode):
            walk.seen_dirs.add((st.st_dev, st.st_ino))
            yield from _walk_dir(inp, walk)
        else:
            yield inp  # a file named explicitly: read whatever its name (the reader checks it)


def _broken(path: Path, exc: OSError) -> Reject:
    """The Reject of an entry that stat() cannot follow: dangling link, loop, no permission."""
    stem = kind_of(path)[1]
    try:
        target = os.readlink(path) if path.is_symlink() else None
    except OSError:  # the path itself is too long to look at
        target = None
    if target is not None:
        if exc.errno == errno.ELOOP:
            return Reject(str(path), "symlink_loop", f"a symbolic link to {target} that loops "
                          "back on itself: not followed", stem)
        if isinstance(exc, FileNotFoundError):
            return Reject(str(path), "dangling_link", f"a symbolic link to {target}, which does "
                          "not exist", stem)
    if isinstance(exc, FileNotFoundError):
        return Reject(str(path), "error", "the file does not exist", stem)
    return Reject(str(path), "unreadable", f"cannot be read ({exc.strerror or exc})", stem)


def _walk_dir(folder: Path, walk: _Walk) -> Iterator[Path | Reject]:
    try:
        with os.scandir(folder) as it:
            entries = sorted(it, key=lambda e: e.name)
    except OSError as exc:  # unreadable, or a path too long: this folder only
        yield Reject(str(folder), "unreadable", f"the folder cannot be listed "
                     f"({exc.strerror or exc}); its files were not read", None)
        return
    for entry in entries:
        path = Path(entry.path)
        if entry.name.startswith("."):
            walk.on_ignored(str(path), "hidden")
            continue
        try:
            st = entry.stat()  # follows a link
        except OSError as exc:
            yield _broken(path, exc)
            continue
        if entry.is_symlink():
            real = os.path.realpath(path)
            if not walk.inside(real):
                yield Reject(str(path), "outside_input", f"a symbolic link to {real}, outside "
                             "the input folders: not followed (name it on the command line to "
                             "read it)", kind_of(path)[1])
                continue
        if stat.S_ISDIR(st.st_mode):
            key = (st.st_dev, st.st_ino)
            if key in walk.seen_dirs:
                yield Reject(str(path), "symlink_loop", "a symbolic link to a folder already "
                             "read (a loop): not followed", None)
                continue
            walk.seen_dirs.add(key)
            yield from _walk_dir(path, walk)
        elif not kind_of(path)[0]:
            walk.on_ignored(str(path), "not an article format (.txt .html .jsonl .warc .wet, "
                            "and their .gz)")
        elif not stat.S_ISREG(st.st_mode):
            yield Reject(str(path), "not_a_file", f"{_kind(st.st_mode)}, not a regular file: "
                         "not read", kind_of(path)[1])
        else:
            yield path


# ----------------------------------------------------------------------------- the files
def iter_documents(inputs: Iterable[str | Path] | str | Path, *,
                   max_bytes: int = DEFAULT_MAX_BYTES,
                   on_ignored: IgnoredFn = _ignore_quietly) -> Iterator[RawDocument | Reject]:
    """Yield one RawDocument (or Reject) per article found under the inputs; never raises.
    `on_ignored(path, why)` hears of every file or record that is not an article."""
    for item in iter_entries(inputs, on_ignored):
        if isinstance(item, Reject):
            yield item
            continue
        f = item
        fmt, stem = kind_of(f)
        try:
            with _open_regular(f) as fh:
                if fmt == "jsonl":
                    yield from _read_jsonl(fh, f, stem, max_bytes)
                    continue
                if fmt in ("warc", "wet"):
                    yield from read_warc(fh, path=str(f), stem=stem, max_bytes=max_bytes,
                                         on_ignored=on_ignored)
                    continue
                data = _read_bytes(fh, f, max_bytes)
            if fmt is None:  # a file named explicitly: sniff it
                fmt = "html" if HTML_START.match(data[:512]) else "txt"
            yield (read_html if fmt == "html" else read_text)(data, path=str(f), doc_id=stem)
        except Rejected as exc:
            yield Reject(str(f), exc.reason, exc.message, stem)
        except Exception as exc:
            LOGGER.warning("cannot read %s: %s", f, exc)
            yield Reject(str(f), "error", f"could not read the file: {type(exc).__name__}: {exc}",
                         stem)


def _open_regular(path: Path) -> BinaryIO:
    """The file open for reading, after checking (on the open file) that it is a regular file:
    opened without blocking, so a FIFO never hangs the build. Raises Rejected."""
    try:
        fd = os.open(path, os.O_RDONLY | os.O_NONBLOCK | getattr(os, "O_CLOEXEC", 0))
    except FileNotFoundError as exc:
        raise Rejected("error", "the file does not exist") from exc
    except OSError as exc:
        raise Rejected("unreadable", f"the file cannot be opened ({exc.strerror or exc})") \
            from exc
    try:
        mode = os.fstat(fd).st_mode
        if not stat.S_ISREG(mode):
            raise Rejected("not_a_file", f"{_kind(mode)}, not a regular file: not read")
        os.set_blocking(fd, True)
        return os.fdopen(fd, "rb")
    except BaseException:
        os.close(fd)
        raise


def _gzip(fh: BinaryIO, path: Path) -> BinaryIO:
    return gzip.GzipFile(fileobj=fh, mode="rb") if path.name.lower().endswith(".gz") else fh


def _read_bytes(fh: BinaryIO, path: Path, max_bytes: int) -> bytes:
    """The bytes of a file (unpacked when .gz), at most max_bytes of them."""
    gz = path.name.lower().endswith(".gz")
    if not gz and (size := os.fstat(fh.fileno()).st_size) > max_bytes:
        raise Rejected("too_large", f"the file has {size} bytes, over the "
                       f"limit of {max_bytes}; raise max_bytes to read it")
    try:
        data = _gzip(fh, path).read(max_bytes + 1)
    except EOFError as exc:
        raise Rejected("truncated", f"the gzip file is truncated ({exc})") from exc
    except (OSError, zlib.error) as exc:
        raise Rejected("error", f"the gzip file is corrupt ({exc})") from exc
    if len(data) > max_bytes:
        raise Rejected("too_large", f"the file {'unpacks to' if gz else 'has'} over {max_bytes} "
                       "bytes; raise max_bytes to read it")
    return data


def bounded_lines(fh: BinaryIO, max_bytes: int) -> Iterator[tuple[int, bytes | None, int]]:
    """(line number, line, its size in bytes) for each line; the line is None when it is longer
    than max_bytes: then only its size is known, as it was read and dropped SKIP_CHUNK bytes at a
    time. Memory stays under max_bytes + SKIP_CHUNK whatever the lines."""
    n = 0
    while line := fh.readline(max_bytes + 1):
        n += 1
        if len(line) <= max_bytes:
            yield n, line, len(line)
            continue
        size = len(line)
        while not line.endswith(b"\n") and (line := fh.readline(SKIP_CHUNK)):
            size += len(line)
        yield n, None, size


def _read_jsonl(fh: BinaryIO, path: Path, stem: str,
                max_bytes: int) -> Iterator[RawDocument | Reject]:
    """One RawDocument per line; doc_id = the record's `id`, else "<stem>#<line>"."""
    try:
        for n, line, size in bounded_lines(_gzip(fh, path), max_bytes):
            if line is None:
                yield Reject(f"{path}#{n}", "too_large", f"line {n} has {size} bytes, over the "
                             f"limit of {max_bytes}", f"{stem}#{n}")
            elif line.strip():
                yield read_jsonl_line(line, path, stem, n, max_bytes)
    except EOFError as exc:
        yield Reject(str(path), "truncated", f"the dump ends in the middle of its gzip stream "
                     f"({exc}); the lines before were read", stem)
    except (OSError, zlib.error) as exc:
        yield Reject(str(path), "error", f"the dump could not be read to the end ({exc})", stem)
