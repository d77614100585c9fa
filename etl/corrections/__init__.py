"""Analysts' corrections: a store outside the tracker database, applied by every build.

- `store.py`: the SQLite store (current state per key, versioned; append-only audit log);
- `model.py`: keys, vocabulary and checks of a correction (pure);
- `apply.py`: corrections applied to an article's rows (pure);
- `build_step.py`: the builds' last step (corrected facts and marts, the review marts);
- `gold.py`: reviewed articles in the gold schema; `reviewers.py`: reviewers and password hashes;
- `cli.py`: `python -m etl corrections …`.
"""

from etl.corrections.build_step import ApplyReport, rebuild_facts
from etl.corrections.store import CorrectionStore, store_path_for

__all__ = ["ApplyReport", "CorrectionStore", "rebuild_facts", "store_path_for"]
