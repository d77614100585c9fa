"""Interrupted builds, for real: signals to a running `python -m etl build`, a worker killed, a
full disk. Each leaves the last good database, no temporary copy and no process behind, and says
what happened in one line (issue 14: a Ctrl-C left a 2-worker build hanging, SIGINT during the
fact rebuild exited 1 with a traceback, `<db>.new-PID` files stayed after kill -9, SIGTERM and a
full disk, and later builds never removed them)."""

from __future__ import annotations

import os
import signal
import subprocess
import sys
import time
from pathlib import Path

import pytest

from etl.storage.builds import remove_stale_copies
from tests.conftest import ROOT, SEEDS

pytestmark = pytest.mark.slow
INTERRUPTED = "interrupted ({}): the previous database is unchanged"
# One article that takes the pipeline ~0.3 s (100 KB without a full stop): a build of many keeps
# its workers busy long enough to be interrupted in the middle.
SLOW_ARTICLE = "时间:2024-05-02\n" + "5月1日湖南省科协与长沙市人民政府签署合作协议" * 1500


def _slow_inputs(folder: Path, n: int) -> Path:
    folder.mkdir()
    for i in range(n):
        (folder / f"slow{i:03d}.txt").write_text(f"{i}{SLOW_ARTICLE}", encoding="utf-8")
    return folder


def _start(args: list[str], code: str | None = None) -> subprocess.Popen:
    """`python -m etl ARGS` (or `python -c CODE ARGS`) in a process group of its own."""
    cmd = [sys.executable, "-m", "etl"] if code is None else [sys.executable, "-c", code]
    return subprocess.Popen([*cmd, *args], cwd=ROOT, text=True, stdout=subprocess.PIPE,
                            stderr=subprocess.PIPE, start_new_session=True)


def _copies(db: Path) -> list[str]:
    return sorted(p.name for p in db.parent.glob(f"{db.name}.new-*"))


def _wait_for_copy(proc: subprocess.Popen, db: Path, timeout: float = 120) -> None:
    deadline = time.monotonic() + timeout
    while not _copies(db):
        assert proc.poll() is None, proc.communicate()
        assert time.monotonic() < deadline, "the build never started writing"
        time.sleep(0.05)


def _session(pid: int) -> list[str]:
    """Processes left in the build's session (its workers, if any survived)."""
    out = subprocess.run(["pgrep", "-s", str(pid)], capture_output=True, text=True).stdout
    return out.split()


def _finish(proc: subprocess.Popen, timeout: float = 90) -> tuple[str, str]:
    try:
        return proc.communicate(timeout=timeout)
    except subprocess.TimeoutExpired:
        os.killpg(proc.pid, signal.SIGKILL)
        proc.communicate()
        pytest.fail(f"the build hung for {timeout} s after the fault")


def _no_process_left(proc: subprocess.Popen) -> None:
    for _ in range(50):  # a killed worker may take a moment to be reaped
        if not _session(proc.pid):
            return
        time.sleep(0.1)
    left = _session(proc.pid)
    for pid in left:
        os.kill(int(pid), signal.SIGKILL)
    pytest.fail(f"processes left behind: {left}")


@pytest.mark.parametrize("delay", [0.3, 2.0])
def test_ctrl_c_to_the_process_group_stops_a_two_worker_build(
        fresh_seeds_db: Path, tmp_path: Path, delay: float) -> None:
    """What a terminal does on Ctrl-C: SIGINT to the parent and its workers alike."""
    src = _slow_inputs(tmp_path / "in", 60)
    before = fresh_seeds_db.read_bytes()
    proc = _start(["build", str(src), "--db", str(fresh_seeds_db), "--workers", "2",
                   "--no-progress"])
    _wait_for_copy(proc, fresh_seeds_db)
    time.sleep(delay)
    os.killpg(proc.pid, signal.SIGINT)
    _, err = _finish(proc)
    assert proc.returncode == 130
    assert err.strip().splitlines() == [INTERRUPTED.format("SIGINT")]  # no worker's traceback
    _no_process_left(proc)
    assert _copies(fresh_seeds_db) == [] and fresh_seeds_db.read_bytes() == before


