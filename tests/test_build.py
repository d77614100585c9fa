"""The build: incremental, idempotent, atomic, parallel-safe, and tolerant of bad input."""

from __future__ import annotations

import gzip
import hashlib
import json
import os
import shutil
import subprocess
import sys
from pathlib import Path

import duckdb
import pytest

from etl.storage import build as build_mod
from etl.storage.build import build
from tests.conftest import ROOT, SEEDS, export_jsonl

CONTRACT_KEYS = {"id", "title", "published", "source", "author", "agreements", "initiatives"}


def _sha(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


def _rows(db: Path, sql: str) -> list[tuple]:
    con = duckdb.connect(str(db), read_only=True)
    try:
        return con.execute(sql).fetchall()
    finally:
        con.close()


def test_seeds_build_summary(seeds_db: Path) -> None:
    (n_articles,) = _rows(seeds_db, "SELECT count(*) FROM articles")[0]
    (n_agreements,) = _rows(seeds_db, "SELECT count(*) FROM agreements")[0]
    assert n_articles == 5
    assert n_agreements == 9  # the seeds' gold: 2 new signings + 7 background
    assert _rows(seeds_db, "SELECT read, added, unchanged, rejected FROM builds") == [(5, 5, 0, 0)]


def test_same_input_twice_adds_nothing_and_keeps_ids(fresh_seeds_db: Path) -> None:
    before = export_jsonl(fresh_seeds_db)
    ids = _rows(fresh_seeds_db, "SELECT agreement_id FROM agreements ORDER BY 1")
    summary = build([str(SEEDS)], fresh_seeds_db, workers=1)
    assert (summary.added, summary.unchanged, summary.rejected) == (0, 5, 0)
    assert export_jsonl(fresh_seeds_db) == before
    assert _rows(fresh_seeds_db, "SELECT agreement_id FROM agreements ORDER BY 1") == ids


def test_changed_file_replaces_its_rows(tmp_path: Path) -> None:
    src = tmp_path / "in"
    shutil.copytree(SEEDS, src)
    db = tmp_path / "t.duckdb"
    build([str(src)], db, workers=1)
    f = src / "003_cb2fc8efebc5752f.txt"
    f.write_text(
        "时间:2021-03-02\n3月1日,西安市科技局与宝鸡市科技局签订科技合作协议。\n", encoding="utf-8"
    )
    summary = build([str(src)], db, workers=1)
    assert (summary.added, summary.unchanged) == (1, 4)
    got = export_jsonl(db)["003_cb2fc8efebc5752f"]["agreements"]
    assert [a["parties"] for a in got] == [["西安市科学技术局", "宝鸡市科学技术局"]]
    assert _rows(db, "SELECT count(*) FROM articles") == [(5,)]


def test_crash_leaves_last_good_database(
    fresh_seeds_db: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    before = _sha(fresh_seeds_db)
    src = tmp_path / "new"
    src.mkdir()
    (src / "a.txt").write_text("5月1日,湖南省科协与长沙市人民政府签署合作协议。", encoding="utf-8")

    def boom(_raw: object, **_kw: object) -> None:
        raise KeyboardInterrupt

    monkeypatch.setattr(build_mod, "process_or_reject", boom)
    with pytest.raises(KeyboardInterrupt):
        build([str(src)], fresh_seeds_db, workers=1)
    assert _sha(fresh_seeds_db) == before
    assert [p.name for p in fresh_seeds_db.parent.iterdir() if ".new-" in p.name] == []


def test_bad_input_is_recorded_and_the_rest_loads(tmp_path: Path) -> None:
    src = tmp_path / "in"
    src.mkdir()
    (src / "empty.txt").write_bytes(b"")
    (src / "binary.txt").write_bytes(bytes(range(256)) * 40)
    (src / "good.txt").write_text(
        "时间:2024-05-02\n5月1日,湖南省科协与长沙市人民政府签署合作协议。", encoding="utf-8"
    )
    lines = [
        json.dumps(
            {
                "id": "j1",
                "text": "4月2日,江西省科协与南昌市人民政府签署合作协议。",
                "date": "2024-04-03",
            },
            ensure_ascii=False,
        ),
        "{not json",
    ]
    (src / "dump.jsonl.gz").write_bytes(gzip.compress("\n".join(lines).encode("utf-8")))
    db = tmp_path / "t.duckdb"
    summary = build([str(src)], db, workers=1)
    reasons = dict(_rows(db, "SELECT split_part(path, '/', -1), reason FROM rejects"))
    assert reasons["empty.txt"] == "empty"
    assert reasons["binary.txt"] in ("binary", "undecodable")
    assert any(r == "bad_json" for r in reasons.values())
    assert summary.added == 2
    parties = {a["parties"][1] for r in export_jsonl(db).values() for a in r["agreements"]}
    assert parties == {"长沙市人民政府", "南昌市人民政府"}


@pytest.mark.parametrize("slice_per_worker", [64, 2])
def test_two_workers_export_the_same_bytes(tmp_path: Path, monkeypatch: pytest.MonkeyPatch,
                                           slice_per_worker: int) -> None:
    """Same bytes with a pool, also when the input is fed to it in many small slices."""
    monkeypatch.setattr(build_mod, "SLICE_PER_WORKER", slice_per_worker)
    corpus = ROOT / "tests" / "fixtures" / "corpus"
    one, two = tmp_path / "one.duckdb", tmp_path / "two.duckdb"
    build([str(corpus)], one, workers=1)
    build([str(corpus)], two, workers=2)
    assert json.dumps(export_jsonl(one), ensure_ascii=False) == json.dumps(
        export_jsonl(two), ensure_ascii=False
    )


def _cli(*args: str, env: dict | None = None) -> subprocess.CompletedProcess:
    return subprocess.run(
        [sys.executable, "-m", "etl", *args],
        cwd=ROOT,
        capture_output=True,
        text=True,
        env={**os.environ, **(env or {})},
        timeout=300,
    )


def test_cli_export_prints_the_contract(seeds_db: Path) -> None:
    out = _cli("export", "--db", str(seeds_db), "--format", "jsonl")
    assert out.returncode == 0, out.stderr
    lines = out.stdout.splitlines()
    assert len(lines) == 5
    assert all(CONTRACT_KEYS <= set(json.loads(line)) for line in lines)


def test_cli_respects_tracker_db_and_reports_missing_db(seeds_db: Path, tmp_path: Path) -> None:
    out = _cli(
        "export", "--format", "csv", "--table", "agreements", env={"TRACKER_DB": str(seeds_db)}
    )
    assert out.returncode == 0 and out.stdout.startswith("agreement_id,")
    assert len(out.stdout.strip().splitlines()) == 10
    missing = _cli("export", env={"TRACKER_DB": str(tmp_path / "none.duckdb")})
    assert missing.returncode == 3 and "python -m etl build" in missing.stderr


def test_cli_build_prints_summary(tmp_path: Path) -> None:
    out = _cli("build", str(SEEDS), "--db", str(tmp_path / "x.duckdb"), "--no-progress")
    assert out.returncode == 0, out.stderr
    assert "articles read 5, added 5, unchanged 0, rejected 0" in out.stdout
    assert "9 agreements" in out.stdout


def test_parquet_and_csv_files(seeds_db: Path, tmp_path: Path) -> None:
    pq = tmp_path / "a.parquet"
    assert (
        _cli("export", "--db", str(seeds_db), "--format", "parquet", "--out", str(pq)).returncode
        == 0
    )
    assert (
        _rows(seeds_db, "SELECT count(*) FROM agreements")[0][0]
        == duckdb.sql(f"SELECT count(*) FROM '{pq}'").fetchall()[0][0]
    )
    csv = tmp_path / "a.csv"
    assert (
        _cli("export", "--db", str(seeds_db), "--format", "csv", "--out", str(csv)).returncode == 0
    )
    assert csv.read_bytes().startswith(b"\xef\xbb\xbfagreement_id,")


def test_one_signing_reported_by_two_articles_is_one_agreement(tmp_path: Path) -> None:
    src = tmp_path / "in"
    src.mkdir()
    (src / "a.txt").write_text(
        "时间:2024-05-11\n5月10日,云南省科协与大理白族自治州人民政府签署战略合作协议。",
        encoding="utf-8")
    (src / "b.txt").write_text(
        "日期:2024-05-13\n近日,云南省科协与大理州政府签署战略合作协议,双方将共建学会服务站。",
        encoding="utf-8")
    db = tmp_path / "t.duckdb"
    build([str(src)], db, workers=1)
    assert _rows(db, "SELECT date, date_precision, n_sources FROM agreements") == [
        ("2024-05-10", "day", 2)]
    assert sorted(_rows(db, "SELECT article_id FROM agreement_sources")) == [("a",), ("b",)]
    assert _rows(db, "SELECT name FROM agreement_parties ORDER BY position") == [
        ("云南省科学技术协会",), ("大理白族自治州人民政府",)]


def test_export_carries_clean_text_and_metadata(seeds_db: Path) -> None:
    rec = export_jsonl(seeds_db)["004_36e1ef958b85b3bc"]
    assert rec["published"] == "2022-09-07" and rec["source"] == "天山网-新疆日报"
    assert "自治区人民政府和中国科学技术协会通过线上方式签署全面战略合作协议" in rec["text"]
    assert "新疆生产建设兵团" not in rec["text"]  # the footer's link list is gone
    assert len(rec["content_hash"]) == 64
