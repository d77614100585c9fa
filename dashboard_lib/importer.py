"""Import: stage uploaded articles in a fresh folder and run the ETL's build on it.

Guard-rails: only .txt/.html/.htm/.jsonl files (directly or inside a .zip) are kept; at most
TRACKER_UPLOAD_MAX_FILES files and TRACKER_UPLOAD_MAX_MB megabytes per upload, counted after
unzipping, with the bytes actually read (a zip's declared sizes are not trusted); a zip member is
written only if its path stays inside the upload's folder (no absolute paths, no "..", no drive
letters, no symlinks); names are reduced to safe file names, and a name longer than a file
system allows (255 bytes) is refused with that reason, as is a member that cannot be read or
written. A refused upload, an import with nothing to import and a failed or interrupted build
leave no files behind; a successful import keeps its articles (the `path` of their rows).

The build is etl.storage.build.build(): it copies the DB, loads the new articles into the copy and
swaps it in with os.replace(), so the dashboard's read-only connection never blocks it and the other
pages see the new data on their next query. It takes the database's write lock (`<db>.lock`) as
`python -m etl build` does: an import started while another build (command line or another
import) writes the database waits for it, saying so (`on_wait`), up to TRACKER_LOCK_WAIT_S.
"""

from __future__ import annotations

import datetime as dt
import io
import re
import shutil
import stat
import uuid
import zipfile
import zlib
from collections.abc import Callable, Iterable
from dataclasses import dataclass, field
from pathlib import Path, PurePosixPath
from typing import Any

import pandas as pd

from dashboard_lib.db import DashboardDataError
from etl import settings
from etl.errors import TrackerError

ARTICLE_SUFFIXES = (".txt", ".html", ".htm", ".jsonl")
UPLOAD_SUFFIXES = (*ARTICLE_SUFFIXES, ".zip")
_CHUNK = 1 << 16
UNSUPPORTED = "unsupported: 不支持的文件类型 not .txt/.html/.htm/.jsonl (or .zip of them)"
NAME_MAX_BYTES = 255  # the longest file name (one path component) Linux file systems allow
NAME_TOO_LONG = (f"name_too_long: 文件名过长（超过 {NAME_MAX_BYTES} 字节），请改短后重新上传 "
                 f"file name longer than {NAME_MAX_BYTES} bytes: rename it and upload again")
_UNSAFE_CHARS = re.compile(r"[\x00-\x1f<>:\"|?*\\/]")


# Streamlit's uploader lists a file the browser refused (too large, wrong type) with an icon and a
# message only screen readers get (role="alert", visually hidden): shown here, with a lead-in.
REFUSED_FILE_CSS = """<style>
[data-testid="stFileUploader"] [role="alert"] {
  position: static !important; width: auto !important; height: auto !important;
  margin: 0.2rem 0 0 !important; clip: auto !important; clip-path: none !important;
  overflow: visible !important; white-space: normal !important; display: block !important;
  color: #b42318; font-size: 0.85rem;
}
[data-testid="stFileUploader"] [role="alert"]::before { content: "未上传 Not uploaded: "; }
</style>"""


class UploadError(DashboardDataError):
    """An upload refused as a whole (over a limit, not a zip …)."""


@dataclass
class Staged:
    """What was written for the ETL, and what was left out with the reason."""

    folder: Path
    files: list[Path] = field(default_factory=list)
    skipped: list[tuple[str, str]] = field(default_factory=list)  # (name, reason)
    n_bytes: int = 0


@dataclass
class _Budget:
    max_files: int
    max_bytes: int
    files: int = 0
    n_bytes: int = 0

    def add_file(self, name: str) -> None:
        self.files += 1
        if self.files > self.max_files:
            raise UploadError(f"文件过多 Too many files: more than {self.max_files} "
                              f"(at {name}). Split the upload.")

    def add_bytes(self, n: int, name: str) -> None:
        self.n_bytes += n
        if self.n_bytes > self.max_bytes:
            raise UploadError(f"上传过大 Upload too large: more than "
                              f"{self.max_bytes // (1024 * 1024)} MB after unzipping (at {name}).")


