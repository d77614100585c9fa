"""`python -m etl export --format gold`: reviewed articles become evaluation data.

A reviewer fixes the seeds through the store (the page does the same through its buttons:
tests/e2e/test_review_browser.py): the export then scores 1.0 against the seeds' gold."""

from __future__ import annotations

import json
import shutil
from pathlib import Path

import pytest

from etl import cli
from etl.corrections import model
from etl.storage.build import build
from etl.storage.correction_store import CorrectionStore
from tests.conftest import SEEDS
from tests.review_support import (
    gold_agreement_values,
    gold_initiative_values,
    plan_review,
    queue,
    rows,
)
from tests.scoring import score


@pytest.fixture(autouse=True)
def _no_configured_store(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.delenv("TRACKER_CORRECTIONS", raising=False)


def _export(db: Path, out: Path, *extra: str) -> dict[str, dict]:
    assert cli.main(["export", "--format", "gold", "--db", str(db), "--out", str(out),
                     *extra]) == 0
    return {r["id"]: r for r in map(json.loads, out.read_text(encoding="utf-8").splitlines())}


def apply_plan(db: Path, store: CorrectionStore, article_id: str, gold: dict,
               reviewer: str = "alice") -> list[dict]:
    text = rows(db, "SELECT clean_text FROM articles WHERE article_id = ?", [article_id])[0][0]
    steps = plan_review(gold, queue(db, "article_id = ?", [article_id]), text)
    for step in steps:
        item = step["item"]
        if step["do"] == "reject":
            change = model.row_change(item, step["row"], "reject", reason=step["reason"])
        elif step["do"] == "edit":
            values = (gold_agreement_values(step["gold"]) if item == "agreement"
                      else gold_initiative_values(step["gold"]))
            change = model.row_change(item, step["row"], "edit", values=values)
        else:
            s, e = step["span"]
            values = (gold_agreement_values(step["gold"]) if item == "agreement"
                      else gold_initiative_values(step["gold"]))
            change = model.added_change(item, article_id, (s, e), text[s:e], values)
        store.save(change, expected_version=0, reviewer=reviewer)
    store.save(model.complete_change(article_id), expected_version=0, reviewer=reviewer)
    return steps


def test_reviewed_seeds_export_as_gold_and_score_one(tmp_path: Path,
                                                     gold_seeds: dict[str, dict]) -> None:
    src = tmp_path / "in"
    shutil.copytree(SEEDS, src)
    db = tmp_path / "tracker.duckdb"
    build([str(src)], db, workers=1)
    out = tmp_path / "gold.jsonl"
    assert _export(db, out) == {}  # nothing is reviewed yet
    machine = score(gold_seeds, _export(db, out, "--all-articles"))

    store = CorrectionStore(tmp_path / "corrections.sqlite")
    steps = [s for art, gold in gold_seeds.items() for s in apply_plan(db, store, art, gold)]
    exported = _export(db, out)
    assert sorted(exported) == sorted(gold_seeds)
    result = score(gold_seeds, exported)
    assert result["agreements"]["f1"] == 1.0
    assert result["agreements_strict"]["f1"] == 1.0
    assert result["initiatives"]["f1"] == 1.0
    assert result["initiatives"]["family_accuracy"] == 1.0
    # the review did something the machine had not: as many fixes as the machine's misses
    fixes = machine["initiatives"]["fp"] + machine["initiatives"]["fn"]
    assert sum(s["item"] == "initiative" and s["do"] in ("add", "reject")
               for s in steps) == fixes

    record = exported["000_50788d440d7a5e4f"]
    assert record["reviewed"] and record["reviewed_by"] == "alice"
    assert set(record["agreements"][0]) >= {"parties", "party_mentions", "date",
                                            "date_precision", "type", "model", "provinces",
                                            "cities", "is_new_signing", "background"}
    # the same corrections, applied by a build, give the same rows in the database
    build([str(src)], db, workers=1)
    names = {r[0] for r in rows(db, "SELECT name FROM mart_initiative_mentions")}
    for art, rec in exported.items():
        assert {i["name"] for i in rec["initiatives"]} <= names, art
