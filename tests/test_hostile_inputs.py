"""Hostile inputs: every input is loaded or has a `rejects` row with a reason, and the build's
summary counts it; a bad line never costs its neighbours; memory stays bounded whatever a
compressed line unpacks to (issue 14: an over-long path read a whole folder as 0 articles,
links, FIFOs and unreadable folders were skipped without a row, a FIFO on the command line hung,
/dev/zero read until memory ran out, a link to /etc/passwd was loaded, cp500 stored garbage,
non-string ids were stored as Python reprs, a 1 GB line in a 1 MB .gz peaked at 2.8 GB, a
deeply nested line lost the rest of its dump)."""

from __future__ import annotations

import gzip
import json
import os
import shutil
import subprocess
import sys
from pathlib import Path

import duckdb
import pytest

from etl.reading.readers import iter_documents
from etl.records import RawDocument, Reject
from etl.storage.build import build
from tests.conftest import ROOT

ARTICLE = "时间:2024-05-02\n5月1日,湖南省科协与长沙市人民政府签署合作协议。"


def _reasons(items: list) -> dict[str, str]:
    """{file name: reason or "article"} of what the reader gave."""
    return {Path(d.path.split("#")[0]).name + ("#" + d.path.split("#")[1] if "#" in d.path
                                                else ""):
            d.reason if isinstance(d, Reject) else "article" for d in items}


def _rejects(db: Path) -> dict[str, str]:
    con = duckdb.connect(str(db), read_only=True)
    try:
        return dict(con.execute("SELECT split_part(path, '/', -1), reason FROM rejects")
                    .fetchall())
    finally:
        con.close()


# ------------------------------------------------------------------------- the file system
def _deep_folder(base: Path, levels: int) -> None:
    """base/d{200 chars}/d.../deep.txt with the whole path longer than PATH_MAX (4096 bytes):
    made with directory file descriptors, as no path that long can be opened."""
    fd = os.open(base, os.O_RDONLY)
    try:
        for _ in range(levels):
            os.mkdir("d" * 200, dir_fd=fd)
            nxt = os.open("d" * 200, os.O_RDONLY, dir_fd=fd)
            os.close(fd)
            fd = nxt
        out = os.open("deep.txt", os.O_WRONLY | os.O_CREAT, 0o644, dir_fd=fd)
        os.write(out, ARTICLE.encode())
        os.close(out)
    finally:
        os.close(fd)


def test_an_over_long_path_costs_only_its_own_folder(tmp_path: Path) -> None:
    src = tmp_path / "in"
    src.mkdir()
    (src / "a.txt").write_text(ARTICLE, "utf-8")
    (src / "z.txt").write_text(ARTICLE, "utf-8")
    _deep_folder(src, 22)  # 22 x 201 bytes: over 4,096
    got = list(iter_documents([src]))
    assert [type(d).__name__ for d in got] == ["RawDocument", "Reject", "RawDocument"]
    assert got[1].reason == "unreadable" and "File name too long" in got[1].message
    assert [d.doc_id for d in got if isinstance(d, RawDocument)] == ["a", "z"]


@pytest.fixture()
def odd_folder(tmp_path: Path) -> Path:
    """A folder with one of each odd entry beside a good article."""
    src = tmp_path / "in"
    (src / "sub").mkdir(parents=True)
    (src / "good.txt").write_text(ARTICLE, "utf-8")
    (src / "sub" / "inner.txt").write_text(ARTICLE.replace("长沙", "株洲"), "utf-8")
    (src / "loop.txt").symlink_to("loop.txt")  # a link to itself
    (src / "sub" / "up").symlink_to("..")  # a folder link back up: a loop
    (src / "gone.txt").symlink_to("missing.txt")  # dangling
    os.mkfifo(src / "pipe.txt")
    (src / "passwd.txt").symlink_to("/etc/passwd")  # out of the input folder
    (src / "etc").symlink_to("/etc")
    (src / "alias.txt").symlink_to("sub/inner.txt")  # inside: followed
    (src / ".hidden.txt").write_text(ARTICLE, "utf-8")
    (src / "notes.md").write_text("# notes", "utf-8")
    return src


