"""One SQL console query, in a process of its own under hard limits (run by dashboard_lib.console).

DuckDB cannot stop every query: a scalar function building a 150M-element list ignores
interrupts and allocates outside its memory limit (measured: 63 s and 13.7 GB against a 5 s,
1 GB console). So each query runs here, in a fresh process that the dashboard kills when the
time is up, with an address-space limit (RLIMIT_AS) set right after the database is opened: an
allocation beyond it fails inside this process, never in the dashboard's.

The connection is read-only with external access off, no extension autoload/autoinstall, no
temporary directory (nothing spills to disk), and the local file system disabled once the database
file is open, so no function (read_blob, read_text, glob, COPY …) can reach any file, the database's
own included; then the configuration is locked.

Protocol: a JSON request on stdin ({db, sql, max_rows, memory_mb, timeout_s, max_result_bytes});
on stdout one JSON header line ({ok, truncated, kind, message}), then, for a result, an Arrow IPC
stream of at most max_rows rows. Imports only duckdb and pyarrow (a fast start).
"""

from __future__ import annotations

import io
import json
import os
import resource
import sys
import threading
from typing import Any

import duckdb
import pyarrow as pa
import pyarrow.ipc

BATCH_ROWS = 1024


def _address_space() -> int:
    """Bytes of address space this process uses now (VmSize)."""
    with open("/proc/self/statm", encoding="ascii") as f:
        pages = int(f.read().split()[0])
    return pages * resource.getpagesize()


def connect(db: str, memory_mb: int) -> duckdb.DuckDBPyConnection:
    con = duckdb.connect(db, read_only=True, config={
        "enable_external_access": False,
        "autoinstall_known_extensions": False,
        "autoload_known_extensions": False,
        "threads": 1,
        "memory_limit": f"{max(16, memory_mb // 2)}MB",  # DuckDB's own, below the hard limit
        "temp_directory": "",  # nothing spills to disk
    })
    # The database file is open: from now on no file can be opened at all.
    con.execute("SET disabled_filesystems = 'LocalFileSystem'")
    con.execute("SET lock_configuration = true")
    return con


def limit_memory(memory_mb: int) -> None:
    """At most memory_mb more address space than the process holds with the database open."""
    limit = _address_space() + (memory_mb << 20)
    resource.setrlimit(resource.RLIMIT_AS, (limit, limit))


def run(cur: duckdb.DuckDBPyConnection, sql: str, max_rows: int,
        max_result_bytes: int) -> tuple[dict[str, Any], bytes]:
    relation = cur.sql(sql)
    if relation is None:  # a statement without a result set
        return {"ok": True, "truncated": False}, b""
    reader = relation.to_arrow_reader(BATCH_ROWS)
    batches, n = [], 0
    for batch in reader:
        batches.append(batch)
        n += batch.num_rows
        if n > max_rows:
            break
    table = pa.Table.from_batches(batches, schema=reader.schema).slice(0, max_rows)
    sink = io.BytesIO()
    with pa.ipc.new_stream(sink, table.schema) as writer:
        writer.write_table(table)
    data = sink.getvalue()
    if len(data) > max_result_bytes:
        return {"ok": False, "kind": "too_large",
                "message": f"{len(data) >> 20} MB > {max_result_bytes >> 20} MB"}, b""
    return {"ok": True, "truncated": n > max_rows}, data


def main() -> int:
    request = json.loads(sys.stdin.read())
    out = sys.stdout.buffer
    try:
        cur = connect(request["db"], request["memory_mb"]).cursor()
        limit_memory(request["memory_mb"])
        # Interruptible queries stop here with a clean message; the dashboard kills the others.
        timer = threading.Timer(request["timeout_s"], cur.interrupt)
        timer.daemon = True
        timer.start()
        header, data = run(cur, request["sql"], request["max_rows"],
                           request["max_result_bytes"])
    except duckdb.InterruptException:
        header, data = {"ok": False, "kind": "timeout", "message": ""}, b""
    except (duckdb.OutOfMemoryException, MemoryError) as exc:
        header, data = {"ok": False, "kind": "memory", "message": str(exc)}, b""
    except duckdb.Error as exc:
        header, data = {"ok": False, "kind": type(exc).__name__, "message": str(exc)}, b""
    out.write(json.dumps(header, ensure_ascii=False).encode("utf-8") + b"\n")
    out.write(data)
    out.flush()
    return 0


if __name__ == "__main__":
    code = main()
    os._exit(code)  # no interpreter teardown: the result is written, the process has no more use