def test_sigterm_stops_a_build_and_removes_its_copy(fresh_seeds_db: Path, tmp_path: Path) -> None:
    src = _slow_inputs(tmp_path / "in", 40)
    before = fresh_seeds_db.read_bytes()
    proc = _start(["build", str(src), "--db", str(fresh_seeds_db), "--workers", "2",
                   "--no-progress"])
    _wait_for_copy(proc, fresh_seeds_db)
    time.sleep(1.0)
    proc.terminate()  # the parent only: its workers must not be left running
    _, err = _finish(proc)
    assert proc.returncode == 143
    assert err.strip().splitlines() == [INTERRUPTED.format("SIGTERM")]
    _no_process_left(proc)
    assert _copies(fresh_seeds_db) == [] and fresh_seeds_db.read_bytes() == before


def test_a_worker_killed_mid_build_stops_the_build(fresh_seeds_db: Path, tmp_path: Path) -> None:
    """The pool would replace the worker and wait forever for the articles it held."""
    src = _slow_inputs(tmp_path / "in", 60)
    before = fresh_seeds_db.read_bytes()
    proc = _start(["build", str(src), "--db", str(fresh_seeds_db), "--workers", "2",
                   "--no-progress"])
    _wait_for_copy(proc, fresh_seeds_db)
    time.sleep(1.5)
    workers = subprocess.run(["pgrep", "-P", str(proc.pid)], capture_output=True,
                             text=True).stdout.split()
    assert len(workers) == 2
    os.kill(int(workers[0]), signal.SIGKILL)  # as the out-of-memory killer would
    _, err = _finish(proc)
    assert proc.returncode == 1
    lines = err.strip().splitlines()
    assert len(lines) == 1 and lines[0].startswith("error: a worker process died"), err
    _no_process_left(proc)
    assert _copies(fresh_seeds_db) == [] and fresh_seeds_db.read_bytes() == before


FACTS_NEVER_END = """
import sys
from etl import cli
from etl.storage import load

def rebuild_facts(con):  # the real rebuild, after a DuckDB query long enough to be interrupted
    print("rebuilding facts", file=sys.stderr, flush=True)
    con.execute("SELECT count(*) FROM range(100000000000) t(x) WHERE x % 7 = 3").fetchall()

load.rebuild_facts = rebuild_facts
sys.exit(cli.main(sys.argv[1:]))
"""


def test_ctrl_c_during_the_fact_rebuild_exits_130(fresh_seeds_db: Path, tmp_path: Path) -> None:
    """DuckDB turns a Ctrl-C during a query into RuntimeError("Query interrupted")."""
    src = tmp_path / "in"
    src.mkdir()
    (src / "a.txt").write_text("5月1日,湖南省科协与长沙市人民政府签署合作协议。", "utf-8")
    before = fresh_seeds_db.read_bytes()
    proc = _start(["build", str(src), "--db", str(fresh_seeds_db), "--workers", "1",
                   "--no-progress"], code=FACTS_NEVER_END)
    assert proc.stderr is not None and proc.stderr.readline() == "rebuilding facts\n"
    time.sleep(0.5)
    os.kill(proc.pid, signal.SIGINT)
    _, err = _finish(proc)
    assert proc.returncode == 130
    assert err.strip().splitlines() == [INTERRUPTED.format("SIGINT")]
    assert _copies(fresh_seeds_db) == [] and fresh_seeds_db.read_bytes() == before


