"""The 审核 Review page (AppTest) and who may write: reviewers, hashes, sign-in limits,
sessions, and two reviewers on one row."""

from __future__ import annotations

import shutil
import threading
import time
from pathlib import Path

import pytest
from streamlit.testing.v1 import AppTest

from dashboard_lib import review, review_actions, review_auth
from etl.corrections import model
from etl.corrections.reviewers import (
    ReviewerConfigError,
    add_reviewer,
    check_credentials,
    hash_password,
    parse_reviewers,
    verify_password,
)
from etl.storage.correction_store import CorrectionStore
from tests.dashboard_support import ROOT
from tests.review_support import one, rows

PASSWORDS = {"alice": "alice-long-password", "bob": "bob-long-password-2"}
HASHES = {name: hash_password(pw) for name, pw in PASSWORDS.items()}
REVIEWERS = ";".join(f"{n}:{h}" for n, h in HASHES.items())


@pytest.fixture()
def review_db(seeds_db: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    """A private copy of the seeds DB (its store beside it) that the dashboard reads."""
    db = tmp_path / "tracker.duckdb"
    shutil.copy2(seeds_db, db)
    monkeypatch.setenv("TRACKER_DB", str(db))
    monkeypatch.delenv("TRACKER_CORRECTIONS", raising=False)
    monkeypatch.delenv("TRACKER_REVIEWERS_FILE", raising=False)
    monkeypatch.delenv("TRACKER_REVIEWERS", raising=False)
    review_auth.GUARD._failures.clear()
    return db


def run_review(query: dict[str, str] | None = None) -> AppTest:
    at = AppTest.from_file(str(ROOT / "dashboard.py"), default_timeout=60)
    for k, v in (query or {}).items():
        at.query_params[k] = v
    at.run()
    at.switch_page("app_pages/review.py").run()
    assert not at.exception, [e.value for e in at.exception]
    return at


def sign_in(at: AppTest, name: str, password: str) -> AppTest:
    at.text_input(key="rv_signin_name").set_value(name)
    at.text_input(key="rv_signin_password").set_value(password)
    next(b for b in at.button if b.label == "登录 Sign in").click().run()
    assert not at.exception, [e.value for e in at.exception]
    return at


def keys(at: AppTest) -> set[str]:
    return {b.key for b in at.button if b.key}


WRITE_BUTTONS = {"rv_accept", "rv_reject", "rv_complete", "rv_merge", "rv_split", "rv_apply"}


# --------------------------------------------------------------------------- reviewers


def test_password_hashes_are_scrypt_and_verify() -> None:
    encoded = HASHES["alice"]
    assert encoded.startswith("scrypt$32768$8$1$") and PASSWORDS["alice"] not in encoded
    assert verify_password(PASSWORDS["alice"], encoded)
    assert not verify_password("alice-long-passwore", encoded)
    assert hash_password("same password!") != hash_password("same password!")  # salted


def test_reviewers_come_from_a_file_or_the_environment(tmp_path: Path) -> None:
    path = tmp_path / "reviewers.txt"
    add_reviewer(path, "carol", "carol-long-password")
    assert oct(path.stat().st_mode & 0o777) == "0o600"
    assert "carol-long-password" not in path.read_text()
    found = parse_reviewers(path.read_text(), str(path))
    assert check_credentials(found, "carol", "carol-long-password").name == "carol"
    assert check_credentials(found, "carol", "wrong") is None
    assert check_credentials(found, "mallory", "carol-long-password") is None
    assert set(parse_reviewers(REVIEWERS, "env")) == {"alice", "bob"}
    for bad in ("alice:plain-text-password", "no separator", "x y:scrypt$1$1$1$a$b",
                "alice:scrypt$1024$8$1$AAAA$AAAA"):
        with pytest.raises(ReviewerConfigError):
            parse_reviewers(bad, "env")
    with pytest.raises(ReviewerConfigError, match="10 characters"):
        add_reviewer(path, "dave", "short")


def test_failed_sign_ins_are_rate_limited(review_db: Path,
                                          monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("TRACKER_REVIEWERS", REVIEWERS)
    monkeypatch.setenv("TRACKER_REVIEW_MAX_FAILURES", "3")
    state: dict = {}
    for _ in range(3):
        with pytest.raises(review_auth.SignInError, match="Wrong name or password"):
            review_auth.sign_in(state, review_db, "alice", "guess", client="1.2.3.4")
    with pytest.raises(review_auth.SignInError, match="Too many failed"):  # even the right one
        review_auth.sign_in(state, review_db, "alice", PASSWORDS["alice"], client="5.6.7.8")
    with pytest.raises(review_auth.SignInError, match="Too many failed"):  # same client
        review_auth.sign_in(state, review_db, "bob", PASSWORDS["bob"], client="1.2.3.4")
    assert review_auth.current(state, review_db) is None
    review_auth.sign_in(state, review_db, "bob", PASSWORDS["bob"], client="9.9.9.9")
    assert review_auth.current(state, review_db).name == "bob"


def test_a_session_expires_and_ends_when_the_reviewer_is_removed(
        review_db: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("TRACKER_REVIEWERS", REVIEWERS)
    state: dict = {}
    session = review_auth.sign_in(state, review_db, "alice", PASSWORDS["alice"])
    assert session.expires_at - session.signed_in_at == pytest.approx(3600)
    state[review_auth.SESSION_KEY] = review_auth.ReviewerSession(
        "alice", session.fingerprint, time.time() - 7200, time.time() - 1)
    assert review_auth.current(state, review_db) is None and state["_review_expired"]
    review_auth.sign_in(state, review_db, "alice", PASSWORDS["alice"])
    monkeypatch.setenv("TRACKER_REVIEWERS", f"bob:{HASHES['bob']}")  # alice removed
    assert review_auth.current(state, review_db) is None
    with pytest.raises(review_auth.NotSignedIn):
        review.save(state, model.complete_change("000_50788d440d7a5e4f"), 0)
    assert not CorrectionStore(review_db.with_name("corrections.sqlite")).exists()


# --------------------------------------------------------------------------- the page


def test_without_reviewers_the_page_says_how_and_offers_no_write(review_db: Path) -> None:
    at = run_review({"scope": "全部"})  # every agreement, not only those a 科协 signed
    assert any("No reviewer is configured" in i.value for i in at.info)
    assert any("add-reviewer" in t.value for t in at.text)
    assert not keys(at) & WRITE_BUTTONS and not at.get("form")
    assert at.subheader[0].value.startswith("协议 Agreements · 1 / ")
    staged = rows(review_db, "SELECT (SELECT count(*) FROM stg_agreements) "
                            "+ (SELECT count(*) FROM stg_initiatives)")[0][0]
    assert staged > 40  # the seeds' rows
    assert any(d.value.shape[0] == staged for d in at.dataframe)  # the whole queue, read-only
    assert not review_db.with_name("corrections.sqlite").exists()


def test_the_import_page_does_not_show_the_reviewers_hashes(review_db: Path,
                                                           monkeypatch: pytest.MonkeyPatch
                                                           ) -> None:
    monkeypatch.setenv("TRACKER_REVIEWERS", REVIEWERS)
    at = AppTest.from_file(str(ROOT / "dashboard.py"), default_timeout=60)
    at.run()
    at.switch_page("app_pages/importer.py").run()
    assert not at.exception, [e.value for e in at.exception]
    table = next(d.value for d in at.dataframe if "variable" in d.value.columns)
    row = table[table["variable"] == "TRACKER_REVIEWERS"].iloc[0]
    assert row["value"] == "(set)"
    assert not any(HASHES["alice"] in str(v) for v in table.to_numpy().ravel())


def test_a_viewer_sees_the_queue_but_cannot_write(review_db: Path,
                                                  monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("TRACKER_REVIEWERS", REVIEWERS)
    at = run_review()
    assert not keys(at) & WRITE_BUTTONS
    at = sign_in(at, "alice", "not her password")
    assert any("Wrong name or password" in e.value for e in at.error)
    assert not keys(at) & WRITE_BUTTONS
    # the write functions themselves refuse a session state without a sign-in
    row = one(review_db, "item = 'agreement' AND article_id = '003_cb2fc8efebc5752f'")
    state: dict = {}
    review_actions.accept(state, row)
    assert state["rv_flash"][0] == "error" and "Sign in" in state["rv_flash"][1]
    assert not review_db.with_name("corrections.sqlite").exists()


def test_reviewer_accepts_rejects_edits_adds_and_applies(review_db: Path,
                                                         monkeypatch: pytest.MonkeyPatch
                                                         ) -> None:
    monkeypatch.setenv("TRACKER_REVIEWERS", REVIEWERS)
    at = sign_in(run_review(), "alice", PASSWORDS["alice"])
    assert WRITE_BUTTONS <= keys(at)
    first = at.subheader[0].value
    at.button(key="rv_accept").click().run()
    assert any("Accepted" in s.value for s in at.success)
    assert at.subheader[0].value != first  # moved on to the next item
    # reject the item now open, with a reason
    at.selectbox(key="rv_reason_agreement").set_value("intent_only")
    at.button(key="rv_reject").click().run()
    assert any("Rejected" in s.value for s in at.success)
    # the programmes queue, URL-bound: edit the family of the first one
    at = run_review({"rv_item": "项目"})
    at = sign_in(at, "alice", PASSWORDS["alice"])
    gen, edited_key = at.session_state["rv_open"]["gen"], at.session_state["rv_open"]["key"]
    at.selectbox(key=f"rv_e_family_{gen}").set_value("其他")
    at.text_input(key=f"rv_e_note_{gen}").set_value("checked against the source")
    next(b for b in at.button if b.label == "保存修改 Save edit").click().run()
    assert any("Edited" in s.value for s in at.success), [e.value for e in at.error]
    # add a programme from a sentence of the open article
    article = model.article_of_key(at.session_state["rv_open"]["key"])
    text = rows(review_db, "SELECT clean_text FROM articles WHERE article_id = ?",
                [article])[0][0]
    at.selectbox(key="rv_add_sentence").set_value(model.sentences(text)[1]).run()
    gen = at.session_state["rv_open"]["gen"]
    at.text_input(key=f"rv_ai_name_{gen}").set_value("测试新增项目")
    at.selectbox(key=f"rv_ai_family_{gen}").set_value("科普")
    next(b for b in at.button if b.label == "新增项目 Add the programme").click().run()
    assert any("Programme added" in s.value for s in at.success), [e.value for e in at.error]
    store = CorrectionStore(review_db.with_name("corrections.sqlite"))
    assert {c.action for c in store.snapshot().corrections} == {"accept", "reject", "edit",
                                                                 "add"}
    assert {e.reviewer for e in store.history()} == {"alice"}
    assert any("not yet applied: 4" in c.value for c in at.caption)
    at.button(key="rv_apply").click().run()
    assert any("not yet applied: 0" in c.value for c in at.caption)
    assert rows(review_db, "SELECT status FROM mart_review_queue WHERE item_key = ?",
                [edited_key]) == [("edited",)]
    assert rows(review_db, "SELECT count(*) FROM mart_initiative_mentions WHERE name = "
                           "'测试新增项目' AND review_status = 'added'") == [(1,)]
    # the mark and the filter on the other pages
    marks = set()
    for tab in ("协议 Agreements", "参与方 Parties", "项目 Programmes", "文章 Articles"):
        at = run_review({"reviewed": "已改", "tab": tab})  # the Explorer draws its open tab
        at.switch_page("app_pages/explorer.py").run()
        marks |= {m for d in at.dataframe if "review_mark" in d.value.columns
                  for m in d.value["review_mark"]}
    assert marks == {"✎"}


def test_two_reviewers_on_one_row_lose_no_update(review_db: Path,
                                                 monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("TRACKER_REVIEWERS", REVIEWERS)
    row = one(review_db, "item = 'agreement' AND article_id = '003_cb2fc8efebc5752f'")
    alice: dict = {}
    bob: dict = {}
    review_auth.sign_in(alice, review_db, "alice", PASSWORDS["alice"])
    review_auth.sign_in(bob, review_db, "bob", PASSWORDS["bob"])
    for state in (alice, bob):  # both open the row
        review_actions.open_item(state, row["item_key"], 0)
    review_actions.accept(alice, row)
    assert alice["rv_flash"][0] == "success"
    bob["rv_reason_agreement"] = "not_signing"
    review_actions.reject(bob, row)
    kind, message = bob["rv_flash"]
    assert kind == "warning" and "alice" in message and "Someone else changed this item" in message
    store = CorrectionStore(review_db.with_name("corrections.sqlite"))
    assert store.get(row["item_key"]).action == "accept"  # alice's change is kept
    review_actions.reject(bob, row)  # bob has seen it and decides again
    assert bob["rv_flash"][0] == "success"
    assert [(e.reviewer, e.action) for e in store.history(row["item_key"])] == [
        ("bob", "reject"), ("alice", "accept")]


def test_an_empty_database_says_so(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    import duckdb

    from etl.storage import load

    db = tmp_path / "tracker.duckdb"
    con = duckdb.connect(str(db))
    try:
        load.ensure_schema(con)
        load.rebuild_facts(con)
    finally:
        con.close()
    monkeypatch.setenv("TRACKER_DB", str(db))
    monkeypatch.setenv("TRACKER_REVIEWERS", REVIEWERS)
    at = run_review()
    assert any("holds no data yet" in i.value for i in at.info)
    assert not at.subheader


def test_apply_now_waits_for_a_running_build_and_never_writes_beside_it(
        review_db: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """Apply now is a build: while another build holds the database's lock it waits (the page
    says so), gives up after TRACKER_LOCK_WAIT_S with the database unchanged, and applies the
    store to the other build's result once that one is done."""
    from etl.storage.builds import build_lock

    monkeypatch.setenv("TRACKER_REVIEWERS", REVIEWERS)
    monkeypatch.setenv("TRACKER_LOCK_WAIT_S", "0.3")
    row = one(review_db, "item = 'agreement' AND article_id = '003_cb2fc8efebc5752f'")
    alice: dict = {}
    review_auth.sign_in(alice, review_db, "alice", PASSWORDS["alice"])
    review_actions.open_item(alice, row["item_key"], 0)
    review_actions.accept(alice, row)
    before = review_db.read_bytes()
    held, release = threading.Event(), threading.Event()

    def other_build() -> None:  # another build holding the lock (a thread: flock is per file)
        with build_lock(review_db, wait_s=0):
            held.set()
            release.wait(30)

    holder = threading.Thread(target=other_build)
    holder.start()
    try:
        assert held.wait(10)
        waits: list[str] = []
        review_actions.apply_now(alice, on_wait=waits.append)
        kind, message = alice["rv_flash"]
        assert kind == "error" and "the database is unchanged" in message, message
        assert "another build (pid" in message and "gave up" in message
        assert len(waits) == 1 and "waiting for it to finish" in waits[0]
        assert review_db.read_bytes() == before
        assert not list(review_db.parent.glob("tracker.duckdb.new-*"))
        monkeypatch.setenv("TRACKER_LOCK_WAIT_S", "60")
        threading.Timer(1.0, release.set).start()  # the other build ends a second later
        waits.clear()
        review_actions.apply_now(alice, on_wait=waits.append)
    finally:
        release.set()
        holder.join(10)
    assert alice["rv_flash"][0] == "success" and len(waits) == 1
    assert rows(review_db, "SELECT status, reviewed_by FROM mart_review_queue "
                           "WHERE item_key = ?", [row["item_key"]]) == [("accepted", "alice")]
