"""Crawl archives: WARC responses and WET conversion records become articles in a local build."""

from __future__ import annotations

import gzip
import io
from pathlib import Path

import pytest
from warcio.statusandheaders import StatusAndHeaders
from warcio.warcwriter import WARCWriter

from etl.storage.build import build
from tests.conftest import export_jsonl

PAGE = (
    "<html><head><meta charset='gbk'><title>甘肃省科协与天水市人民政府签署合作协议</title>"
    "</head><body><nav>首页 | 新闻 | 北京 上海 天津</nav><article>"
    "<h1>甘肃省科协与天水市人民政府签署合作协议</h1>"
    "<p>时间:2024-05-21 09:00 来源:陇原科技</p>"
    "<p>5月20日,甘肃省科协与天水市人民政府在天水签署战略合作协议,"
    "双方将共建学会服务站,推动科技经济融合发展。</p></article></body></html>"
)
WET = "日期:2024-04-03\n4月2日,江西省科协与南昌市人民政府签署合作协议,共推科普工作。"


def _warc(path: Path) -> None:
    with path.open("wb") as fh:
        w = WARCWriter(fh, gzip=True)
        http = StatusAndHeaders("200 OK", [("Content-Type", "text/html; charset=gbk")],
                                protocol="HTTP/1.1")
        w.write_record(w.create_warc_record("http://example.cn/a.html", "response",
                                            payload=io.BytesIO(PAGE.encode("gbk")),
                                            http_headers=http))
        img = StatusAndHeaders("200 OK", [("Content-Type", "image/png")], protocol="HTTP/1.1")
        w.write_record(w.create_warc_record("http://example.cn/x.png", "response",
                                            payload=io.BytesIO(b"\x89PNG...."), http_headers=img))
        w.write_record(w.create_warc_record(
            "http://example.cn/b.html", "conversion", payload=io.BytesIO(WET.encode("utf-8")),
            warc_content_type="text/plain"))


@pytest.fixture()
def warc_db(tmp_path: Path) -> Path:
    _warc(tmp_path / "crawl.warc.gz")
    db = tmp_path / "t.duckdb"
    build([str(tmp_path / "crawl.warc.gz")], db, workers=1)
    return db


def test_warc_records_are_articles(warc_db: Path) -> None:
    records = export_jsonl(warc_db)
    assert len(records) == 2  # the image is not an article
    parties = sorted(a["parties"][1] for r in records.values() for a in r["agreements"])
    assert parties == ["南昌市人民政府", "天水市人民政府"]
    html = next(r for r in records.values() if r["url"] == "http://example.cn/a.html")
    assert html["published"] == "2024-05-21"
    assert html["agreements"][0]["date"] == "2024-05-20"


def test_gzip_is_detected(tmp_path: Path) -> None:
    _warc(tmp_path / "c.warc.gz")
    raw = gzip.decompress((tmp_path / "c.warc.gz").read_bytes())
    (tmp_path / "plain.warc").write_bytes(raw)
    db = tmp_path / "p.duckdb"
    summary = build([str(tmp_path / "plain.warc")], db, workers=1)
    assert summary.added == 2 and summary.rejected == 0


@pytest.mark.parametrize(("packed", "cut"), [(False, 50), (False, 400), (True, 100)])
def test_a_truncated_archive_rejects_the_partial_record(tmp_path: Path, packed: bool,
                                                        cut: int) -> None:
    """An archive cut short in its last record (the WET one): that record is rejected as
    truncated, never loaded in part; the page before it loads; the image is counted as ignored."""
    _warc(tmp_path / "c.warc.gz")
    data = (tmp_path / "c.warc.gz").read_bytes()
    if not packed:
        data = gzip.decompress(data)
    name = "cut.warc.gz" if packed else "cut.warc"
    (tmp_path / name).write_bytes(data[:-cut])
    db = tmp_path / "t.duckdb"
    summary = build([str(tmp_path / name)], db, workers=1)
    assert (summary.added, summary.rejected, summary.ignored) == (1, 1, 1)
    (reject,) = summary.rejects
    assert reject.reason == "truncated" and reject.path.endswith(f"{name}#3")
    records = export_jsonl(db)
    assert [r["url"] for r in records.values()] == ["http://example.cn/a.html"]


def test_a_record_over_the_size_limit_is_rejected_not_skipped(tmp_path: Path) -> None:
    _warc(tmp_path / "c.warc.gz")
    from etl.reading.readers import iter_documents

    got = [(getattr(d, "reason", "article"), d.path.rsplit("#", 1)[1])
           for d in iter_documents([tmp_path / "c.warc.gz"], max_bytes=200)]
    assert got == [("too_large", "1"), ("article", "3")]
