"""Corrections: the store (compare-and-set, append-only audit, undo), the keys, and the builds'
last step (every kind of correction applied; kept through rebuilds; orphans listed)."""

from __future__ import annotations

import io
import json
import shutil
import sqlite3
import threading
from pathlib import Path

import pyarrow as pa
import pyarrow.parquet as pq
import pytest

from etl.corrections import model
from etl.corrections.apply import CorrectionIndex, correct_article
from etl.corrections.model import ConflictError, CorrectionError
from etl.storage import rows as etl_rows
from etl.storage.build import build
from etl.storage.correction_store import CorrectionStore, Snapshot
from tests.conftest import SEEDS
from tests.review_support import FACTS_SQL, agreement_values, event_ref_of, one, queue, rows

A000 = "000_50788d440d7a5e4f"
A001 = "001_e6fc108c1c94524c"
A002 = "002_90fe0a10174e644c"
A003 = "003_cb2fc8efebc5752f"


@pytest.fixture(autouse=True)
def _no_configured_store(monkeypatch: pytest.MonkeyPatch) -> None:
    """Each test's store is the one beside its database."""
    monkeypatch.delenv("TRACKER_CORRECTIONS", raising=False)


@pytest.fixture()
def seeds_copy(tmp_path: Path) -> Path:
    src = tmp_path / "in"
    shutil.copytree(SEEDS, src)
    return src


# --------------------------------------------------------------------------- keys


def _python_keys(db: Path) -> list[str]:
    """The keys etl.corrections.apply gives the staged rows (no correction applied)."""
    from etl.corrections.apply import CorrectionIndex, correct_article

    parties: dict[tuple[str, int], list[dict]] = {}
    for art, seq, name in rows(db, "SELECT article_id, seq, name FROM stg_agreement_parties "
                                   "ORDER BY 1, 2, position"):
        parties.setdefault((art, seq), []).append({"name": name, "mention": name, "kind": "other",
                                                   "level": "other", "adcode": None})
    agreements: dict[str, list[dict]] = {}
    for art, seq, s, e in rows(db, "SELECT article_id, seq, span_start, span_end "
                                   "FROM stg_agreements ORDER BY 1, 2"):
        agreements.setdefault(art, []).append({
            "article_id": art, "seq": seq, "agreement_id": "x", "span_start": s, "span_end": e,
            "parties": parties[(art, seq)], "date": None, "date_precision": "unknown",
            "model": "其他", "is_new_signing": True, "background": False})
    initiatives: dict[str, list[dict]] = {}
    for art, seq, s, e, n in rows(db, "SELECT article_id, seq, span_start, span_end, name "
                                      "FROM stg_initiatives ORDER BY 1, 2"):
        initiatives.setdefault(art, []).append({"article_id": art, "seq": seq, "span_start": s,
                                                "span_end": e, "name": n})
    keys = []
    for art in sorted(set(agreements) | set(initiatives)):
        review = correct_article(art, agreements.get(art, []), initiatives.get(art, []),
                                 CorrectionIndex(), clean_text="")
        keys += [r["item_key"] for r in review.agreements + review.initiatives]
    return keys


def test_row_keys_in_sql_equal_the_python_keys(seeds_db: Path, corpus_db: Path) -> None:
    for db in (seeds_db, corpus_db):
        expected = _python_keys(db)
        got = [r[0] for r in rows(db, "SELECT item_key FROM mart_review_queue")]
        assert sorted(got) == sorted(expected) and len(set(got)) == len(got)
        # every staged row is in the queue once (the seeds: 9 agreements, some 40 programmes)
        assert len(got) == rows(db, "SELECT (SELECT count(*) FROM stg_agreements) "
                                    "+ (SELECT count(*) FROM stg_initiatives)")[0][0] > 40
    # d001: 第一轮全面战略合作协议签于2012年12月，此后双方又分别在2015年6月和2018年3月续签 (three
    # signings, one sentence, the same parties): the second and third rows are numbered
    numbered = [k for k in expected if k.startswith("agreement:d001@") and k.endswith("~2")]
    assert numbered and all(k[:-2] in expected for k in numbered)


