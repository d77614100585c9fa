"""Table exports: CSV (UTF-8 with BOM, CRLF), Excel and Parquet of a whole filtered view.

The CSV is written cell by cell with fixed rules so that it is byte-for-byte predictable:
empty for NULL, `true`/`false` for booleans, ISO dates (`YYYY-MM-DD`, or `YYYY-MM-DD HH:MM:SS`
when a column holds times), lists joined with "; ", floats in Python's shortest round-trip form.
Text cells beginning with = + - @, a tab or a carriage return get a leading single quote in CSV,
as OWASP advises against CSV injection (etl.storage.export.csv_safe, shared with the CLI's CSV);
numbers, dates and booleans are never changed. Excel gets the same text for lists, has control
characters removed (Excel rejects them) and stores such text as a string cell, never a formula.
Parquet keeps the native types, lists included.
"""

from __future__ import annotations

import csv
import io
import math
import re
from collections.abc import Callable
from typing import Any

import numpy as np
import pandas as pd

from etl.storage.export import csv_safe

CSV_MIME = "text/csv"
XLSX_MIME = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"
PARQUET_MIME = "application/vnd.apache.parquet"
LIST_SEP = "; "
_EXCEL_ILLEGAL = re.compile(r"[\x00-\x08\x0b\x0c\x0e-\x1f]")
_EXCEL_MAX_CELL = 32767


def _is_null(value: Any) -> bool:
    if value is None or value is pd.NA or value is pd.NaT:
        return True
    return isinstance(value, float) and math.isnan(value)


def _datetime_columns(df: pd.DataFrame) -> dict[str, str]:
    """strftime format per datetime column: date only when every value is at midnight."""
    formats: dict[str, str] = {}
    for col in df.columns:
        if pd.api.types.is_datetime64_any_dtype(df[col]):
            values = df[col].dropna()
            at_midnight = bool((values == values.dt.normalize()).all())
            formats[col] = "%Y-%m-%d" if at_midnight else "%Y-%m-%d %H:%M:%S"
    return formats


def cell_text(value: Any, date_format: str | None = None) -> str:
    """The CSV text of one value."""
    if isinstance(value, (list, tuple, np.ndarray)):
        return LIST_SEP.join(cell_text(v) for v in value)
    if _is_null(value):
        return ""
    if isinstance(value, (bool, np.bool_)):
        return "true" if value else "false"
    if isinstance(value, pd.Timestamp):
        return value.strftime(date_format or "%Y-%m-%d %H:%M:%S")
    if hasattr(value, "isoformat"):
        return str(value.isoformat())
    if isinstance(value, (float, np.floating)):
        return repr(float(value))
    if isinstance(value, np.integer):
        return str(int(value))
    return str(value)


def csv_cell(value: Any, date_format: str | None = None) -> str:
    """The CSV text of one value, text that could start a formula neutralised."""
    text = cell_text(value, date_format)
    is_text = isinstance(value, (str, list, tuple, np.ndarray))
    return csv_safe(text) if is_text else text


def to_csv_bytes(df: pd.DataFrame) -> bytes:
    """UTF-8 with BOM (Excel opens it as UTF-8), CRLF line ends, minimal quoting."""
    formats = _datetime_columns(df)
    buf = io.StringIO()
    writer = csv.writer(buf, lineterminator="\r\n")
    writer.writerow([csv_safe(str(c)) for c in df.columns])
    columns = list(df.columns)
    for row in df.itertuples(index=False, name=None):
        writer.writerow([csv_cell(v, formats.get(c)) for c, v in zip(columns, row, strict=True)])
    return ("\ufeff" + buf.getvalue()).encode("utf-8")


def _excel_value(value: Any, date_format: str | None) -> Any:
    if isinstance(value, (list, tuple, np.ndarray)):
        value = cell_text(value)
    if _is_null(value):
        return None
    if isinstance(value, pd.Timestamp):
        return value.to_pydatetime() if date_format and "%H" in date_format else value.date()
    if isinstance(value, np.generic):
        value = value.item()
    if isinstance(value, str):
        return _EXCEL_ILLEGAL.sub("", value)[:_EXCEL_MAX_CELL]
    return value


DICTIONARY_SHEET = "说明 Dictionary"


def to_excel_bytes(df: pd.DataFrame, sheet: str = "data") -> bytes:
    """The data sheet (machine-friendly column names, as in the CSV) and a dictionary sheet
    saying in Chinese and English what each column holds and what its codes mean."""
    from dashboard_lib import labels

    formats = _datetime_columns(df)
    from openpyxl import Workbook  # on a click only: 0.3-0.4 s of the server's first visit

    wb = Workbook()
    ws = wb.active
    assert ws is not None
    ws.title = sheet[:31]
    columns = list(df.columns)
    rows = ([_excel_value(v, formats.get(c)) for c, v in zip(columns, row, strict=True)]
            for row in df.itertuples(index=False, name=None))
    for values in ([str(c) for c in columns], *rows):
        ws.append(values)
        for cell in ws[ws.max_row]:
            if isinstance(cell.value, str) and cell.value.startswith("="):
                cell.data_type = "s"  # text, never a formula
    notes = wb.create_sheet(DICTIONARY_SHEET)
    dictionary = labels.dictionary([str(c) for c in df.columns])
    notes.append(list(dictionary.columns))
    for row in dictionary.itertuples(index=False, name=None):
        notes.append(list(row))
    buf = io.BytesIO()
    wb.save(buf)
    return buf.getvalue()


def to_parquet_bytes(df: pd.DataFrame) -> bytes:
    buf = io.BytesIO()
    df.to_parquet(buf, index=False, engine="pyarrow")
    return buf.getvalue()


# (label, extension, mime, writer)
FORMATS: tuple[tuple[str, str, str, Callable[[pd.DataFrame], bytes]], ...] = (
    ("CSV", "csv", CSV_MIME, to_csv_bytes),
    ("Excel", "xlsx", XLSX_MIME, to_excel_bytes),
    ("Parquet", "parquet", PARQUET_MIME, to_parquet_bytes),
)
