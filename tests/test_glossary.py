"""术语 Glossary: every word the data can hold is explained, the models' rules come from the ETL's
decision table, and every help icon links to the glossary."""

from __future__ import annotations

import tomllib
from pathlib import Path

import pytest

from dashboard_lib import filters, glossary, labels
from etl.vocabulary import signing
from tests.dashboard_support import ROOT, make_dashboard_db, sql_rows
from tests.test_app import run_app

CONTRACTS = tomllib.loads((ROOT / "etl" / "storage" / "contracts.toml").read_text("utf-8"))


def terms(section: str) -> list[str]:
    return [t.term for t in glossary.sections()[section].terms]


def test_every_model_the_rules_name_is_explained_and_nothing_else() -> None:
    named = {r.model for r in signing.COOPERATION_MODELS} | {"其他"}
    assert set(terms("models")) == named
    assert named <= set(CONTRACTS["agreements"]["model"]["accepted"])
    rules = glossary.model_rules()
    assert set(rules) == named
    assert rules["会市合作"] == ["科协（省级） + 政府（地市级）"]  # from the decision table
    assert rules["院地合作"] == ["科研院所 + 政府/园区"]


@pytest.mark.parametrize("section,vocabulary", [
    ("precision", "date_precision"), ("programme_kinds", "programme_kind")])
def test_every_code_has_a_glossary_entry(section: str, vocabulary: str) -> None:
    assert set(terms(section)) == set(labels.VALUES[vocabulary].values())


def test_every_programme_family_is_explained() -> None:
    accepted = CONTRACTS["initiatives"]["family"]["accepted"]
    assert set(terms("families")) == set(accepted)


def test_every_filter_help_links_to_its_glossary_section() -> None:
    for f in filters.FILTERS:
        assert f.glossary in glossary.sections(), f.key
        assert glossary.link(f.glossary).endswith(f"(/glossary#{f.glossary.replace('_', '-')})")


@pytest.fixture(scope="module")
def glossary_db(seeds_db: Path, tmp_path_factory: pytest.TempPathFactory) -> Path:
    return make_dashboard_db(seeds_db, tmp_path_factory.mktemp("glossary"))


def test_glossary_page_shows_every_section_with_counts(glossary_db: Path,
                                                       monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("TRACKER_DB", str(glossary_db))
    at = run_app("glossary")
    tables = [d.value for d in at.dataframe]
    assert len(tables) == len(glossary.sections())  # one table per section, in order
    assert [list(t["术语 Term"]) for t in tables] == [terms(k) for k in glossary.sections()]
    models = next(t for t in tables if "判定规则 Rule" in t.columns).set_index("术语 Term")
    assert all(models["判定规则 Rule"].str.len() > 0)
    expected = dict(sql_rows(glossary_db, "SELECT model, count(*) FROM agreements GROUP BY 1"))
    assert {m: n for m, n in models["数量 Count"].items() if n} == expected
    anchors = [h.proto.anchor for h in at.subheader]
    assert anchors == [k.replace("_", "-") for k in glossary.sections()]


def test_every_help_icon_of_the_sidebar_and_the_overview_links_to_the_glossary(
        glossary_db: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("TRACKER_DB", str(glossary_db))
    at = run_app("overview")
    helps = [w.help for w in at.sidebar if getattr(w, "help", None)]
    helps += [m.proto.help for m in at.metric if m.proto.help]
    assert len(helps) >= len(filters.FILTERS) + 8
    missing = [h[:30] for h in helps if "](/glossary#" not in h]
    assert missing == []