def test_rows_sharing_a_sentence_and_parties_are_corrected_one_by_one(corpus_db: Path,
                                                                       tmp_path: Path) -> None:
    import duckdb

    from etl.storage import load

    db = tmp_path / "tracker.duckdb"
    shutil.copy2(corpus_db, db)
    second = one(db, "article_id = 'd001' AND item_key LIKE '%~2'")
    siblings = "article_id = 'd001' AND span_start = ? AND item = 'agreement'"
    store = CorrectionStore(tmp_path / "corrections.sqlite")
    store.save(model.row_change("agreement", second, "reject", reason="duplicate"),
               expected_version=0, reviewer="alice")
    con = duckdb.connect(str(db))
    try:
        load.rebuild_facts(con)
    finally:
        con.close()
    status = {r["item_key"]: r["status"] for r in queue(db, siblings, [second["span_start"]])}
    assert status[second["item_key"]] == "rejected"
    assert sorted(status.values()) == ["rejected"] + ["unreviewed"] * (len(status) - 1)
    assert len(status) >= 2


def test_event_and_initiative_ids_are_the_etl_keys(seeds_db: Path) -> None:
    parties: dict[tuple[str, int], list[str]] = {}
    for art, seq, name in rows(seeds_db, "SELECT article_id, seq, name FROM "
                                         "stg_agreement_parties"):
        parties.setdefault((art, seq), []).append(name)
    for art, seq, date, agreement_id in rows(seeds_db, "SELECT article_id, seq, date, "
                                                       "agreement_id FROM stg_agreements"):
        assert model.event_id(parties[(art, seq)], date) == agreement_id
    for name, region, initiative_id in rows(seeds_db, "SELECT name, region, initiative_id "
                                                      "FROM stg_initiatives"):
        assert model.initiative_id(name, region) == initiative_id == etl_rows.initiative_key(
            name, region)


def test_sentences_are_spans_of_the_text() -> None:
    """The sentences a reviewer picks evidence from are the extraction's own, trimmed."""
    text = "近日，甲与乙签约。双方表示！\n\n  第三句；第四句\n余下 "
    spans = model.sentences(text)
    assert [text[s:e] for s, e in spans] == ["近日，甲与乙签约。", "双方表示！", "第三句；",
                                            "第四句", "余下"]


def test_row_keys_parse_without_patterns() -> None:
    key = model.agreement_row_key("a@b_1", 3, 17, ["乙", "甲"])
    assert key == "agreement:a@b_1@3-17#乙|甲"
    assert model.article_of_key(key) == "a@b_1" and not model.is_added_key(key)
    added = model.added_row_key("initiative", "x", 0, 5)
    assert model.article_of_key(added) == "x" and model.is_added_key(added)
    for other in ("event:merge:2021#甲|乙", "article:x", "agreement:x@3-a#甲", "agreement:@1-2#甲",
                  "agreement:x@1-2"):
        assert model.article_of_key(other) is None and not model.is_added_key(other)
    assert model.is_date_text("2021-06-01") and model.is_date_text("2021")
    assert not any(model.is_date_text(d) for d in ("21-06", "2021-6", "２０２１", "2021-06-01-01"))
    assert model.calendar_date("2021-02-29") is None
    assert model.calendar_date("2024-02") == __import__("datetime").date(2024, 2, 1)


# --------------------------------------------------------------------------- store


def _accept(db: Path, art: str = A000) -> model.Correction:
    row = queue(db, "item = 'agreement' AND article_id = ?", [art])[0]
    return model.row_change("agreement", row, "accept")


def test_save_is_compare_and_set(seeds_db: Path, tmp_path: Path) -> None:
    store = CorrectionStore(tmp_path / "c.sqlite")
    change = _accept(seeds_db)
    saved = store.save(change, expected_version=0, reviewer="alice")
    assert saved.version == 1 and store.get(change.key).updated_by == "alice"
    with pytest.raises(ConflictError) as err:  # bob read version 0 too
        store.save(change, expected_version=0, reviewer="bob")
    assert err.value.current.updated_by == "alice" and "alice" in str(err.value)
    assert store.save(change, expected_version=1, reviewer="bob").version == 2
    assert [e.reviewer for e in store.history(change.key)] == ["bob", "alice"]


def test_audit_log_is_append_only_and_undo_is_a_new_entry(seeds_db: Path,
                                                          tmp_path: Path) -> None:
    store = CorrectionStore(tmp_path / "c.sqlite")
    row = one(seeds_db, "item = 'initiative' AND machine_name = '5+N创新平台体系'")
    reject = model.row_change("initiative", row, "reject", reason="not_programme")
    store.save(reject, expected_version=0, reviewer="alice")
    undone = store.undo(reject.key, expected_version=1, reviewer="bob", note="mis-click")
    assert undone.action == "none" and undone.version == 2
    assert store.snapshot().corrections == ()
    log = store.history(reject.key)
    assert [(e.action, e.reviewer) for e in log] == [("undo", "bob"), ("reject", "alice")]
    assert log[0].old["action"] == "reject" and log[0].new["action"] == "none"
    assert log[1].old is None and log[1].reason == "not_programme"
    con = sqlite3.connect(store.path)
    for sql in ("UPDATE audit_log SET reviewer = 'x'", "DELETE FROM audit_log",
                "DELETE FROM corrections"):
        with pytest.raises(sqlite3.IntegrityError, match=r"never deleted|append-only"):
            con.execute(sql)
    con.close()
    assert len(store.history()) == 2


