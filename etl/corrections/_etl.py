"""The ETL internals this package uses, imported in one place.

The ETL's modules are being moved into stage packages (etl/reading, etl/extraction, etl/storage,
…); when they move, this file is the only one of etl/corrections to follow them.
"""

from __future__ import annotations

import tomllib
from functools import cache
from pathlib import Path

from etl import gazetteer, load, orgs
from etl.agreements import _region_facts as region_facts  # parties -> provinces, cities, counties
from etl.agreements import cooperation_model
from etl.records import Party
from etl.rows import first_day

ETL_DIR = Path(__file__).resolve().parent.parent

__all__ = ["Party", "accepted_values", "cooperation_model", "first_day", "gazetteer", "load",
           "orgs", "region_facts"]


@cache
def _contracts() -> dict:
    """etl/contracts.toml, wherever the restructuring puts it under etl/."""
    path = next(iter(sorted(ETL_DIR.rglob("contracts.toml"))))
    return tomllib.loads(path.read_text(encoding="utf-8"))


def accepted_values(table: str, column: str) -> tuple[str, ...]:
    """The values the database contracts accept for a column (e.g. agreements.model)."""
    return tuple(_contracts()[table][column]["accepted"])
