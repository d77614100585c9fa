"""One writer per database: two builds at once both land (issue 14: both exited 0 and 2,065 of
4,065 articles were left), a second build waits with a message or, told not to, fails clearly,
and the dashboard's imports go through the same lock."""

from __future__ import annotations

import fcntl
import os
import shutil
import subprocess
import sys
import threading
import time
from pathlib import Path

import duckdb
import pytest

from dashboard_lib import importer
from dashboard_lib.db import DashboardDataError
from etl.errors import BuildLocked
from etl.storage.build import build
from etl.storage.builds import build_lock, lock_path
from tests.conftest import CORPUS, ROOT


def _count(db: Path) -> int:
    con = duckdb.connect(str(db), read_only=True)
    try:
        return con.execute("SELECT count(*) FROM articles").fetchone()[0]
    finally:
        con.close()


def _halves(tmp_path: Path) -> tuple[Path, Path]:
    """The 60 development articles in two folders of 30."""
    a, b = tmp_path / "a", tmp_path / "b"
    a.mkdir()
    b.mkdir()
    for n, f in enumerate(sorted(CORPUS.glob("*.txt"))):
        shutil.copy(f, (a if n % 2 else b) / f.name)
    return a, b


def _popen(*args: str, env: dict | None = None) -> subprocess.Popen:
    return subprocess.Popen([sys.executable, "-m", "etl", *args], cwd=ROOT, text=True,
                            stdout=subprocess.PIPE, stderr=subprocess.PIPE,
                            env={**os.environ, **(env or {})})


class _HeldLock:
    """The database's lock, held by this test process as a running build would hold it."""

    def __init__(self, db: Path) -> None:
        self.fd = os.open(lock_path(db), os.O_RDWR | os.O_CREAT)
        fcntl.flock(self.fd, fcntl.LOCK_EX)
        os.ftruncate(self.fd, 0)
        os.write(self.fd, b"pid 4242 since 2024-05-01 10:00:00\n")

    def release(self) -> None:
        os.close(self.fd)


@pytest.mark.slow
def test_two_builds_at_once_keep_both_builds_articles(tmp_path: Path) -> None:
    """The probe's failure, for real: two CLI builds of different folders started together."""
    a, b = _halves(tmp_path)
    db = tmp_path / "t.duckdb"
    procs = [_popen("build", str(src), "--db", str(db), "--workers", "1", "--no-progress")
             for src in (a, b)]
    outs = [p.communicate(timeout=300) for p in procs]
    assert [p.returncode for p in procs] == [0, 0], outs
    assert _count(db) == 60
    print("waited:", [("waiting:" in err) for _, err in outs])


def test_no_wait_fails_clearly_and_changes_nothing(fresh_seeds_db: Path, tmp_path: Path) -> None:
    a, _ = _halves(tmp_path)
    before = fresh_seeds_db.read_bytes()
    held = _HeldLock(fresh_seeds_db)
    try:
        out = _popen("build", str(a), "--db", str(fresh_seeds_db), "--no-wait", "--no-progress")
        _, err = out.communicate(timeout=120)
    finally:
        held.release()
    assert out.returncode == BuildLocked.exit_code == 75
    assert err.strip().splitlines() == [
        f"error: another build (pid 4242 since 2024-05-01 10:00:00) is writing "
        f"{fresh_seeds_db}; not waiting (--no-wait): run again when it is done"]
    assert fresh_seeds_db.read_bytes() == before
    assert not list(tmp_path.glob("*.new-*"))


def test_a_second_build_waits_then_builds_on_the_first_ones_result(
        fresh_seeds_db: Path, tmp_path: Path) -> None:
    a, _ = _halves(tmp_path)
    held = _HeldLock(fresh_seeds_db)
    try:
        proc = _popen("build", str(a), "--db", str(fresh_seeds_db), "--no-progress")
        assert proc.stderr is not None
        line = proc.stderr.readline()  # the build says that it waits, and does
        assert line.startswith("waiting: another build (pid 4242 since 2024-05-01 10:00:00) "
                               f"is writing {fresh_seeds_db}; waiting for it to finish")
        time.sleep(1.0)
        assert proc.poll() is None and _count(fresh_seeds_db) == 5
    finally:
        held.release()
    out, _ = proc.communicate(timeout=300)
    assert proc.returncode == 0, out
    assert _count(fresh_seeds_db) == 35


def test_the_wait_has_a_limit(fresh_seeds_db: Path, tmp_path: Path) -> None:
    held = _HeldLock(fresh_seeds_db)
    try:
        proc = _popen("build", str(tmp_path), "--db", str(fresh_seeds_db), "--no-progress",
                      env={"TRACKER_LOCK_WAIT_S": "0.5"})
        _, err = proc.communicate(timeout=120)
    finally:
        held.release()
    assert proc.returncode == 75
    assert err.strip().splitlines()[-1].endswith(
        "gave up after waiting 0.5 s (TRACKER_LOCK_WAIT_S)")


def test_two_builds_in_threads_of_one_process_both_land(tmp_path: Path) -> None:
    """The dashboard's case: imports run in threads of one process (same PID, so the same
    name for their copies); the lock, a flock per open file, keeps them apart too."""
    a, b = _halves(tmp_path)
    db = tmp_path / "t.duckdb"
    errors: list[BaseException] = []

    def run(src: Path) -> None:
        try:
            build([str(src)], db, workers=1)
        except BaseException as exc:
            errors.append(exc)

    threads = [threading.Thread(target=run, args=(src,)) for src in (a, b)]
    for t in threads:
        t.start()
    for t in threads:
        t.join(300)
    assert errors == []
    assert _count(db) == 60


def test_the_import_page_goes_through_the_lock(fresh_seeds_db: Path, tmp_path: Path,
                                               monkeypatch: pytest.MonkeyPatch) -> None:
    root = tmp_path / "uploads"
    article = ("a.txt", "时间:2024-05-02\n5月1日,湖南省科协与长沙市人民政府签署合作协议。".encode())
    monkeypatch.setenv("TRACKER_LOCK_WAIT_S", "0.3")
    held = _HeldLock(fresh_seeds_db)
    try:
        waits: list[str] = []
        with pytest.raises(DashboardDataError, match=r"another build .* is writing"):
            importer.import_uploads([article], fresh_seeds_db, root=root, on_wait=waits.append)
        assert len(waits) == 1 and "waiting for it to finish" in waits[0]
        assert list(root.iterdir()) == []  # the staged upload is gone
    finally:
        held.release()
    summary, _ = importer.import_uploads([article], fresh_seeds_db, root=root)
    assert summary.added == 1 and _count(fresh_seeds_db) == 6


def test_the_lock_is_released_when_its_holder_dies(tmp_path: Path) -> None:
    db = tmp_path / "t.duckdb"
    holder = subprocess.Popen([sys.executable, "-c", (
        "import sys, time; from pathlib import Path; from etl.storage.builds import build_lock\n"
        f"with build_lock(Path({str(db)!r}), wait_s=0):\n"
        "    print('held', flush=True); time.sleep(600)")], cwd=ROOT, stdout=subprocess.PIPE,
        text=True)
    try:
        assert holder.stdout is not None and holder.stdout.readline() == "held\n"
        with pytest.raises(BuildLocked), build_lock(db, wait_s=0):
            pass
    finally:
        holder.kill()
        holder.wait()
    with build_lock(db, wait_s=0):  # kill -9 of the holder freed it
        assert lock_path(db).read_text().startswith(f"pid {os.getpid()} since ")