def test_invalid_changes_are_refused_with_a_reason(seeds_db: Path, tmp_path: Path) -> None:
    store = CorrectionStore(tmp_path / "c.sqlite")
    row = one(seeds_db, "item = 'agreement' AND article_id = ?", [A003])
    bad = [
        (model.row_change("agreement", row, "reject", reason="because"), "reject reason"),
        (model.row_change("agreement", row, "reject", reason="other"), "note"),
        (model.row_change("agreement", row, "edit", values=agreement_values(
            row, date="2021-13-01", date_precision="day")), "calendar date"),
        (model.row_change("agreement", row, "edit", values=agreement_values(
            row, date="2021-03", date_precision="day")), "precision"),
        (model.row_change("agreement", row, "edit", values=agreement_values(
            row, parties=["西安市科学技术局"])), "two parties"),
        (model.row_change("agreement", row, "edit", values=agreement_values(
            row, model="友好合作")), "model"),
    ]
    for change, why in bad:
        with pytest.raises(CorrectionError, match=why):
            store.save(change, expected_version=0, reviewer="alice")
    assert store.history() == []


def test_concurrent_writers_lose_no_update(seeds_db: Path, tmp_path: Path) -> None:
    """Eight writers append their name to one key's note by read-modify-write with retries:
    every name arrives, and the audit log holds one entry per successful save."""
    store = CorrectionStore(tmp_path / "c.sqlite")
    base = _accept(seeds_db)
    store.save(base, expected_version=0, reviewer="setup")
    conflicts = []

    def writer(name: str) -> None:
        while True:
            cur = store.get(base.key)
            assert cur is not None
            note = ((cur.note or "") + f" {name}").strip()
            change = model.Correction(**{**base.__dict__, "note": note})
            try:
                store.save(change, expected_version=cur.version, reviewer=name)
                return
            except ConflictError:
                conflicts.append(name)

    names = [f"w{i}" for i in range(8)]
    threads = [threading.Thread(target=writer, args=(n,)) for n in names]
    for t in threads:
        t.start()
    for t in threads:
        t.join()
    final = store.get(base.key)
    assert final is not None and sorted(final.note.split()) == names
    assert final.version == 1 + len(names) == len(store.history(base.key))


def test_export_import_moves_corrections_between_stores(seeds_db: Path, tmp_path: Path) -> None:
    a = CorrectionStore(tmp_path / "a.sqlite")
    change = _accept(seeds_db)
    a.save(change, expected_version=0, reviewer="alice")
    row = one(seeds_db, "item = 'initiative' AND machine_name = '5+N创新平台体系'")
    a.save(model.row_change("initiative", row, "reject", reason="not_programme"),
           expected_version=0, reviewer="alice")
    buf = io.StringIO()
    assert a.export_jsonl(buf) == 2
    lines = buf.getvalue().splitlines()
    assert all(json.loads(ln)["history"][0]["reviewer"] == "alice" for ln in lines)
    b = CorrectionStore(tmp_path / "b.sqlite")
    result = b.import_jsonl(lines, reviewer="cli:test", source="import:a.jsonl")
    assert (result.added, result.updated, result.skipped) == (2, 0, [])
    assert {c.key for c in b.snapshot().corrections} == {c.key for c in a.snapshot().corrections}
    assert all("alice" in e.source for e in b.history())
    again = b.import_jsonl(lines, reviewer="cli:test", source="import:a.jsonl")
    assert (again.added, again.unchanged) == (0, 2)
    assert b.import_jsonl(["{not json"], reviewer="x", source="s").skipped