def safe_name(name: str) -> str | None:
    """The last path component, without control or reserved characters; None if nothing left."""
    base = PurePosixPath(name.replace("\\", "/")).name
    base = _UNSAFE_CHARS.sub("_", base).strip(" .")
    return base or None


def _too_long(parts: Iterable[str]) -> bool:
    """Whether a path component is longer than a file name may be (with room for _unique's
    "_N" suffix)."""
    return any(len(p.encode("utf-8")) > NAME_MAX_BYTES - 8 for p in parts)


def _unique(folder: Path, name: str) -> Path:
    path = folder / name
    n = 1
    while path.exists():
        path = folder / f"{Path(name).stem}_{n}{Path(name).suffix}"
        n += 1
    return path


def _write_limited(chunks: Iterable[bytes], dest: Path, budget: _Budget, name: str) -> int:
    written = 0
    try:
        with dest.open("wb") as out:
            for chunk in chunks:
                budget.add_bytes(len(chunk), name)
                out.write(chunk)
                written += len(chunk)
    except BaseException:
        dest.unlink(missing_ok=True)
        raise
    return written


def _member_parts(info: zipfile.ZipInfo) -> tuple[str, ...] | None:
    """The member's path components if it is a safe relative path inside the archive."""
    raw = info.filename.replace("\\", "/")
    if raw.startswith("/") or re.match(r"^[A-Za-z]:", raw):
        return None
    parts = tuple(p for p in raw.split("/") if p not in ("", "."))
    if not parts or any(p == ".." for p in parts):
        return None
    if stat.S_ISLNK(info.external_attr >> 16):
        return None
    return parts


def _extract_zip(data: bytes, name: str, target: Path, staged: Staged, budget: _Budget) -> None:
    try:
        archive = zipfile.ZipFile(io.BytesIO(data))
    except zipfile.BadZipFile as exc:
        raise UploadError(f"不是有效的 zip 文件 Not a valid zip file: {name}") from exc
    root = target.resolve()
    with archive:
        for info in archive.infolist():
            if info.is_dir():
                continue
            label = f"{name}:{info.filename}"
            parts = _member_parts(info)
            if parts is None:
                staged.skipped.append((label, "unsafe_path: 路径越出目标文件夹 path escapes the "
                                              "upload folder (absolute, .., drive or symlink)"))
                continue
            if any(p.startswith(".") for p in parts):
                staged.skipped.append((label, "hidden: 隐藏文件 hidden file"))
                continue
            if not parts[-1].lower().endswith(ARTICLE_SUFFIXES):
                staged.skipped.append((label, UNSUPPORTED))
                continue
            clean = [safe_name(p) for p in parts]
            if any(p is None for p in clean):
                staged.skipped.append((label, "unsafe_path: 文件名无效 invalid name"))
                continue
            names = [p for p in clean if p is not None]
            if _too_long(names):
                staged.skipped.append((label, NAME_TOO_LONG))
                continue
            dest = root.joinpath(*names)
            if not dest.resolve().is_relative_to(root):
                staged.skipped.append((label, "unsafe_path: 路径越出目标文件夹 path escapes"))
                continue
            budget.add_file(label)
            try:
                dest.parent.mkdir(parents=True, exist_ok=True)
                dest = _unique(dest.parent, dest.name)
                with archive.open(info) as src:
                    staged.n_bytes += _write_limited(iter(lambda s=src: s.read(_CHUNK), b""),
                                                     dest, budget, label)
            except (OSError, zipfile.BadZipFile, zlib.error, RuntimeError,
                    NotImplementedError) as exc:  # encrypted, corrupt, unwritable member
                staged.skipped.append((label, f"bad_member: 无法读取或写入 could not be read or "
                                              f"written ({type(exc).__name__}: {exc})"))
                continue
            staged.files.append(dest)