def test_the_copy_a_killed_build_left_is_removed_by_the_next_build(
        fresh_seeds_db: Path, tmp_path: Path) -> None:
    src = _slow_inputs(tmp_path / "in", 20)
    proc = _start(["build", str(src), "--db", str(fresh_seeds_db), "--workers", "2",
                   "--no-progress"])
    _wait_for_copy(proc, fresh_seeds_db)
    time.sleep(0.5)
    os.kill(proc.pid, signal.SIGKILL)  # no clean-up possible
    proc.communicate()
    left = _copies(fresh_seeds_db)
    assert f"{fresh_seeds_db.name}.new-{proc.pid}" in left
    _no_process_left(proc)  # its workers died with it
    out = _start(["build", str(SEEDS), "--db", str(fresh_seeds_db), "--no-progress"])
    _, err = _finish(out)
    assert out.returncode == 0, err
    assert f"removed {len(left)} temporary file(s) that an interrupted build left" in err
    assert _copies(fresh_seeds_db) == []


def test_stale_copies_are_those_of_processes_gone(tmp_path: Path) -> None:
    db = tmp_path / "t.duckdb"
    gone = subprocess.run([sys.executable, "-c", "import os; print(os.getpid())"],
                          capture_output=True, text=True).stdout.strip()
    alive = subprocess.Popen([sys.executable, "-c", "import time; time.sleep(60)"])
    try:
        names = [f"t.duckdb.new-{gone}", f"t.duckdb.new-{gone}.wal", f"t.duckdb.new-{alive.pid}",
                 f"t.duckdb.new-{os.getpid()}", "t.duckdb.new-notapid", "t.duckdb.wal"]
        for name in names:
            (tmp_path / name).write_bytes(b"x")
        removed = remove_stale_copies(db)
        assert sorted(p.name for p in removed) == sorted(names[:2] + names[3:4])
        assert sorted(p.name for p in tmp_path.iterdir()) == sorted(
            [names[2], "t.duckdb.new-notapid", "t.duckdb.wal"])
    finally:
        alive.kill()
        alive.wait()


DISK_OF = """
import resource, signal, sys
signal.signal(signal.SIGXFSZ, signal.SIG_IGN)  # a write past the limit fails with EFBIG
limit = int(sys.argv[1])
resource.setrlimit(resource.RLIMIT_FSIZE, (limit, limit))
from etl import cli
sys.exit(cli.main(sys.argv[2:]))
"""


@pytest.mark.parametrize("where", ["copying the database", "writing the new rows"])
def test_a_full_disk_is_one_line_and_leaves_the_database(
        fresh_seeds_db: Path, tmp_path: Path, where: str) -> None:
    """A real write failure: the build runs with a file size limit (RLIMIT_FSIZE) below what it
    must write, which fails its writes as a full disk would (EFBIG instead of ENOSPC)."""
    if where == "copying the database":
        db, limit = fresh_seeds_db, fresh_seeds_db.stat().st_size // 2
    else:
        db, limit = tmp_path / "new.duckdb", 1 << 20
    before = db.read_bytes() if db.exists() else None
    proc = _start([str(limit), "build", str(ROOT / "tests" / "fixtures" / "corpus"), "--db",
                   str(db), "--workers", "1", "--no-progress"], code=DISK_OF)
    _, err = _finish(proc)
    assert proc.returncode == 74
    lines = err.strip().splitlines()
    assert len(lines) == 1, err
    assert lines[0].startswith(f"error: no space left for the build's copy of the database in "
                               f"{db.parent} (")
    assert "the previous database is unchanged and the copy removed" in lines[0]
    assert _copies(db) == []
    assert (db.read_bytes() if db.exists() else None) == before


def test_a_stop_signal_during_the_pools_fork_is_delivered_after_it() -> None:
    """A SIGTERM while the pool forks its workers is held (a handler raising inside fork's
    at-fork hooks is printed as "Exception ignored" and lost) and raised once the fork is done."""
    from etl.storage.build import _stop_signals_held

    seen: list[int] = []

    def handler(signum: int, _frame: object) -> None:
        seen.append(signum)
        raise KeyboardInterrupt

    previous = signal.signal(signal.SIGTERM, handler)
    try:
        with pytest.raises(KeyboardInterrupt):
            with _stop_signals_held():
                signal.raise_signal(signal.SIGTERM)
                assert seen == []  # held while inside
        assert seen == [signal.SIGTERM]
    finally:
        signal.signal(signal.SIGTERM, previous)