def test_the_corrections_commands(fresh_seeds_db: Path, tmp_path: Path,
                                  capsys: pytest.CaptureFixture[str],
                                  monkeypatch: pytest.MonkeyPatch) -> None:
    """`python -m etl corrections ...` as an analyst runs it: apply is a build (it waits for a
    running one, or with --no-wait stops with exit code 75 and changes nothing), orphans and
    log print what the database and the store hold, export/import round-trip."""
    from etl import cli
    from etl.storage.builds import build_lock

    db = fresh_seeds_db
    store = CorrectionStore(db.with_name("corrections.sqlite"))
    change = store.save(_accept(db), expected_version=0, reviewer="alice")
    before = db.read_bytes()
    held, release = threading.Event(), threading.Event()

    def other_build() -> None:
        with build_lock(db, wait_s=0):
            held.set()
            release.wait(30)

    holder = threading.Thread(target=other_build)
    holder.start()
    try:
        assert held.wait(10)
        assert cli.main(["corrections", "apply", "--db", str(db), "--no-wait"]) == 75
    finally:
        release.set()
        holder.join(10)
    err = [ln for ln in capsys.readouterr().err.splitlines() if "streamlit" not in ln]
    assert len(err) == 1 and err[0].startswith("error: another build (pid")
    assert "--no-wait" in err[0]
    assert db.read_bytes() == before
    assert one(db, "item_key = ?", [change.key])["status"] == "unreviewed"

    assert cli.main(["corrections", "apply", "--db", str(db)]) == 0
    out = capsys.readouterr().out
    assert "corrections: 1, applied: 1, orphaned: 0 (store position 1)" in out
    assert one(db, "item_key = ?", [change.key])["status"] == "accepted"
    assert cli.main(["corrections", "log", "--db", str(db)]) == 0
    log = capsys.readouterr().out.splitlines()
    assert len(log) == 1 and log[0].split("\t")[2:6] == ["alice", "accept", "v1", change.key]
    backup = tmp_path / "backup.jsonl"
    assert cli.main(["corrections", "export", str(backup), "--db", str(db)]) == 0
    other = tmp_path / "other" / "tracker.duckdb"
    other.parent.mkdir()
    assert cli.main(["corrections", "import", str(backup), "--db", str(other),
                     "--reviewer", "carol"]) == 0
    assert "1 added, 0 updated, 0 unchanged, 0 skipped" in capsys.readouterr().out
    moved = CorrectionStore(other.with_name("corrections.sqlite"))
    assert moved.get(change.key).action == "accept"
    assert cli.main(["rejects", "--db", str(db)]) == 0  # rejects reads no export option
    assert cli.main(["corrections", "orphans", "--db", str(db)]) == 0
    assert capsys.readouterr().out.splitlines()[-1].startswith("corrections: 1, applied: 1")


# --------------------------------------------------------------------------- applied by builds


def _corrections_of_every_kind(db: Path, store: CorrectionStore) -> dict[str, str]:
    """Accept, edit, reject, add, merge, split and complete: saved as a reviewer would."""
    keys = {}
    xinyang = one(db, "item = 'agreement' AND array_to_string(parties, '|') LIKE '%信阳%'")
    keys["accept"] = store.save(model.row_change("agreement", xinyang, "accept"),
                                expected_version=0, reviewer="alice").key
    xian = one(db, "item = 'agreement' AND article_id = ?", [A003])
    keys["edit"] = store.save(model.row_change("agreement", xian, "edit", values=agreement_values(
        xian, date="2021-06", date_precision="month", type="科技合作协议", signing="new")),
        expected_version=0, reviewer="alice").key
    extra = one(db, "item = 'initiative' AND machine_name = '5·30全国科技工作者日'")
    keys["reject"] = store.save(model.row_change("initiative", extra, "reject",
                                                 reason="not_programme"),
                                expected_version=0, reviewer="bob").key
    text = rows(db, "SELECT clean_text FROM articles WHERE article_id = ?", [A003])[0][0]
    span = next(s for s in model.sentences(text) if "科技大市场分中心" in text[s[0]:s[1]])
    keys["add"] = store.save(model.added_change(
        "initiative", A003, span, text[span[0]:span[1]],
        {"name": "西安科技大市场商洛分中心", "family": "科创", "kind": "platform",
         "region": "商洛市", "region_adcode": "611000"}), expected_version=0,
        reviewer="bob").key
    hebi = one(db, "item = 'agreement' AND array_to_string(parties, '|') LIKE '%鹤壁%'")
    zhoukou = one(db, "item = 'agreement' AND array_to_string(parties, '|') LIKE '%周口%'")
    into_parties = [model.resolve_party(n) for n in zhoukou["parties"]]
    keys["merge"] = store.save(model.merge_change(event_ref_of(hebi), event_ref_of(zhoukou),
                                                  into_parties),
                               expected_version=0, reviewer="alice").key
    xinxiang = one(db, "item = 'agreement' AND array_to_string(parties, '|') LIKE '%新乡%'")
    keys["split"] = store.save(model.split_change(event_ref_of(xinxiang),
                                                  [xinxiang["item_key"]]),
                               expected_version=0, reviewer="alice").key
    keys["complete"] = store.save(model.complete_change(A001), expected_version=0,
                                  reviewer="alice").key
    return keys


