"""ETL of the tracker of China's science-and-technology cooperation agreements.

One package per stage, each of pure functions (text in, records out), I/O only at the edges:
reading (files -> RawDocument) -> cleaning (repairs, boilerplate, metadata -> CleanDocument)
-> extraction (agreements, initiatives) -> storage (rows, DuckDB, exports). `pipeline` joins the
pure stages into the one per-article function; `vocabulary` holds their words and patterns;
`cli` is the command line. ARCHITECTURE.md draws the whole picture.
"""

import logging

__version__ = "0.1.0"
logging.getLogger(__name__).addHandler(logging.NullHandler())
