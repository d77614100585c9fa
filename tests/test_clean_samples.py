"""The five seeds and the 60 dev articles through clean_document, against gold metadata.

Seeds are held to their gold published/source/author and to their clean text: every sentence of
the article body kept (body lines listed by hand below), none of the chrome, no pinyin residue,
no Traditional character left. The corpus run prints per-field accuracy and its failures.
"""

from __future__ import annotations

import json
import re
from pathlib import Path

import opencc
import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from etl.cleaning import repair
from etl.cleaning.clean import clean_document
from etl.reading.readers import iter_documents
from etl.records import CleanDocument, RawDocument

ROOT = Path(__file__).parent.parent
FIX = Path(__file__).parent / "fixtures"
T2S = opencc.OpenCC("t2s")
PINYIN_RESIDUE = re.compile(r"[(（][a-zāáǎàēéěèīíǐìōóǒòūúǔùǖǘǚǜü\s]{1,12}[)）]|"
                            r"[āáǎàēéěèīíǐìōóǒòūúǔùǖǘǚǜ]")


def _gold(name: str) -> dict[str, dict]:
    out = {}
    for line in (FIX / name).read_text("utf-8").splitlines():
        if line.strip():
            d = json.loads(line)
            out[d["id"]] = d
    return out


def _docs(folder: Path) -> dict[str, tuple[RawDocument, CleanDocument]]:
    out = {}
    for raw in iter_documents([folder]):
        assert isinstance(raw, RawDocument), raw
        out[raw.doc_id] = (raw, clean_document(raw))
    return out


@pytest.fixture(scope="module")
def seeds() -> dict[str, tuple[RawDocument, CleanDocument]]:
    return _docs(ROOT / "seeds")


@pytest.fixture(scope="module")
def corpus() -> dict[str, tuple[RawDocument, CleanDocument]]:
    return _docs(FIX / "corpus")


# ---------------------------------------------------------------------------- seeds: test data
# 1-based line numbers of the article (title, subheadings, body) in each seed file.
BODY_LINES = {
    "000": [2, 3, 4, *range(6, 16)],
    "001": [16, *range(18, 24)],
    "002": [2, 5, 9, 11, 13, 15],
    "003": [1, 2, 3],
    "004": [25, 27, 29, 31, 33, 35, 37, 39],
}
# Snippets of the clean text that must be there (titles, subheadings, the mojibake repair).
MUST_HAVE = {
    "000": ["“会市合作”朋友圈再扩容。", "支持信阳开展“科创中原”试点城市培育\n",
            "\n完善机制，推动合作走深走实\n", "带动培育当□科技人才□\n",
            "8月8日，河南省科协与信阳市政府签署全面战略合作协议",
            "努力营造支持创新创业、成果转化的优良环境。"],
    "001": ["忻州市积极推进“科创中国”山西试点城市（园区）建设\n7月14—15日",
            "以□□异成绩迎接党的二十大胜利召开。", "业绩是新□□”工作理念"],
    "002": ["漯河市科协聚焦“四高四争先”谱写科普新篇 赋能“三城”建设\n“今年",
            "培育科技创新后备人才。"],
    "003": ["商洛市科技局与西安市科技局签订新一轮西商科技交流合作协议",
            "为科技创新助力经济社会高质量发展打下坚实基础。"],
    "004": ["自治区政府和中国科协签署全面战略合作协议\n合力打造丝绸之路经济带区域科创高地\n",
            "自治区人民政府和中国科学技术协会通过线上方式签署全面战略合作协议。",
            "大力培育青年科技人才。"],
}
# Chrome that must be gone.
MUST_NOT_HAVE = {
    "000": ["头条", "责编", "监制", "【资料图】", "时间：2023", "shù", "乜萍", "/p>"],
    "001": ["Network", "当前位置", "高新院新闻", "智慧城市news", "相关文章", "achie.org"],
    "002": ["分享好友", "图片", "最新文章", "娱乐圈", "房地产", "比特币", "GeForce", "购房",
            "永顺", "留学", "UC平台", "cih-index"],
    "003": ["免责声明", "原作者"],
    "004": ["简体", "网站地图", "政务服务", "当前位置", "点击量", "关闭", "网站链接", "人社部",
            "外交部", "北京\n", "上海", "香港", "新疆生产建设兵团", "伊犁哈萨克自治州",
            "精河县政府网", "博乐市文明网", "ICP", "公网安备", "标识码"],
}