def _check_applied(db: Path, keys: dict[str, str]) -> None:
    q = {r["item_key"]: r for r in queue(db)}
    assert q[keys["accept"]]["status"] == "accepted"
    assert q[keys["accept"]]["reviewed_by"] == "alice"
    edited = q[keys["edit"]]
    assert (edited["status"], edited["date"], edited["type"], edited["signing"]) == (
        "edited", "2021-06", "科技合作协议", "new")
    assert (edited["machine_date"], edited["machine_date_precision"]) == ("2021", "approx")
    assert q[keys["reject"]]["status"] == "rejected"
    assert q[keys["add"]]["status"] == "added" and q[keys["add"]]["machine_name"] is None
    # facts and marts show the corrected data
    assert rows(db, "SELECT count(*) FROM agreements") == [(8,)]  # 鹤壁 merged into 周口
    assert rows(db, "SELECT date, date_precision, type FROM agreements a JOIN agreement_sources "
                    "s USING (agreement_id) WHERE s.article_id = ?", [A003]) == [
        ("2021-06", "month", "科技合作协议")]
    names = {r[0] for r in rows(db, "SELECT name FROM mart_initiative_mentions WHERE article_id IN "
                                    "(?, ?)", [A002, A003])}
    assert "5·30全国科技工作者日" not in names and "西安科技大市场商洛分中心" in names
    assert rows(db, "SELECT region FROM mart_initiative_mentions WHERE name = "
                    "'西安科技大市场商洛分中心'") == [("商洛市",)]
    merged = rows(db, "SELECT n_sources, parties FROM mart_agreements WHERE parties LIKE '%周口%'")
    assert merged == [(2, "河南省科学技术协会、周口市人民政府")]
    xinxiang = q[next(k for k, r in q.items() if "新乡市人民政府" in (r["parties"] or []))]
    assert xinxiang["status"] == "split"
    assert xinxiang["agreement_id"] == model.split_event_id(
        model.event_ref(xinxiang["parties"], xinxiang["date"]), keys["split"])
    mart = rows(db, "SELECT review_status, review_mark, reviewed_by, machine_date, machine_type "
                    "FROM mart_agreements WHERE list_contains(party_names, '商洛市科学技术局')")
    assert mart == [("edited", "✎", "alice", "2021", "科技交流合作协议")]
    assert rows(db, "SELECT reviewed, review_complete, n_initiatives FROM mart_article_list "
                    "WHERE article_id IN (?, ?) ORDER BY article_id", [A001, A002]) == [
        (True, True, 3), (True, False, 17)]
    assert rows(db, "SELECT count(*) FROM mart_review_orphans") == [(0,)]
    assert rows(db, "SELECT corrections, applied, orphaned FROM mart_review_applied") == [
        (7, 7, 0)]


def test_every_kind_of_correction_is_applied_and_survives_rebuilds(seeds_copy: Path,
                                                                     tmp_path: Path) -> None:
    db = tmp_path / "tracker.duckdb"
    build([str(seeds_copy)], db, workers=1)
    before = rows(db, FACTS_SQL)
    store = CorrectionStore(tmp_path / "corrections.sqlite")
    keys = _corrections_of_every_kind(db, store)
    assert rows(db, FACTS_SQL) == before  # saving never touches the database

    summary = build([str(seeds_copy)], db, workers=1)  # same inputs: nothing new, applied
    assert (summary.added, summary.unchanged) == (0, 5)
    _check_applied(db, keys)
    from tests.test_contracts import QUERIES  # the corrected facts keep every column rule

    assert {name: n for name, sql in QUERIES if (n := rows(db, sql)[0][0])} == {}
    corrected = rows(db, FACTS_SQL)
    assert rows(db, "SELECT count(*) FROM stg_initiatives WHERE name = '西安科技大市场商洛分中心'"
                ) == [(0,)]  # the staged rows stay the machine's output

    db.unlink()  # a full rebuild from the same inputs
    build([str(seeds_copy)], db, workers=2)
    _check_applied(db, keys)
    assert rows(db, FACTS_SQL) == corrected

    # the article with the rejected programme changes: the correction is kept and listed
    (seeds_copy / f"{A002}.txt").write_text(
        "2023年5月1日，漯河市科协与郾城区人民政府签署合作协议。", encoding="utf-8")
    build([str(seeds_copy)], db, workers=1)
    orphans = rows(db, "SELECT key, why FROM mart_review_orphans")
    assert [k for k, _ in orphans] == [keys["reject"]]
    assert "no longer extracted" in orphans[0][1]
    assert store.get(keys["reject"]).action == "reject"
    assert rows(db, "SELECT corrections, applied, orphaned FROM mart_review_applied") == [
        (7, 6, 1)]


