"""Time linear in the text length, on the text that made it quadratic: a signing sentence repeated
without a full stop (issue 14: 40 KB 0.7 s, 320 KB 45.8 s, 3 MB not done in 600 s).

The safety net is the sentence-length cap of the cleaning stage (etl.cleaning.clean): no line of
clean text is longer than TRACKER_MAX_SENTENCE_CHARS, so the extraction's per-sentence scans stay
bounded. The timing test compares the CPU time per KB of a 10 KB and a 1 MB article (CPU, not
wall-clock time, and a generous ratio: it holds on a loaded machine; the quadratic code was 100x
over it) and runs the 1 MB article in a child process with a deadline, so that the quadratic code
fails instead of hanging the suite.
"""

from __future__ import annotations

import multiprocessing as mp
import time
from pathlib import Path

import pytest
from hypothesis import given
from hypothesis import settings as hsettings
from hypothesis import strategies as st

from etl.cleaning.clean import MAX_SENTENCE_CHARS, bounded_pieces, clean_document
from etl.pipeline import process_document, warm_up
from etl.reading.formats import read_text
from etl.records import RawDocument
from etl.storage.build import build
from tests.conftest import export_jsonl

SIGNING = "2023年8月8日，河南省科协与信阳市人民政府签署“会市合作”协议，"
SHAPES = {
    # the probe's text: one signing sentence repeated, commas but no full stop
    "no_full_stop": SIGNING,
    # no punctuation at all, not even a space: every cut is a hard one
    "no_punctuation": SIGNING.replace("，", "").replace("“", "").replace("”", ""),
}
RATIO = 4.0  # most a 1 MB article may cost per KB, as a multiple of a 10 KB one's
SMALL_KB, BIG_KB = 10, 1024


def _text(unit: str, kb: int) -> str:
    n = kb * 1024 // 3  # Han characters are 3 bytes in UTF-8
    return (unit * (n // len(unit) + 1))[:n]


def _cpu_seconds(unit: str, kb: int) -> float:
    """CPU seconds to read and process one article of `kb` KB, from its bytes."""
    data = _text(unit, kb).encode("utf-8")
    start = time.process_time()
    process_document(read_text(data, path="x.txt", doc_id="x"))
    return time.process_time() - start


def _child(unit: str, kb: int, conn) -> None:  # runs in a forked process
    conn.send(_cpu_seconds(unit, kb))
    conn.close()


@pytest.mark.slow
@pytest.mark.parametrize("shape", SHAPES)
def test_time_per_kb_is_flat_from_10_kb_to_1_mb(shape: str) -> None:
    unit = SHAPES[shape]
    warm_up()
    small = min(_cpu_seconds(unit, SMALL_KB) for _ in range(3)) / SMALL_KB
    budget = RATIO * small * BIG_KB
    ctx = mp.get_context("fork")
    parent, child = ctx.Pipe(duplex=False)
    proc = ctx.Process(target=_child, args=(unit, BIG_KB, child))
    proc.start()
    child.close()
    try:
        # wall-clock deadline well past the CPU budget: the quadratic code ran for minutes
        if not parent.poll(budget * 3 + 30):
            pytest.fail(f"a {BIG_KB} KB article took over {budget * 3 + 30:.0f} s "
                        f"({small * 1000:.2f} ms/KB at {SMALL_KB} KB): not linear")
        big = parent.recv() / BIG_KB
    finally:
        proc.kill()
        proc.join()
    print(f"{shape}: {small * 1000:.2f} ms/KB at {SMALL_KB} KB, {big * 1000:.2f} at {BIG_KB} KB")
    assert big <= RATIO * small, (
        f"{big * 1000:.2f} ms/KB at {BIG_KB} KB vs {small * 1000:.2f} at {SMALL_KB} KB")


# ------------------------------------------------------------------------------ the cap itself
@hsettings(max_examples=300, deadline=None)
@given(st.text(alphabet="河南省科协。，、 ab\t", max_size=300), st.integers(1, 40))
def test_pieces_cover_the_line_in_order_and_respect_the_limit(text: str, limit: int) -> None:
    spans = bounded_pieces(text, limit)
    assert "".join(text[a:b] for a, b in spans) == text
    assert all(a < b for a, b in spans) or spans == [(0, 0)]
    assert all(b - a <= limit for a, b in spans)
    assert [a for a, _ in spans[1:]] == [b for _, b in spans[:-1]]


def test_pieces_end_at_a_sentence_end_then_a_clause_break_then_anywhere() -> None:
    text = "甲乙丙。丁戊，己庚辛壬癸子丑寅卯"
    assert [text[a:b] for a, b in bounded_pieces(text, 6)] == [
        "甲乙丙。", "丁戊，", "己庚辛壬癸子", "丑寅卯"]
    assert bounded_pieces(text, len(text)) == [(0, len(text))]


def test_a_normal_line_is_never_broken() -> None:
    line = "8月8日，河南省科协与信阳市人民政府签署合作协议。" * 60  # 1,500 characters
    assert len(line) < MAX_SENTENCE_CHARS
    doc = clean_document(RawDocument("a", "a", "txt", line, ""))
    assert doc.text == line


@hsettings(max_examples=50, deadline=None)
@given(st.integers(5, 200), st.integers(1, 30))
def test_broken_lines_keep_the_offset_map(limit: int, repeats: int) -> None:
    original = "标题\n" + SIGNING * repeats + "\n（完）"
    doc = clean_document(RawDocument("a", "a", "txt", original, ""), max_sentence_chars=limit)
    assert max(map(len, doc.text.split("\n"))) <= limit
    assert len(doc.offsets) == len(doc.text)
    for i, ch in enumerate(doc.text):  # every character but an inserted break maps to itself
        if ch != "\n":
            assert original[doc.offsets[i]] == ch
    unbroken = clean_document(RawDocument("a", "a", "txt", original, ""))
    assert [c for c in doc.text if c != "\n"] == [c for c in unbroken.text if c != "\n"]


def test_the_build_reads_the_cap_from_its_setting(tmp_path: Path,
                                                  monkeypatch: pytest.MonkeyPatch) -> None:
    src = tmp_path / "in"
    src.mkdir()
    (src / "long.txt").write_text("时间:2024-05-02\n" + "各地开展科普活动" * 20
                                  + "，5月1日湖南省科协与长沙市人民政府签署合作协议", "utf-8")
    monkeypatch.setenv("TRACKER_MAX_SENTENCE_CHARS", "60")
    build([str(src)], tmp_path / "t.duckdb", workers=1)
    rec = export_jsonl(tmp_path / "t.duckdb")["long"]
    assert max(map(len, rec["text"].split("\n"))) <= 60
    assert [a["parties"] for a in rec["agreements"]] == [["湖南省科学技术协会", "长沙市人民政府"]]