def _sentences(seed: str) -> list[str]:
    path = next((ROOT / "seeds").glob(f"{seed}_*.txt"))
    lines = path.read_text("utf-8").split("\n")
    out = []
    for n in BODY_LINES[seed]:
        fixed = repair.repair_text(lines[n - 1]).text.strip()
        out += [s for s in re.split(r"(?<=[。！？])", fixed) if len(s.strip()) > 1]
    return out


@pytest.mark.parametrize("seed", sorted(BODY_LINES))
def test_seed_keeps_every_body_sentence(seeds, seed: str) -> None:
    doc = next(c for k, (_, c) in seeds.items() if k.startswith(seed))
    missing = [s for s in _sentences(seed) if s not in doc.text]
    assert not missing
    assert len(doc.text.split("\n")) == len(BODY_LINES[seed])


@pytest.mark.parametrize("seed", sorted(BODY_LINES))
def test_seed_text_has_the_article_and_none_of_the_chrome(seeds, seed: str) -> None:
    doc = next(c for k, (_, c) in seeds.items() if k.startswith(seed))
    for snippet in MUST_HAVE[seed]:
        assert snippet in doc.text, snippet
    for snippet in MUST_NOT_HAVE[seed]:
        assert snippet not in doc.text, snippet


def _assert_clean(doc: CleanDocument) -> None:
    assert not PINYIN_RESIDUE.search(doc.text), PINYIN_RESIDUE.search(doc.text)
    assert T2S.convert(doc.text) == doc.text  # nothing left for OpenCC to simplify
    assert len(doc.offsets) == len(doc.text)
    assert all(a < b for a, b in zip(doc.offsets, doc.offsets[1:], strict=False))
    assert all(0 <= o < len(doc.original) for o in doc.offsets)
    for i, ch in enumerate(doc.text):  # a Han character maps to a Han character, not a note
        src = doc.original[doc.offsets[i]]
        if "\u4e00" <= ch <= "\u9fff":
            assert "\u3400" <= src <= "\u9fff" or "\uf900" <= src <= "\ufaff", (i, ch, src)


def test_seed_metadata_matches_gold(seeds) -> None:
    gold = _gold("gold_seeds.jsonl")
    for doc_id, (_, doc) in seeds.items():
        g, m = gold[doc_id], doc.metadata
        assert ((m.published or "")[:10] or None, m.source, m.author, m.script) == (
            g["published"], g["source"], g["author"], g["script"]), doc_id
        _assert_clean(doc)


def test_seed_details(seeds) -> None:
    m = next(c for k, (_, c) in seeds.items() if k.startswith("000")).metadata
    assert (m.published, m.published_precision) == ("2023-08-09T13:00:24", "second")
    m4 = next(c for k, (_, c) in seeds.items() if k.startswith("004")).metadata
    assert m4.title == "自治区政府和中国科协签署全面战略合作协议"
    assert len(m4.simhash) == 16 and len(m4.content_hash) == 64


def test_offsets_map_back_to_the_original_evidence(seeds) -> None:
    doc = next(c for k, (_, c) in seeds.items() if k.startswith("000"))
    i = doc.text.index("河南省科协与信阳市政府签署全面战略合作协议")
    start, end = doc.original_span(i, i + len("河南省科协与信阳市政府签署全面战略合作协议"))
    assert doc.original[start:end] == "河南省科協(xié)與信陽市政府簽署全面戰(zhàn)略合作協(xié)議"


# ---------------------------------------------------------------------------- corpus
FIELDS = ("published", "source", "author", "script")


def test_corpus_metadata_accuracy(corpus) -> None:
    gold = _gold("gold_corpus.jsonl")
    hits = dict.fromkeys(FIELDS, 0)
    failures = []
    for doc_id, (_, doc) in sorted(corpus.items()):
        m, g = doc.metadata, gold[doc_id]
        got = {"published": (m.published or "")[:10] or None, "source": m.source,
               "author": m.author, "script": m.script}
        for f in FIELDS:
            if got[f] == g.get(f):
                hits[f] += 1
            else:
                failures.append(f"{doc_id} {f}: got {got[f]!r}, gold {g.get(f)!r}")
    n = len(corpus)
    print("\ncorpus metadata accuracy over", n, "articles:",
          ", ".join(f"{f} {hits[f] / n:.3f}" for f in FIELDS))
    print("\n".join(failures) or "no failures")
    assert n == 60
    assert hits["published"] / n >= 0.95
    assert hits["source"] / n >= 0.90
    assert hits["author"] / n >= 0.90
    assert hits["script"] / n >= 0.90