def stage_uploads(uploads: Iterable[tuple[str, bytes]], root: Path | None = None, *,
                  max_files: int | None = None, max_mb: float | None = None) -> Staged:
    """Write the uploads (name, bytes) into a new folder under `root`; zips are extracted.
    An upload refused as a whole (UploadError) leaves nothing behind."""
    root = root or settings.get("upload_dir")
    stamp = dt.datetime.now().strftime("%Y%m%d-%H%M%S")
    folder = root / f"upload-{stamp}-{uuid.uuid4().hex[:6]}"
    try:
        folder.mkdir(parents=True)
    except OSError as exc:
        raise UploadError(f"无法创建上传文件夹 Cannot create the upload folder {folder}: "
                          f"{exc.strerror}") from exc
    budget = _Budget(
        int(max_files if max_files is not None else settings.get("upload_max_files")),
        int(float(max_mb if max_mb is not None else settings.get("upload_max_mb")) * 1024 * 1024))
    staged = Staged(folder)
    try:
        for name, data in uploads:
            _stage_one(name, data, staged, budget)
    except BaseException:
        discard(staged)
        raise
    return staged


def _stage_one(name: str, data: bytes, staged: Staged, budget: _Budget) -> None:
    base = safe_name(name)
    if base is None or not base.lower().endswith(UPLOAD_SUFFIXES):
        staged.skipped.append((name, UNSUPPORTED))
        return
    if _too_long([base]):
        staged.skipped.append((name, NAME_TOO_LONG))
        return
    if base.lower().endswith(".zip"):
        _extract_zip(data, base, staged.folder / Path(base).stem, staged, budget)
        return
    budget.add_file(base)
    dest = _unique(staged.folder, base)
    try:
        staged.n_bytes += _write_limited([data], dest, budget, base)
    except OSError as exc:
        staged.skipped.append((name, f"bad_member: 无法写入 could not be written "
                                     f"({exc.strerror})"))
        return
    staged.files.append(dest)


def discard(staged: Staged) -> None:
    """Remove an upload's folder and everything in it."""
    shutil.rmtree(staged.folder, ignore_errors=True)


ProgressFn = Callable[[int, str], None]
WaitFn = Callable[[str], None]


def import_uploads(uploads: Iterable[tuple[str, bytes]], db_path: Path,
                   progress: Callable[[int, int, str], None] | None = None, *,
                   root: Path | None = None, on_wait: WaitFn | None = None) -> tuple[Any, Staged]:
    """Stage the uploads and build them into the database: (the build's summary, what was
    staged). Nothing to import, a refused upload, a failed or interrupted build: no files left.
    While another build writes the database, `on_wait` is told once and the import waits."""
    staged = stage_uploads(uploads, root)
    try:
        if not staged.files:
            raise UploadError("没有可导入的文章。 Nothing to import: " + "; ".join(
                f"{n} ({r})" for n, r in staged.skipped))
        total = len(staged.files)
        on_progress = None if progress is None else (lambda n, doc: progress(n, total, doc))
        summary = run_build(staged, db_path, on_progress, on_wait)
    except BaseException:
        discard(staged)
        raise
    return summary, staged


def run_build(staged: Staged, db_path: Path, progress: ProgressFn | None = None,
              on_wait: WaitFn | None = None) -> Any:
    """Run the ETL on the staged folder into the dashboard's database; returns its summary.
    The build's lock keeps it apart from command-line builds and from other imports (threads
    of this server): one writer at a time, each starting from the last one's result."""
    from etl.storage.build import build  # lazily: the ETL loads only when someone imports

    try:
        # workers=1: never fork the Streamlit server process.
        return build([str(staged.folder)], db_path, workers=1, progress=progress,
                     on_wait=on_wait)
    except TrackerError as exc:
        raise DashboardDataError(str(exc)) from exc


def outcome_table(summary: Any, staged: Staged) -> pd.DataFrame:
    """Rejected inputs with their reasons: refused at upload, or by the ETL."""
    rows = [{"file": name, "reason": reason.split(":", 1)[0], "message": reason,
             "stage": "上传 upload"} for name, reason in staged.skipped]
    for r in getattr(summary, "rejects", []) or []:
        path = Path(r.path)
        shown = str(path.relative_to(staged.folder)) if path.is_relative_to(staged.folder) \
            else r.path
        rows.append({"file": shown, "reason": r.reason, "message": r.message, "stage": "ETL"})
    return pd.DataFrame(rows, columns=["file", "reason", "message", "stage"])
