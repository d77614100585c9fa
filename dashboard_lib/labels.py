"""Every word a person reads for a column or a coded value, in one table: Chinese first, English
second.

- `COLUMNS` (labels_columns.tsv): a label, a kind (how a table shows it) and a one-line
  description for each column the pages can show. Tables show the label, with the description
  as the column's help; downloads keep the machine-friendly column names, and the Excel download
  has a `说明 Dictionary` sheet made from this table.
- `VALUES` (labels_values.tsv): labels of coded values (date precision `approx` -> 约 approx,
  party kind `government` -> 政府 government …), by vocabulary; `COLUMN_VALUES` says which
  column uses which.
- `for_display()`: a table as a person reads it: coded values labelled, empty cells for NULL,
  rows numbered from 1.
tests/test_labels.py checks that every column of every dashboard query has a label here.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from dataclasses import dataclass
from pathlib import Path
from typing import Any, Literal

import pandas as pd

# ordinal: a 0-based position in the data, shown from 1.
Kind = Literal["text", "long", "id", "date", "datetime", "number", "ordinal", "share", "bool",
               "list", "link", "hidden"]


@dataclass(frozen=True)
class Column:
    zh: str
    en: str
    kind: Kind = "text"
    description: str = ""  # 中文说明 English description (units, where it comes from)

    @property
    def label(self) -> str:
        return f"{self.zh} {self.en}"


HERE = Path(__file__).resolve().parent


def _rows(name: str) -> list[list[str]]:
    lines = (HERE / name).read_text(encoding="utf-8").splitlines()
    rows = [line.split("\t") for line in lines if line and not line.startswith("#")]
    return rows[1:]  # the header


def _load_columns() -> dict[str, Column]:
    kinds = set(Kind.__args__)  # type: ignore[attr-defined]
    out: dict[str, Column] = {}
    for name, zh, en, kind, description in _rows("labels_columns.tsv"):
        if kind not in kinds or name in out:
            raise ValueError(f"labels_columns.tsv: {name}: bad kind {kind!r} or repeated")
        out[name] = Column(zh, en, kind, description)  # type: ignore[arg-type]
    return out


def _load_values() -> dict[str, dict[str, str]]:
    out: dict[str, dict[str, str]] = {}
    for vocabulary, code, text in _rows("labels_values.tsv"):
        out.setdefault(vocabulary, {})[code] = text
    return out


COLUMNS: dict[str, Column] = _load_columns()
VALUES: dict[str, dict[str, str]] = _load_values()
COLUMN_VALUES: dict[str, str] = {
    "date_precision": "date_precision", "party_kind": "party_kind", "party_level": "party_level",
    "programme_kind": "programme_kind", "script": "script", "reason": "reason",
    "partner_kind": "party_kind", "partner_level": "party_level", "cast_level": "party_level",
    "reported_precision": "date_precision",
}


def column(name: str) -> Column:
    """The column's entry; an unknown column is labelled by its name (tests keep that rare)."""
    return COLUMNS.get(name) or Column(name, "", "text")


def label(name: str) -> str:
    return column(name).label.strip()


def value(vocabulary: str, raw: Any) -> str:
    """A coded value as a person reads it (unknown codes as they are)."""
    if raw is None or (isinstance(raw, float) and pd.isna(raw)):
        return ""
    return VALUES.get(vocabulary, {}).get(str(raw), str(raw))


def shown_columns(df: pd.DataFrame, columns: Iterable[str] | None = None) -> list[str]:
    """The columns a table shows: the chosen ones, or all but the hidden kinds."""
    names = list(columns) if columns is not None else list(df.columns)
    return [c for c in names if c in df.columns and column(c).kind != "hidden"]


def for_display(df: pd.DataFrame) -> pd.DataFrame:
    """The table as a person reads it: coded values labelled, NULL as an empty cell in text
    columns, rows numbered from 1."""
    out = df.copy()
    for name in out.columns:
        vocabulary = COLUMN_VALUES.get(name)
        kind = column(name).kind
        if vocabulary is not None:
            out[name] = [value(vocabulary, v) for v in out[name]]
        elif kind in ("text", "long", "id") and (
                out[name].dtype == object or pd.api.types.is_string_dtype(out[name])):
            out[name] = ["" if v is None or (isinstance(v, float) and pd.isna(v)) else v
                         for v in out[name]]
        elif kind == "ordinal":
            out[name] = out[name] + 1
        elif kind in ("date", "datetime"):  # ISO text, an empty cell when unknown
            fmt = "%Y-%m-%d" if kind == "date" else "%Y-%m-%d %H:%M"
            out[name] = ["" if v is None or pd.isna(v) else pd.Timestamp(v).strftime(fmt)
                         for v in out[name]]
        elif kind == "link":
            out[name] = [v if isinstance(v, str) and v else None for v in out[name]]
    out.index = pd.RangeIndex(1, len(out) + 1)
    return out


def dictionary(columns: Iterable[str]) -> pd.DataFrame:
    """What each column of a download holds (the Excel download's 说明 Dictionary sheet)."""
    rows = []
    for name in columns:
        col = column(name)
        codes = VALUES.get(COLUMN_VALUES.get(name, ""), {})
        rows.append({"column": name, "中文": col.zh, "English": col.en,
                     "说明 description": col.description,
                     "取值 values": "; ".join(f"{k} = {v}" for k, v in codes.items())})
    return pd.DataFrame(rows, columns=["column", "中文", "English", "说明 description",
                                       "取值 values"])


def column_config(df: pd.DataFrame, overrides: Mapping[str, Any] | None = None) -> dict[str, Any]:
    """Streamlit column settings from the table: label, help, type per column kind."""
    import streamlit as st

    cc = st.column_config
    config: dict[str, Any] = {"_index": cc.NumberColumn("#", width="small")}
    for name in df.columns:
        col = column(name)
        common = {"label": col.label.strip(), "help": col.description or None}
        if col.kind == "hidden":
            config[name] = None
        elif col.kind in ("date", "datetime"):  # for_display made them ISO text
            config[name] = cc.TextColumn(**common)
        elif col.kind in ("number", "ordinal"):
            config[name] = cc.NumberColumn(**common)
        elif col.kind == "share":
            config[name] = cc.ProgressColumn(min_value=0.0, max_value=1.0, format="percent",
                                             **common)
        elif col.kind == "bool":
            config[name] = cc.CheckboxColumn(**common)
        elif col.kind == "list":
            config[name] = cc.ListColumn(**common)
        elif col.kind == "link":
            config[name] = cc.LinkColumn(display_text="打开 open", **common)
        elif col.kind == "long":
            config[name] = cc.TextColumn(width="large", **common)
        else:
            config[name] = cc.TextColumn(**common)
    config.update(overrides or {})
    return config