def test_every_odd_entry_gets_a_reject_with_a_reason(odd_folder: Path) -> None:
    got = _reasons(list(iter_documents([odd_folder])))
    assert got == {"alias.txt": "article", "etc": "outside_input", "gone.txt": "dangling_link",
                   "good.txt": "article", "loop.txt": "symlink_loop", "passwd.txt": "outside_input",
                   "pipe.txt": "not_a_file", "inner.txt": "article", "up": "symlink_loop"}


def test_the_build_records_them_and_counts_every_input(odd_folder: Path, tmp_path: Path) -> None:
    db = tmp_path / "t.duckdb"
    summary = build([str(odd_folder)], db, workers=1)
    assert (summary.added, summary.rejected, summary.ignored) == (3, 6, 2)
    assert summary.read == summary.added + summary.unchanged + summary.rejected
    assert "(ignored 2 files or records that are not articles" in summary.line()
    assert _rejects(db) == {"etc": "outside_input", "gone.txt": "dangling_link",
                            "loop.txt": "symlink_loop", "passwd.txt": "outside_input",
                            "pipe.txt": "not_a_file", "up": "symlink_loop"}
    con = duckdb.connect(str(db), read_only=True)
    try:
        texts = [t for (t,) in con.execute("SELECT clean_text FROM articles").fetchall()]
    finally:
        con.close()
    assert not any("root:" in t for t in texts)  # /etc/passwd was not read


def _etl(*args: str, timeout: float = 120) -> subprocess.CompletedProcess:
    def limit_memory() -> None:  # the code before the fix read /dev/zero until memory ran out
        import resource
        resource.setrlimit(resource.RLIMIT_AS, (3 << 30, 3 << 30))

    return subprocess.run([sys.executable, "-m", "etl", *args], cwd=ROOT, capture_output=True,
                          text=True, timeout=timeout, preexec_fn=limit_memory)


@pytest.mark.parametrize("kind", ["fifo", "/dev/zero"])
def test_a_fifo_or_device_named_on_the_command_line_is_rejected(tmp_path: Path,
                                                                 kind: str) -> None:
    if kind == "fifo":
        path = tmp_path / "pipe.txt"
        os.mkfifo(path)  # nobody writes to it: reading it would wait forever
    else:
        path = Path(kind)
    out = _etl("build", str(path), "--db", str(tmp_path / "t.duckdb"), "--no-progress")
    assert out.returncode == 0, out.stderr
    assert f"rejected {path}: not_a_file: " in out.stderr
    assert "articles read 1, added 0, unchanged 0, rejected 1" in out.stdout


READ_AND_REPORT = """
import json, sys
from etl.reading.readers import iter_documents
print(json.dumps([[type(d).__name__, d.path, getattr(d, "reason", None)]
                  for d in iter_documents(sys.argv[1:])]))
"""


def test_unreadable_folders_and_files_are_rejected(tmp_path: Path) -> None:
    src = tmp_path / "in"
    (src / "locked").mkdir(parents=True)
    (src / "locked" / "x.txt").write_text(ARTICLE, "utf-8")
    (src / "a.txt").write_text(ARTICLE, "utf-8")
    (src / "secret.txt").write_text(ARTICLE, "utf-8")
    (src / "locked").chmod(0)
    (src / "secret.txt").chmod(0)
    prefix: list[str] = []
    if os.geteuid() == 0:  # root reads anything: run the reader without that privilege
        if shutil.which("setpriv") is None:
            pytest.skip("running as root without setpriv to drop the override of permissions")
        prefix = ["setpriv", "--bounding-set", "-dac_override,-dac_read_search"]
    try:
        out = subprocess.run([*prefix, sys.executable, "-c", READ_AND_REPORT, str(src)],
                             cwd=ROOT, capture_output=True, text=True, timeout=120, check=True)
    finally:
        (src / "locked").chmod(0o755)
    got = {Path(p).name: (kind, reason) for kind, p, reason in json.loads(out.stdout)}
    assert got == {"a.txt": ("RawDocument", None), "locked": ("Reject", "unreadable"),
                   "secret.txt": ("Reject", "unreadable")}


