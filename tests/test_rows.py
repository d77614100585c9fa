"""etl.storage.rows: the row dicts carry exactly the columns of schema.sql, in every table."""

from __future__ import annotations

from datetime import datetime

from etl.records import (
    Agreement,
    ArticleResult,
    CleanDocument,
    Initiative,
    Metadata,
    Party,
    RawDocument,
    Reject,
)
from etl.storage import rows


def _result() -> ArticleResult:
    text = "9月14日,湖北省科协与宜昌市人民政府签署会市合作协议。"
    raw = RawDocument(doc_id="a1", path="a1.txt", fmt="txt", text=text, raw_sha256="0" * 64)
    doc = CleanDocument(doc_id="a1", text=text, original=text, offsets=tuple(range(len(text))),
                        metadata=Metadata(published="2023-09-15", published_precision="day"))
    parties = (Party("湖北省科学技术协会", "湖北省科协", "科协", "provincial", "420000"),
               Party("宜昌市人民政府", "宜昌市人民政府", "government", "prefecture", "420500"))
    agr = Agreement(parties=parties, date="2023-09-14", date_precision="day", model="会市合作",
                    provinces=("湖北省",), cities=("宜昌市",), span=(0, len(text)))
    ini = Initiative(name="科创中国", family="科创", kind="brand", span=(0, 4))
    return ArticleResult(doc=doc, raw=raw, agreements=(agr,), initiatives=(ini,))


def test_article_rows_have_exactly_the_schema_columns() -> None:
    out = rows.article_rows(_result(), 1, datetime(2024, 1, 1))
    assert set(out) | {"rejects"} == set(rows.ROW_TABLES)
    for table, table_rows in out.items():
        assert table_rows, table
        for row in table_rows:
            assert list(row) == list(rows.SCHEMA[table]), table


def test_reject_row_has_exactly_the_schema_columns() -> None:
    row = rows.reject_row(Reject("x.txt", "empty", "the file is empty", "x"), 1,
                          datetime(2024, 1, 1))
    assert list(row) == list(rows.SCHEMA["rejects"])


def test_keys_are_stable_and_dates_start_their_period() -> None:
    r = _result()
    a = rows.article_rows(r, 1, datetime(2024, 1, 1))["stg_agreements"][0]
    assert a["agreement_id"] == rows.agreement_key(r.agreements[0])
    assert len(a["agreement_id"]) == 16
    assert rows.first_day("2022-09").isoformat() == "2022-09-01"
    assert rows.first_day("2021").isoformat() == "2021-01-01"
    assert rows.first_day(None) is None