def test_spark_load_applies_the_corrections(seeds_copy: Path, tmp_path: Path,
                                            monkeypatch: pytest.MonkeyPatch) -> None:
    """load-parquet (the Spark runner's loader) ends with the same step as a local build."""
    from etl.spark_job import process_units, units
    from etl.storage.parquet_load import load_parquet

    local = tmp_path / "local" / "tracker.duckdb"
    local.parent.mkdir()
    build([str(seeds_copy)], local, workers=1)
    store = CorrectionStore(tmp_path / "corrections.sqlite")
    keys = _corrections_of_every_kind(local, store)
    monkeypatch.setenv("TRACKER_CORRECTIONS", str(store.path))
    build([str(seeds_copy)], local, workers=1)

    out = tmp_path / "parquet"
    from datetime import datetime
    work = [u for p in sorted(seeds_copy.iterdir()) for u in units(str(p), p.read_bytes())]
    by_table: dict[str, list[tuple]] = {}
    for table, row in process_units(work, datetime(2024, 1, 1)):
        by_table.setdefault(table, []).append(row)
    for table in etl_rows.ROW_TABLES:
        cols = list(etl_rows.SCHEMA[table]) + ([] if table in ("articles", "rejects")
                                                 else [etl_rows.PATH_COLUMN])
        (out / table).mkdir(parents=True)
        data = by_table.get(table, [])
        pq.write_table(pa.table({c: [r[i] for r in data] for i, c in enumerate(cols)}),
                       out / table / "part-0.parquet")
    spark_db = tmp_path / "spark" / "tracker.duckdb"
    load_parquet(out, spark_db)
    _check_applied(spark_db, keys)
    assert rows(spark_db, FACTS_SQL) == rows(local, FACTS_SQL)


def test_pure_apply_orphans_a_row_whose_article_is_gone() -> None:
    change = model.complete_change("gone")
    idx = CorrectionIndex.of([model.with_stamp(change, version=1, by="a", at="2024")])
    review = correct_article("gone", [], [], idx, clean_text=None)
    assert review.matched == set()


def test_a_correction_saved_while_a_build_runs_is_not_lost(seeds_copy: Path, tmp_path: Path,
                                                           monkeypatch: pytest.MonkeyPatch
                                                           ) -> None:
    """The build reads one snapshot of the store; a save made meanwhile stays in the store,
    the database says it is not applied yet, and the next build applies it."""
    db = tmp_path / "tracker.duckdb"
    build([str(seeds_copy)], db, workers=1)
    store = CorrectionStore(tmp_path / "corrections.sqlite")
    store.save(_accept(db), expected_version=0, reviewer="alice")
    late = model.row_change("initiative", one(db, "machine_name = '5+N创新平台体系'"), "reject",
                            reason="not_programme")
    snapshot = CorrectionStore.snapshot

    def saving_right_after(self: CorrectionStore) -> Snapshot:
        snap = snapshot(self)  # the build's snapshot, then a reviewer saves
        if self.get(late.key) is None:
            store.save(late, expected_version=0, reviewer="bob")
        return snap

    monkeypatch.setattr(CorrectionStore, "snapshot", saving_right_after)
    build([str(seeds_copy)], db, workers=1)
    monkeypatch.setattr(CorrectionStore, "snapshot", snapshot)
    assert store.get(late.key).action == "reject"
    applied_seq = rows(db, "SELECT store_seq FROM mart_review_applied")[0][0]
    assert applied_seq == 1 < store.max_seq() == 2
    assert one(db, "item_key = ?", [late.key])["status"] == "unreviewed"
    build([str(seeds_copy)], db, workers=1)
    assert one(db, "item_key = ?", [late.key])["status"] == "rejected"
    assert rows(db, "SELECT store_seq FROM mart_review_applied") == [(2,)]
