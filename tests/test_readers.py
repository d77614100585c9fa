"""Readers: formats, encodings, folders, and bad input that must become a Reject, never raise."""

from __future__ import annotations

import gzip
import hashlib
import shutil
from pathlib import Path

import pytest

from etl.reading.readers import iter_documents
from etl.records import RawDocument, Reject

HTML = Path(__file__).parent / "fixtures" / "html"
SEEDS = Path(__file__).parent.parent / "seeds"
P1 = "8月8日，河南省科协与信阳市政府签署全面战略合作协议"


def _one(path: Path, **kw) -> RawDocument | Reject:
    docs = list(iter_documents([path], **kw))
    assert len(docs) == 1, docs
    return docs[0]


# ---------------------------------------------------------------------------- encodings
@pytest.mark.parametrize(("name", "fmt", "encodings"), [
    ("gbk_page.html", "html", {"gb18030"}),  # declared <meta http-equiv charset=gbk>
    ("big5_page.html", "html", {"big5hkscs"}),  # declared <meta charset=big5>
    ("ruby_page.html", "html", {"utf-8"}),
    ("utf8_nometa.htm", "html", {"utf-8"}),
    ("gbk_article.txt", "txt", {"gb18030", "gbk", "gb2312"}),  # detected
    ("big5_article.txt", "txt", {"big5", "big5hkscs", "cp950"}),  # detected
    ("utf16_bom.txt", "txt", {"utf-16"}),  # BOM
])
def test_reads_each_encoding(name: str, fmt: str, encodings: set[str]) -> None:
    doc = _one(HTML / name)
    assert isinstance(doc, RawDocument)
    assert doc.fmt == fmt and doc.encoding in encodings
    assert doc.doc_id == Path(name).stem
    assert doc.raw_sha256 == hashlib.sha256((HTML / name).read_bytes()).hexdigest()
    assert "信阳市政府签署" in doc.text or "信陽市政府簽署" in doc.text


def test_html_main_text_without_chrome_and_with_info_line_in_front() -> None:
    doc = _one(HTML / "gbk_page.html")
    assert doc.title_hint == "河南省科协与信阳市政府签署全面战略合作协议"
    assert doc.date_hint == "2023-08-09"
    lines = doc.text.split("\n")
    assert lines[0] == doc.title_hint
    assert lines[1].startswith("时间：2023-08-09 13:00 来源：大河财立方")
    for chrome in ("比特币", "ICP备", "分享到", "当前位置", "热点新闻"):
        assert chrome not in doc.text


def test_html_ruby_annotations_are_dropped_before_extraction() -> None:
    doc = _one(HTML / "ruby_page.html")
    assert "全面戰略合作協議，雙方" in doc.text
    for residue in ("xié", "zhàn", "qiáo", "(", "戰zhàn"):
        assert residue not in doc.text


def test_seed_text_is_read_as_is() -> None:
    path = next(SEEDS.glob("000_*.txt"))
    doc = _one(path)
    assert doc.text == path.read_text("utf-8") and doc.doc_id == path.stem and doc.fmt == "txt"


# ---------------------------------------------------------------------------- jsonl dumps
def test_jsonl_one_document_or_reject_per_line() -> None:
    docs = list(iter_documents([HTML / "dump.jsonl"]))
    ids = [(type(d).__name__, d.doc_id) for d in docs]
    assert ids == [("RawDocument", "a1"), ("RawDocument", "dump#2"), ("Reject", "dump#3"),
                   ("Reject", "a4"), ("RawDocument", "a6"), ("Reject", "dump#7"),
                   ("RawDocument", "dump#8")]
    a1, a2, bad, notext, a6, notobj, a8 = docs
    assert a1.url == "https://example.org/a1" and a1.date_hint == "2023-08-09"
    assert a1.title_hint and a1.text.startswith(P1) and a1.fmt == "jsonl"
    assert a1.path.endswith("dump.jsonl#1")
    line1 = (HTML / "dump.jsonl").read_bytes().split(b"\n")[0] + b"\n"
    assert a1.raw_sha256 == hashlib.sha256(line1).hexdigest()
    assert a2.date_hint == "2022-07-27" and a2.text.startswith("作为党和政府")
    assert bad.reason == "bad_json" and "line 3" in bad.message
    assert notext.reason == "no_text"
    assert notobj.reason == "bad_json"
    assert a6.title_hint and "来源：大河财立方" in a6.text and "ICP" not in a6.text
    assert a8.source_hint == "大河财立方" and a8.author_hint == "朱娟"