# ------------------------------------------------------------------------- decoding and ids
def test_an_ebcdic_charset_declaration_is_not_trusted(tmp_path: Path) -> None:
    page = tmp_path / "p.html"
    page.write_bytes(("<html><head><meta charset='cp500'><title>t</title></head><body><article>"
                      f"<p>{ARTICLE}</p></article></body></html>").encode())
    (doc,) = iter_documents([page])
    assert isinstance(doc, RawDocument) and doc.encoding == "utf-8"
    assert "湖南省科协与长沙市人民政府签署合作协议" in doc.text


def test_jsonl_ids_are_strings_or_integers(tmp_path: Path) -> None:
    dump = tmp_path / "d.jsonl"
    ids = ["a1", 12, [1, 2], {"x": 1}, True, 1.5, None]
    dump.write_text("".join(json.dumps({"id": i, "text": ARTICLE}, ensure_ascii=False) + "\n"
                            for i in ids), "utf-8")
    got = [(d.doc_id, getattr(d, "reason", "article")) for d in iter_documents([dump])]
    assert got == [("a1", "article"), ("12", "article"), ("d#3", "bad_id"), ("d#4", "bad_id"),
                   ("d#5", "bad_id"), ("d#6", "bad_id"), ("d#7", "article")]


# ------------------------------------------------------------------------- bounded lines
def test_a_deeply_nested_line_costs_only_itself(tmp_path: Path) -> None:
    dump = tmp_path / "d.jsonl.gz"
    good = json.dumps({"text": ARTICLE}, ensure_ascii=False)
    dump.write_bytes(gzip.compress("\n".join(
        [good, "[" * 200_000 + "]" * 200_000, '{"a":' * 100_000 + "1" + "}" * 100_000,
         good]).encode("utf-8")))
    got = [(d.doc_id, getattr(d, "reason", "article")) for d in iter_documents([dump])]
    assert got == [("d#1", "article"), ("d#2", "bad_json"), ("d#3", "bad_json"),
                   ("d#4", "article")]


HUGE_LINE = """
import json, resource, sys
from etl.reading.readers import iter_documents
before = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
got = [[d.doc_id, getattr(d, "reason", "article"), getattr(d, "message", "")]
       for d in iter_documents([sys.argv[1]], max_bytes=int(sys.argv[2]))]
grown = (resource.getrusage(resource.RUSAGE_SELF).ru_maxrss - before) // 1024
print(json.dumps({"got": got, "grown_mb": grown}))
"""


@pytest.mark.slow
def test_a_huge_line_in_a_small_gz_is_rejected_in_bounded_memory(tmp_path: Path) -> None:
    """A 256 MB line packed in ~250 KB, read with a 1 MB limit: rejected, its neighbours read,
    and the reader's memory grows by a few MB (the code before the fix held the whole line,
    then decoded copies of it: 2.8 GB for 1 GB)."""
    dump = tmp_path / "bomb.jsonl.gz"
    good = json.dumps({"text": ARTICLE}, ensure_ascii=False).encode("utf-8") + b"\n"
    with gzip.open(dump, "wb", compresslevel=6) as fh:
        fh.write(good)
        fh.write(b'{"text": "')
        block = b"a" * (1 << 20)
        for _ in range(256):
            fh.write(block)
        fh.write(b'"}\n')
        fh.write(good)
    assert dump.stat().st_size < 1 << 20
    out = subprocess.run([sys.executable, "-c", HUGE_LINE, str(dump), str(1 << 20)], cwd=ROOT,
                         capture_output=True, text=True, timeout=300, check=True)
    report = json.loads(out.stdout)
    print(report)
    assert [g[:2] for g in report["got"]] == [
        ["bomb#1", "article"], ["bomb#2", "too_large"], ["bomb#3", "article"]]
    assert report["got"][1][2] == f"line 2 has {10 + (256 << 20) + 3} bytes, over the limit of " \
                                  f"{1 << 20}"
    assert report["grown_mb"] < 64
