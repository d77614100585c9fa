"""The Spark runner gives the same database as a local build.

The dev corpus (tests/fixtures/corpus/) as a JSONL dump (ids = file stems), plus a second dump
with a duplicate id, a bad line and a blank line, goes through `python etl/spark_job.py` in
local[2] and `python -m etl load-parquet`, and through `python -m etl build`: the JSONL exports
must be byte-identical, and so must the rejects.
"""

from __future__ import annotations

import io
import json
import shutil
import subprocess
import sys
from pathlib import Path

import duckdb
import pytest

ROOT = Path(__file__).resolve().parent.parent
CORPUS = ROOT / "tests" / "fixtures" / "corpus"


def _etl(*args: str) -> None:
    subprocess.run([sys.executable, "-m", "etl", *args], cwd=ROOT, check=True,
                   capture_output=True, text=True)


def _export(db: Path) -> bytes:
    out = db.with_suffix(".jsonl")
    _etl("export", "--db", str(db), "--format", "jsonl", "--out", str(out))
    return out.read_bytes()


def _rejects(db: Path) -> list[tuple]:
    con = duckdb.connect(str(db), read_only=True)
    try:
        return con.execute("SELECT path, doc_id, reason, message FROM rejects "
                           "ORDER BY path, doc_id").fetchall()
    finally:
        con.close()


def _inputs(tmp_path: Path) -> Path:
    inp = tmp_path / "in"
    inp.mkdir()
    with (inp / "corpus.jsonl").open("w", encoding="utf-8", newline="\n") as f:
        for p in sorted(CORPUS.glob("*.txt")):
            f.write(json.dumps({"id": p.stem, "text": p.read_text(encoding="utf-8")},
                               ensure_ascii=False) + "\n")
    with (inp / "extra.jsonl").open("w", encoding="utf-8", newline="\n") as f:
        f.write(json.dumps({"id": "d001", "text": "重复的编号:这一行应被拒绝。"},
                           ensure_ascii=False) + "\n")
        f.write("{not json\n\n")
    return inp


@pytest.mark.spark
@pytest.mark.slow
def test_spark_job_loads_the_same_database_as_a_local_build(tmp_path: Path) -> None:
    pytest.importorskip("pyspark")
    if shutil.which("java") is None:
        pytest.skip("the Spark test needs a Java runtime (apt-get install default-jre-headless)")
    inp = _inputs(tmp_path)
    local_db, spark_db, parquet = (tmp_path / "local.duckdb", tmp_path / "spark.duckdb",
                                   tmp_path / "parquet")
    _etl("build", str(inp), "--db", str(local_db), "--no-progress")
    subprocess.run([sys.executable, str(ROOT / "etl" / "spark_job.py"), str(inp), str(parquet),
                    "--master", "local[2]"], cwd=ROOT, check=True, capture_output=True, text=True)
    assert sorted(p.name for p in parquet.iterdir()) == [
        "articles", "rejects", "stg_agreement_parties", "stg_agreements", "stg_initiatives"]
    _etl("load-parquet", str(parquet), "--db", str(spark_db))

    local, spark = _export(local_db), _export(spark_db)
    assert len(local.splitlines()) == 60
    assert spark == local
    rejects = _rejects(local_db)
    assert {r[2] for r in rejects} == {"duplicate_id", "bad_json"}
    assert _rejects(spark_db) == rejects

    # Loading the same output again changes nothing: every article is unchanged.
    _etl("load-parquet", str(parquet), "--db", str(spark_db))
    assert _export(spark_db) == local
    con = duckdb.connect(str(spark_db), read_only=True)
    try:
        assert con.execute("SELECT added, unchanged FROM builds ORDER BY build_id DESC "
                           "LIMIT 1").fetchone() == (0, 60)
    finally:
        con.close()


def test_warc_and_wet_records_become_documents() -> None:
    """The crawl readers of the Spark job (no Spark needed): HTML responses and WET text."""
    warcio = pytest.importorskip("warcio")
    from warcio.statusandheaders import StatusAndHeaders

    from etl.records import RawDocument
    from etl.spark_job import docs_from_bytes

    text = CORPUS.joinpath("d041.txt").read_text(encoding="utf-8")
    html = ("<html><head><meta charset='utf-8'><title>省科协分别与宜昌、襄阳、黄石三市签订协议"
            "</title></head><body><article>" + "".join(f"<p>{p}</p>" for p in text.split("\n\n"))
            + "</article></body></html>").encode("utf-8")
    buf = io.BytesIO()
    w = warcio.warcwriter.WARCWriter(buf, gzip=True)
    http = StatusAndHeaders("200 OK", [("Content-Type", "text/html; charset=utf-8")],
                            protocol="HTTP/1.1")
    w.write_record(w.create_warc_record("https://example.cn/a.html", "response",
                                        payload=io.BytesIO(html), http_headers=http))
    w.write_record(w.create_warc_record("https://example.cn/b.html", "conversion",
                                        payload=io.BytesIO(text.encode("utf-8")),
                                        warc_content_type="text/plain"))
    docs = list(docs_from_bytes("/crawl/seg-00001.warc.gz", buf.getvalue()))
    assert [type(d) for d in docs] == [RawDocument, RawDocument]
    assert [d.fmt for d in docs] == ["html", "txt"]
    assert all("宜昌" in d.text for d in docs)
    assert docs[0].url == "https://example.cn/a.html"
    assert docs[0].doc_id != docs[1].doc_id and docs[0].doc_id.startswith("u")
