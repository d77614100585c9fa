"""The invented set of 科协 × government pages written blind (eval/synthetic3): built with the
real ETL, scored, held above the floor it reached (agreements by sets of parties, strict with
dates and flags).

The set is an evaluation set: its sentences are never used to write rules or tests.
"""

from __future__ import annotations

import pytest

from eval.real.score_real import load_annotations, predict, present_texts
from tests.conftest import ROOT
from tests.scoring import score

SET = ROOT / "eval" / "synthetic3"
AGREEMENTS_F1_FLOOR = 0.97
STRICT_F1_FLOOR = 0.97


@pytest.fixture(scope="module")
def scored() -> tuple[dict, dict, dict]:
    pages = load_annotations(SET / "annotations.jsonl")
    ok, missing, changed = present_texts(pages, SET / "texts")
    assert not missing and not changed, (missing, changed)
    gold = {p["id"]: p for p in ok}
    pred = predict(ok, SET / "texts", None)
    return gold, pred, score(gold, pred)


def test_the_set_is_complete() -> None:
    pages = load_annotations(SET / "annotations.jsonl")
    assert len(pages) == 45 and (SET / "READY").is_file()
    assert sum(p["negative"] for p in pages) >= 7


def test_agreements_stay_above_the_floor(scored: tuple[dict, dict, dict]) -> None:
    _, _, result = scored
    assert result["missing_articles"] == []
    assert result["agreements"]["f1"] >= AGREEMENTS_F1_FLOOR, result["agreements"]
    assert result["agreements_strict"]["f1"] >= STRICT_F1_FLOOR, result["agreements_strict"]


# A negative page the ETL still lists a signing on (a known limit, not developed on: the set is
# for evaluation): x018, a signing announced for later at its preparatory meeting.
KNOWN_LISTED_NEGATIVES = {"x018"}


def test_negative_pages_list_nothing(scored: tuple[dict, dict, dict]) -> None:
    gold, pred, _ = scored
    listed = {k for k, g in gold.items()
              if g["negative"] and pred.get(k, {}).get("agreements")}
    assert listed == KNOWN_LISTED_NEGATIVES
