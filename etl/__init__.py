"""ETL of the tracker of China's science-and-technology cooperation agreements.

Stages, each a module of pure functions (text in, records out), I/O only at the edges:
readers (files -> RawDocument) -> clean (repairs, boilerplate, metadata -> CleanDocument)
-> extract (agreements, initiatives) -> load (DuckDB) -> export (JSONL/CSV/Parquet).
"""

import logging

__version__ = "0.1.0"
logging.getLogger(__name__).addHandler(logging.NullHandler())
