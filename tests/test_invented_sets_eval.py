"""The invented evaluation sets (eval/synthetic: 科协 × government; eval/synthetic2: wider
signers; eval/synthetic3: 科协 × government written blind by a helper that never read the code),
each annotated before any extractor ran, built with the real ETL (`python -m etl build`, the
JSONL export), scored, and held at the floors they reached (agreements by sets of parties,
strict with dates and flags, initiatives by name). Run with -s to see the figures.

The sets are for evaluation: rules are never fitted to their sentences (tests by phenomenon use
sentences of their own).
"""

from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path

import pytest

from eval.real.score_real import headline, load_annotations, predict, present_texts
from tests.conftest import ROOT
from tests.scoring import score


@dataclass(frozen=True)
class InventedSet:
    name: str
    pages: int
    negatives: int  # pages that report no signing, at least
    floors: dict[str, float]  # F1 by score key
    # negative pages the ETL still lists a signing on (known limits, not developed on)
    listed_negatives: frozenset[str] = field(default_factory=frozenset)


SETS = [
    # unseen figure of main at cae476f: agreements 0.892, strict 0.819, initiatives 0.625
    InventedSet("synthetic", 40, 10,
                {"agreements": 0.97, "agreements_strict": 0.97, "initiatives": 0.68}),
    # before round 4: 0.603; round 9: 0.944 (no initiatives in its gold)
    InventedSet("synthetic2", 35, 7, {"agreements": 0.93, "agreements_strict": 0.93}),
    # main before round 9: 0.957 / 0.957 / 0.659; x018: a signing announced for later at its
    # preparatory meeting
    InventedSet("synthetic3", 45, 7,
                {"agreements": 0.97, "agreements_strict": 0.97, "initiatives": 0.66},
                frozenset({"x018"})),
]


@pytest.fixture(scope="module", params=SETS, ids=[s.name for s in SETS])
def scored(request: pytest.FixtureRequest,
           tmp_path_factory: pytest.TempPathFactory) -> tuple[InventedSet, dict, dict, dict]:
    spec: InventedSet = request.param
    folder = ROOT / "eval" / spec.name
    pages = load_annotations(folder / "annotations.jsonl")
    ok, missing, changed = present_texts(pages, folder / "texts")
    assert not missing and not changed, (missing, changed)
    assert len(pages) == spec.pages and (folder / "READY").is_file()
    gold = {p["id"]: p for p in ok}
    pred = predict(ok, folder / "texts", Path(tmp_path_factory.mktemp(spec.name)))
    return spec, gold, pred, score(gold, pred)


def test_the_set_stays_above_its_floors(scored: tuple[InventedSet, dict, dict, dict]) -> None:
    spec, _, _, result = scored
    print(f"\n{spec.name}: " + headline(result))
    assert result["missing_articles"] == []
    for key, floor in spec.floors.items():
        assert result[key]["f1"] >= floor, f"{key} F1 {result[key]['f1']:.3f} < {floor}"


def test_negative_pages_list_nothing(scored: tuple[InventedSet, dict, dict, dict]) -> None:
    spec, gold, pred, _ = scored
    assert sum(bool(g.get("negative")) for g in gold.values()) >= spec.negatives
    listed = {k for k, g in gold.items()  # (a negative page may recall a dated signing)
              if g.get("negative") and not g.get("agreements")
              and pred.get(k, {}).get("agreements")}
    assert listed == spec.listed_negatives
