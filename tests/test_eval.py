"""Extraction quality gate: the JSONL export scored against the gold annotations.

Prints the figures (run with -s to see them) and fails below the floors pinned in
tests/eval_baseline.json, which are at least the targets of the issue.
"""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from tests.conftest import export_jsonl, load_gold
from tests.scoring import score

BASELINE = json.loads((Path(__file__).parent / "eval_baseline.json").read_text(encoding="utf-8"))


def _figures(db: Path, gold_name: str) -> dict:
    result = score(load_gold(gold_name), export_jsonl(db))
    return {
        "agreements_f1": result["agreements"]["f1"],
        "strict_f1": result["agreements_strict"]["f1"],
        "initiatives_f1": result["initiatives"]["f1"],
        "published_accuracy": result["published_accuracy"] or 0.0,
        "missing": result["missing_articles"],
        "raw": result,
    }


@pytest.mark.parametrize("name", ["seeds", "corpus"])
def test_quality_gate(name: str, request: pytest.FixtureRequest) -> None:
    db = request.getfixturevalue(f"{name}_db")
    got = _figures(db, name)
    print(
        f"\n{name}: " + json.dumps({k: round(v, 3) for k, v in got.items() if isinstance(v, float)})
    )
    assert got["missing"] == []
    for key, floor in BASELINE[name].items():
        assert got[key] >= floor, f"{name} {key} {got[key]:.3f} is below the floor {floor}"
