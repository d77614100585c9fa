"""The same view from the command line: `python -m etl export --view agreements --filter
province=河南省 --filter date=2023 --format csv --out agreements_河南省_2023.csv`.

A `--filter` is a URL query parameter (`key=value`, as `?province=河南省` in the dashboard's URL),
read by the same parser (filters.parse: the same aliases, the same defaults, the same problems);
the view is one of the Explorer's tables, run with the same SQL (queries/explorer.py) and written
by the same writers (downloads.py): a CSV from the command line is byte-identical to the CSV the
page downloads. No Streamlit runtime is needed: the database is opened read-only here.
"""

from __future__ import annotations

import re
import shlex
from collections.abc import Sequence
from pathlib import Path

import duckdb
import pandas as pd

from dashboard_lib import downloads, filters
from dashboard_lib.queries import explorer, options
from dashboard_lib.scope import scoped

# The views: the Explorer's tables (name -> its SQL template), as their downloads name them.
VIEWS: dict[str, str] = {
    "agreements": explorer.SQL_AGREEMENTS_TABLE,
    "agreement_parties": explorer.SQL_PARTIES_TABLE,
    "programme_mentions": explorer.SQL_INITIATIVES_TABLE,
    "articles": explorer.SQL_ARTICLES_TABLE,
}
WRITERS = {"csv": downloads.to_csv_bytes, "xlsx": downloads.to_excel_bytes,
           "parquet": downloads.to_parquet_bytes}


class FilterError(ValueError):
    """A --filter that cannot be understood (the message says which and why)."""


def parse_filters(args: Sequence[str]) -> dict[str, list[str]]:
    """`key=value` arguments as URL query parameters (a key may repeat)."""
    params: dict[str, list[str]] = {}
    for arg in args:
        key, sep, value = arg.partition("=")
        if not sep or not key.strip():
            raise FilterError(f"--filter {arg!r}: write KEY=VALUE, e.g. province=河南省")
        if key.strip() not in filters.KEYS:
            raise FilterError(f"--filter {arg!r}: unknown filter {key!r}; filters: "
                              + ", ".join(filters.KEYS))
        params.setdefault(key.strip(), []).append(value)
    return params


def view_frame(db: Path, view: str, filter_args: Sequence[str]) -> pd.DataFrame:
    """The rows of a view under the filters (every row, as the page's download holds)."""
    if view not in VIEWS:
        raise FilterError(f"unknown view {view!r}; views: " + ", ".join(VIEWS))
    con = duckdb.connect(str(db), read_only=True)
    try:
        def run(sql: str, params: Sequence[object] = ()) -> pd.DataFrame:
            return con.execute(sql, [list(p) if isinstance(p, tuple) else p
                                     for p in params]).df()

        parsed = filters.parse(parse_filters(filter_args), options.build_options(run))
        if parsed.problems:
            raise FilterError("; ".join(p.message() for p in parsed.problems))
        sql, params = scoped(VIEWS[view], parsed.state.scope())
        return run(sql, params)
    finally:
        con.close()


def write_view(db: Path, view: str, filter_args: Sequence[str], fmt: str) -> bytes:
    return WRITERS[fmt](view_frame(db, view, filter_args))


# A word the shell reads as it is: letters (Chinese included), digits and - _ . / = : , ~ + %.
_PLAIN_WORD = re.compile(r"[\w\-./=:,~+%@]+")


def shell_word(word: str) -> str:
    """The word quoted only when the shell needs it (Chinese text does not)."""
    if _PLAIN_WORD.fullmatch(word) and not word.startswith("~"):
        return word
    return shlex.quote(word)


def command(view: str, state: filters.FilterState, *, fmt: str = "csv",
            db: Path | None = None) -> str:
    """The command that downloads what a page shows (shown on each page)."""
    file_name = f"{view}_{state.slug()}" if state.slug() else view
    parts = ["python", "-m", "etl", "export", "--view", view, *filters.export_args(state),
             "--format", fmt, "--out", f"{file_name}.{fmt}"]
    if db is not None:
        parts[4:4] = ["--db", str(db)]
    return " ".join(shell_word(p) for p in parts)
