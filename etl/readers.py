"""Stage 0 (interim stub, to be replaced): files -> RawDocument | Reject."""

from __future__ import annotations

import hashlib
from collections.abc import Iterable, Iterator
from pathlib import Path

from etl.records import RawDocument, Reject


def iter_documents(inputs: Iterable[str | Path]) -> Iterator[RawDocument | Reject]:
    """Yield one RawDocument (or Reject) per article found under the inputs."""
    for inp in inputs:
        p = Path(inp)
        files = sorted(f for f in p.rglob("*") if f.is_file()) if p.is_dir() else [p]
        for f in files:
            data = f.read_bytes()
            if not data.strip():
                yield Reject(str(f), "empty", "the file is empty", f.stem)
                continue
            yield RawDocument(doc_id=f.stem, path=str(f), fmt="txt",
                              text=data.decode("utf-8", "replace"),
                              raw_sha256=hashlib.sha256(data).hexdigest())
