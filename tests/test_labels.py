"""Every word a person reads is Chinese first with English second, through one table of labels
(dashboard_lib/labels.py): table columns, coded values, empty cells, row numbers, downloads."""

from __future__ import annotations

import io
import json
import re
import tomllib
from pathlib import Path
from typing import Any

import pandas as pd
import pytest
from openpyxl import load_workbook

from dashboard_lib import downloads, labels
from tests.dashboard_support import ROOT, make_dashboard_db
from tests.test_app import run_app

CONTRACTS = tomllib.loads((ROOT / "etl" / "storage" / "contracts.toml").read_text("utf-8"))
# Coded columns of the marts and the vocabulary that labels them.
CODED = {("mart_agreements", "date_precision"): "date_precision",
         ("mart_agreement_parties", "kind"): "party_kind",
         ("mart_agreement_parties", "level"): "party_level",
         ("mart_initiative_mentions", "kind"): "programme_kind",
         ("mart_article_list", "script"): "script",
         ("rejects", "reason"): "reason"}


@pytest.mark.parametrize("table,column", list(CODED))
def test_every_code_the_database_may_hold_has_a_label(table: str, column: str) -> None:
    accepted = CONTRACTS[table][column]["accepted"]
    vocabulary = labels.VALUES[CODED[(table, column)]]
    assert set(accepted) <= set(vocabulary)
    for code in accepted:
        zh, _, en = vocabulary[code].partition(" ")
        assert zh and en, code  # Chinese first, English second


def test_display_labels_codes_empties_nulls_and_numbers_rows_from_one() -> None:
    df = pd.DataFrame({"date_precision": ["approx", "day"], "party_kind": ["government", None],
                       "region": ["信阳市", None], "position": [0, 1]})
    shown = labels.for_display(df)
    assert list(shown["date_precision"]) == ["约 approx", "日 day"]
    assert list(shown["party_kind"]) == ["政府 government", ""]
    assert list(shown["region"]) == ["信阳市", ""]
    assert list(shown["position"]) == [1, 2]
    assert list(shown.index) == [1, 2]
    assert list(df["position"]) == [0, 1]  # the data itself is untouched


@pytest.fixture(scope="module")
def labelled_db(seeds_db: Path, tmp_path_factory: pytest.TempPathFactory) -> Path:
    return make_dashboard_db(seeds_db, tmp_path_factory.mktemp("labels"))


HENAN_KX = "河南省科学技术协会"
ORG_PROGRAMMES = "项目 Programmes（同一文章提到的 named in the same articles）"
# Every tab that holds a table (only the open tab is drawn), and below, every expander whose
# tables are made only when it is opened (ui.on_open), opened.
VIEWS = [("overview", {}), ("map", {"drill": "河南"}), ("timeline", {}),
         ("timeline", {"chart": "每项协议 Each agreement"}),
         ("timeline", {"chart": "覆盖率 Coverage"}),
         ("programmes", {}), ("programmes", {"prog_tab": "省份 × 类别 Province × family"}),
         ("programmes", {"prog_tab": "试点认定 Pilot designations"}),
         ("explorer", {}), ("importer", {}), ("network", {"scope": "全部"}),
         ("organisation", {"org": HENAN_KX}),
         ("organisation", {"org": HENAN_KX, "org_tab": "合作方 Partners"}),
         ("organisation", {"org": HENAN_KX, "org_tab": "地区 Places"}),
         ("organisation", {"org": HENAN_KX, "org_tab": ORG_PROGRAMMES}),
         ("organisation", {"org": HENAN_KX, "org_tab": "文章 Articles"}), ("organisation", {}),
         ("agreement", {"id": "9d055493fdc597ef"}), ("programme", {"id": "aeb0c105c906bb77"})]
ON_OPEN = ["x_monthly", "x_points", "x_coverage", "x_mentions", "x_matrix", "x_builds",
           "x_province_stats", "x_pairs"]


def _tables(at: Any) -> list[tuple[dict[str, Any], pd.DataFrame, list[str]]]:
    out = []
    for el in at.dataframe:
        config = json.loads(el.proto.columns)
        order = list(el.proto.column_order) or [c for c in el.value.columns
                                                if (config.get(c) or {}).get("hidden") is not True]
        out.append((config, el.value, order))
    return out


@pytest.mark.parametrize("page,query", VIEWS, ids=[f"{v[0]}{i}" for i, v in enumerate(VIEWS)])
def test_every_table_shows_labels_not_raw_names_codes_or_none(
        labelled_db: Path, monkeypatch: pytest.MonkeyPatch, page: str,
        query: dict[str, str]) -> None:
    monkeypatch.setenv("TRACKER_DB", str(labelled_db))
    at = run_app(page, query)
    for key in ON_OPEN:  # the person opens every expander made on demand
        at.session_state[key] = True
    at.run()
    assert not at.exception, [e.value for e in at.exception]
    tables = _tables(at)
    assert tables, page
    raw_codes = {code for vocabulary in labels.VALUES.values() for code in vocabulary
                 if code.isascii()}
    for config, frame, shown in tables:
        assert list(frame.index[:1]) in ([], [1])  # rows numbered from 1
        for name in shown:
            if name not in labels.COLUMNS:  # a card's own columns are labels already
                assert re.fullmatch(r"[\u4e00-\u9fff]+ [A-Za-z ]+", name), f"{page}: {name}"
                continue
            label = config[name]["label"]
            assert label != name and any("\u4e00" <= ch <= "\u9fff" for ch in label), label
            values = frame[name]
            if values.dtype == object:
                cells = {v for v in values if isinstance(v, str)}
                assert "None" not in cells and "nan" not in cells, (page, name)
                if name in labels.COLUMN_VALUES:
                    assert not cells & raw_codes, (page, name, cells & raw_codes)


def test_excel_download_explains_each_column() -> None:
    df = pd.DataFrame({"agreement_id": ["a"], "date_precision": ["approx"], "model": ["会市合作"]})
    wb = load_workbook(io.BytesIO(downloads.to_excel_bytes(df)))
    assert wb.sheetnames == ["data", downloads.DICTIONARY_SHEET]
    data = [[c.value for c in row] for row in wb["data"].iter_rows()]
    assert data[0] == ["agreement_id", "date_precision", "model"]  # machine-friendly names
    notes = [[c.value for c in row] for row in wb[downloads.DICTIONARY_SHEET].iter_rows()]
    assert notes[0][:3] == ["column", "中文", "English"]
    by_column = {row[0]: row for row in notes[1:]}
    assert by_column["date_precision"][1:3] == ["日期精度", "Date precision"]
    assert "approx = 约 approx" in by_column["date_precision"][4]