def test_corpus_clean_text_invariants(corpus) -> None:
    for _, (_, doc) in corpus.items():
        _assert_clean(doc)
        assert doc.text and doc.metadata.content_hash


# Chrome lines that a clean text never holds, whatever the site.
CHROME_LINE = re.compile(
    r"ICP备|公网安备|责任编辑|责编|^编辑[:：]|分享到|当前位置|您现在的位置|【?字[号体]|"
    r"^【?打印|关闭窗口|^上一篇|^下一篇|^相关(?:阅读|新闻|链接|报道)|^热[点门]|^滚动|^· |"
    r"^图片$|资料图|打开APP|免责声明|^声明[:：]|版权所有|^头条 \d", re.M)


def test_corpus_chrome_is_removed(corpus) -> None:
    leftovers = {k: CHROME_LINE.findall(doc.text) for k, (_, doc) in corpus.items()}
    assert not {k: v for k, v in leftovers.items() if v}


@pytest.mark.parametrize(("doc_id", "absent"), [
    ("d006", ["北京 天津 河北", "东城区", "科技部  教育部"]),
    ("d011", ["广州 深圳 珠海", "夜市延长开放时间"]),
    ("d015", ["新城区 回民区", "和林格尔新区"]),
    ("d019", ["县城夜市", "站推", "□"]),
    ("d023", ["海口  三亚", "椰城夜市"]),
    ("d024", ["福州 | 厦门", "鼓楼 | 台江", "头条"]),
    ("d043", ["北京 天津 河北"]),
    ("d047", ["昆明 曲靖 玉溪", "滇中引水"]),
    ("d057", ["濂溪区 浔阳区"]),
])
def test_corpus_place_lists_and_sidebars_are_removed(corpus, doc_id: str, absent: list[str]
                                                     ) -> None:
    text = corpus[doc_id][1].text
    for s in absent:
        assert s not in text, s


@pytest.mark.parametrize(("doc_id", "present"), [
    ("d035", ["统筹设计服务山东的系列活动\n", "全面对接年会资源、扩大年会效应\n",
              "需要说明的是，上述签约安排在年会期间进行，发布会当天并未举行签约。"]),
    ("d033", ["此次交流以座谈和经验分享为主。"]),
    ("d011", ["\n【背景】\n", "黄坤明侯建国王伟中出席并见证签约\n"]),
    ("d043", ["二〇二三年十一月二十三日，四川省科协与绵阳市人民政府在绵阳举行签约仪式"]),
    ("d039", ["从座谈情况看，新一轮院区战略合作协议仍处在推动阶段。"]),
    ("d041", ["省科协分别与宜昌、襄阳、黄石三市签订“会市合作”协议\n"]),
])
def test_corpus_short_body_lines_are_kept(corpus, doc_id: str, present: list[str]) -> None:
    text = corpus[doc_id][1].text
    for s in present:
        assert s in text, s


def test_clean_document_is_deterministic(corpus) -> None:
    """Cleaning an article twice gives the same text (speed: bench/stage_throughput.py)."""
    for raw, clean in corpus.values():
        assert clean_document(raw).text == clean.text, raw.doc_id


# ---------------------------------------------------------------------------- properties
_LINES = st.lists(st.one_of(
    st.text(max_size=80),
    st.sampled_from(["时间：2023-08-09 13:00:24 来源: 大河财立方", "【大河財(cái)立方 記者 朱娟】",
                     "帶動培育當(dāng)?shù)乜萍既瞬拧?/p>", "图片", "头条 23-08-09", "相关阅读：",
                     "8月8日,河南省科協(xié)與信陽市政府簽署全面戰(zhàn)略合作協(xié)議,雙方將深入合作。",
                     "北京 天津 河北 山西 内蒙古", "（记者 金哲）", "ºÓÄÏÊ¡¿ÆÐ­Óë"]),
), max_size=25)


@settings(max_examples=200, deadline=None)
@given(lines=_LINES)
def test_clean_document_is_total_and_its_offsets_are_valid(lines: list[str]) -> None:
    text = "\n".join(lines)
    doc = clean_document(RawDocument(doc_id="p", path="p", fmt="txt", text=text, raw_sha256=""))
    assert len(doc.offsets) == len(doc.text)
    assert all(0 <= o < len(text) for o in doc.offsets)
    assert all(a <= b for a, b in zip(doc.offsets, doc.offsets[1:], strict=False))
    assert len(doc.metadata.simhash) == 16
