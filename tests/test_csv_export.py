"""CSV exports of the CLI (`python -m etl export --format csv`) are safe to open in a
spreadsheet: text cells that would start a formula get a leading quote (OWASP), byte for byte."""

from __future__ import annotations

from pathlib import Path

import duckdb
import pytest

from etl import cli

ROWS = [
    ("o1", "=HYPERLINK(\"http://x\",\"y\")", -3, ["=a", "b"], -0.5),
    ("o2", "+cmd", 0, ["b", "@c"], 1.5),
    ("o3", "-2+3", None, [], None),
    ("o4", "@SUM(A1)", 7, None, 2.0),
    ("o5", "\tlead", 8, ["\rx"], 3.0),
    ("o6", "\rlead", 9, ["河南"], 4.0),
    ("o7", "河南省科协 = 会市合作", 10, ["-"], 5.0),
]
EXPECTED = (
    "org_id,name,n,aliases,x\n"
    "o1,\"'=HYPERLINK(\"\"http://x\"\",\"\"y\"\")\",-3,'=a|b,-0.5\n"
    "o2,'+cmd,0,b|@c,1.5\n"
    "o3,'-2+3,,,\n"
    "o4,'@SUM(A1),7,,2.0\n"
    "o5,'\tlead,8,'\rx,3.0\n"  # csv quotes only the characters of its "\n" line end
    "o6,'\rlead,9,河南,4.0\n"
    "o7,河南省科协 = 会市合作,10,'-,5.0\n"
)


@pytest.fixture()
def db(tmp_path: Path) -> Path:
    path = tmp_path / "t.duckdb"
    con = duckdb.connect(str(path))
    try:
        con.execute("CREATE TABLE organizations (org_id VARCHAR, name VARCHAR, n INTEGER, "
                    "aliases VARCHAR[], x DOUBLE)")
        con.executemany("INSERT INTO organizations VALUES (?, ?, ?, ?, ?)", ROWS)
    finally:
        con.close()
    return path


def test_csv_file_export_neutralises_formulas(db: Path, tmp_path: Path) -> None:
    out = tmp_path / "orgs.csv"
    assert cli.main(["export", "--db", str(db), "--format", "csv", "--table", "organizations",
                     "--out", str(out)]) == 0
    assert out.read_bytes() == ("\ufeff" + EXPECTED).encode("utf-8")


def test_csv_to_standard_output_neutralises_formulas(
        db: Path, capsys: pytest.CaptureFixture[str]) -> None:
    assert cli.main(["export", "--db", str(db), "--format", "csv", "--table",
                     "organizations"]) == 0
    assert capsys.readouterr().out == EXPECTED