# ---------------------------------------------------------------------------- gz and folders
def test_gz_of_each_format(tmp_path: Path) -> None:
    for name in ("gbk_article.txt", "gbk_page.html", "dump.jsonl"):
        with gzip.open(tmp_path / f"{name}.gz", "wb") as fh:
            fh.write((HTML / name).read_bytes())
    docs = list(iter_documents([tmp_path]))
    got = [(d.doc_id, getattr(d, "fmt", "reject")) for d in docs]
    assert ("gbk_article", "txt") in got and ("gbk_page", "html") in got and ("a1", "jsonl") in got
    txt = next(d for d in docs if d.doc_id == "gbk_article")
    assert txt.raw_sha256 == hashlib.sha256((HTML / "gbk_article.txt").read_bytes()).hexdigest()


def test_folders_recursive_sorted_and_deterministic(tmp_path: Path) -> None:
    (tmp_path / "b" / "c").mkdir(parents=True)
    (tmp_path / ".hidden").mkdir()
    for rel in ("b/c/z.txt", "a.txt", "b/y.txt", ".hidden/x.txt", "notes.md"):
        (tmp_path / rel).write_text(P1 + "。", "utf-8")
    first = [d.path for d in iter_documents([tmp_path])]
    assert first == [str(tmp_path / "a.txt"), str(tmp_path / "b" / "c" / "z.txt"),
                     str(tmp_path / "b" / "y.txt")]
    assert first == [d.path for d in iter_documents([tmp_path])]


# ---------------------------------------------------------------------------- bad input
@pytest.mark.parametrize(("content", "reason"), [
    (b"", "empty"),
    (b"  \n\t\n", "empty"),
    (b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR\x00\x00", "binary"),
    (bytes(range(1, 32)) * 50, "binary"),
])
def test_bad_files_are_rejected(tmp_path: Path, content: bytes, reason: str) -> None:
    path = tmp_path / "bad.txt"
    path.write_bytes(content)
    doc = _one(path)
    assert isinstance(doc, Reject) and doc.reason == reason and doc.message
    assert doc.doc_id == "bad"


def test_size_limit_is_a_parameter(tmp_path: Path) -> None:
    path = tmp_path / "big.txt"
    path.write_text(P1 * 100, "utf-8")
    assert _one(path, max_bytes=1000).reason == "too_large"
    assert isinstance(_one(path), RawDocument)
    gz = tmp_path / "big2.txt.gz"
    with gzip.open(gz, "wb") as fh:
        fh.write((P1 * 100).encode())
    assert _one(gz, max_bytes=1000).reason == "too_large"


def test_corrupt_gz_and_missing_file_are_rejected(tmp_path: Path) -> None:
    gz = tmp_path / "broken.txt.gz"
    gz.write_bytes(gzip.compress(P1.encode())[:15])
    doc = _one(gz)
    assert isinstance(doc, Reject) and doc.reason == "truncated"
    missing = _one(tmp_path / "nope.txt")
    assert isinstance(missing, Reject) and missing.reason == "error"


def test_html_without_text_is_rejected(tmp_path: Path) -> None:
    path = tmp_path / "empty.html"
    path.write_text("<html><head><title>x</title></head><body><div></div></body></html>")
    doc = _one(path)
    assert isinstance(doc, Reject) and doc.reason in ("no_text",)


def test_undecodable_bytes_never_raise(tmp_path: Path) -> None:
    path = tmp_path / "noise.txt"
    path.write_bytes(bytes(range(128, 256)) * 20)
    doc = _one(path)
    assert isinstance(doc, (Reject, RawDocument))


def test_a_single_path_is_accepted() -> None:
    docs = list(iter_documents(HTML / "gbk_article.txt"))
    assert [d.doc_id for d in docs] == ["gbk_article"]


def test_explicit_file_with_unknown_suffix_is_sniffed(tmp_path: Path) -> None:
    shutil.copy(HTML / "gbk_page.html", tmp_path / "page.php")
    doc = _one(tmp_path / "page.php")
    assert isinstance(doc, RawDocument) and doc.fmt == "html"
