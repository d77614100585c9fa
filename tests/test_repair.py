"""Text repairs: table-driven cases by phenomenon, plus property tests of the invariants."""

from __future__ import annotations

import opencc
import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from etl.cleaning import repair

# ---------------------------------------------------------------------------- pinyin annotations
PINYIN_CASES = [
    # removed: every syllable real pinyin, right after a Han character
    ("時(shí)間:2023-08-09 來源: 大河財(cái)立方", "時間:2023-08-09 來源: 大河財立方"),
    ("河南省科協(xié)與信陽市政府簽署全面戰(zhàn)略合作協(xié)議",
     "河南省科協與信陽市政府簽署全面戰略合作協議"),
    ("綠(lǜ)色、女(nǚ)性、略(lüè)微", "綠色、女性、略微"),
    ("時（shí）間", "時間"),
    ("時(shi2)間和(he2)", "時間和"),
    ("河南(hé nán)省", "河南省"),
    ("河(hé)(nán)省(shěng)", "河省"),
    # toneless only on a page already annotated
    ("我們(men)的(de)協(xié)議(yì)", "我們的協議"),
    ("學校(school)和(hé)家(jiā)", "學校(school)和家"),
    # untouched: not pinyin, or nothing Han before it, or no annotated page
    ("城市(園區)", "城市(園區)"),
    ("(扩大)", "(扩大)"),
    ("会议(2023)", "会议(2023)"),
    ("人工智能(AI)、(GDP)、應用程序(app)、方案(a)", "人工智能(AI)、(GDP)、應用程序(app)、方案(a)"),
    ("see (shí) here", "see (shí) here"),
    ("城市(xyz)", "城市(xyz)"),
]


@pytest.mark.parametrize(("text", "expected"), PINYIN_CASES)
def test_strip_pinyin(text: str, expected: str) -> None:
    assert repair.strip_pinyin(text) == expected


def test_count_pinyin_counts_toned_notes_only() -> None:
    assert repair.count_pinyin("協(xié)議(yì)的(de)") == 2


# ---------------------------------------------------------------------------- Traditional
@pytest.mark.parametrize(("text", "expected"), [
    ("河南省科協與信陽市政府簽署全面戰略合作協議", "河南省科协与信阳市政府签署全面战略合作协议"),
    ("時間:2023-08-09 來源: 大河財立方", "时间:2023-08-09 来源: 大河财立方"),
    ("已是简体的文字", "已是简体的文字"),
])
def test_to_simplified(text: str, expected: str) -> None:
    assert repair.to_simplified(text) == expected


def test_t2s_edits_identity_map_when_length_is_kept() -> None:
    out, edits = repair.t2s_edits("協議\n簽署")
    assert out == "协议\n签署" and edits is None


# ---------------------------------------------------------------------------- mojibake
MOJIBAKE_CASES = [
    # GBK shifted one byte, lead byte lost (seed 000, paragraph 10): "当地科技人才。</p>"
    ("帶動培育當(dāng)?shù)乜萍既瞬拧?/p>", "帶動培育當(dāng)□科技人才□/p>"),
    # GBK shifted one byte at the start of a sidebar line (d019): "本站推荐:"
    ("菊就萍\ufffd:县域经济观察", "□站推□:县域经济观察"),
    # a character lost with the "(" of its pinyin note (seed 001): marked, the note dropped
    ("業(yè)績(jī)是新?lián)?dāng)”工作", "業(yè)績(jī)是新□□”工作"),
    ("以?xún)?yōu)異成績", "以□□異成績"),
    # GBK bytes read as Latin-1
    ("ºÓÄÏÊ¡¿ÆÐ­Óë", "河南省科协与"),
    # a shift in Traditional text ("推動兩地師生交流"): its characters weigh as their
    # Simplified forms, or the repaired run looks rare and is refused
    ("推動?傻貛熒?交流", "推動□地師□交流"),
    # a shifted pair read as a Greek letter of GBK's symbol rows ("向對方提供支持": 對方 -> "?Ψ")
    ("雙方向?Ψ教峁?支持", "雙方向□方提□支持"),
    # the lost last character's pinyin note goes with it; a mark both ends one run and leads
    # the next
    ("推動?傻貛熒?shēng)交流", "推動□地師□交流"),
    ("向?qū)Ψ教峁?gōng)支持", "向□方提□支持"),
]


@pytest.mark.parametrize(("text", "expected"), MOJIBAKE_CASES)
def test_fix_mojibake(text: str, expected: str) -> None:
    assert repair.fix_mojibake(text) == expected


@pytest.mark.parametrize("text", [
    "2025全国住建工作怎么干?住建部明确五大重点任务",  # a real question mark
    "你好?我很好",
    "河南省科协与信阳市政府签署全面战略合作协议。",
    "Café naïve résumé",  # Latin-1 letters that are not GBK
    "数量?",
])
def test_fix_mojibake_leaves_real_text(text: str) -> None:
    assert repair.fix_mojibake(text) == text


def test_mojibake_then_markup_drops_the_broken_closer() -> None:
    out = repair.repair_text("带动培育當(dāng)?shù)乜萍既瞬拧?/p>\n完善机制")
    assert out.text == "带动培育当□科技人才□\n完善机制"
    assert out.lost_chars == 2


# ---------------------------------------------------------------------------- markup
@pytest.mark.parametrize(("text", "expected"), [
    ("第一段</p><p>第二段", "第一段第二段"),
    # &amp; &lt; &gt; stay: decoding them would not be idempotent
    ("A&nbsp;B&amp;C&#12290;", "A B&amp;C。"),
    ("a < b > c", "a < b > c"),
    ("&lt;p&gt;", "&lt;p&gt;"),  # escaped markup stays inert
])
def test_strip_markup(text: str, expected: str) -> None:
    assert repair.strip_markup(text) == expected


# ---------------------------------------------------------------------------- punctuation
PUNCT_CASES = [
    ("8月8日,河南省科协", "8月8日，河南省科协"),
    ("怎么干?住建部", "怎么干？住建部"),
    ("城市(园区)建设", "城市（园区）建设"),
    ("打造\"千里海岸线,一条创新链\".在", "打造“千里海岸线，一条创新链”。在"),
    ("新的框架.7月21日", "新的框架。7月21日"),
    # ASCII kept inside numbers, times, URLs, Latin text
    ("时间 2023-08-09 13:00:24", "时间 2023-08-09 13:00:24"),
    ("增长2.5%,达到3,000", "增长2.5%,达到3,000"),
    ("见https://www.cih-index.com/a.html", "见https://www.cih-index.com/a.html"),
    ("GeForce RTX 5090D, OC 32G", "GeForce RTX 5090D, OC 32G"),
]


@pytest.mark.parametrize(("text", "expected"), PUNCT_CASES)
def test_normalize_punct(text: str, expected: str) -> None:
    assert repair.normalize_punct(text) == expected


# ---------------------------------------------------------------------------- layout and maps
def test_normalize_layout() -> None:
    assert repair.normalize_layout("甲\r\n乙\u200b丙\u3000丁\r") == "甲\n乙丙 丁\n"


def test_apply_edits_maps_back() -> None:
    text, omap = repair.apply_edits("abcdef", [(1, 3, ""), (4, 5, "XYZ")])
    assert text == "adXYZf"
    assert omap == [0, 3, 4, 4, 4, 5]


def test_repair_text_offsets_point_at_the_source_characters() -> None:
    original = "時(shí)間:2023 來源: 大河財(cái)立方\r\n協議"
    out = repair.repair_text(original)
    assert out.text == "时间：2023 来源: 大河财立方\n协议"
    t2s = opencc.OpenCC("t2s")
    for i, ch in enumerate(out.text):
        src = original[out.offsets[i]]
        assert ch in ("\n", "：") or t2s.convert(src) == ch
    assert set(out.repairs) >= {"layout", "pinyin", "t2s", "punct"}


# ---------------------------------------------------------------------------- properties
_TEXT = st.text(
    alphabet=st.one_of(
        st.characters(codec="utf-8"),
        st.sampled_from(list("時間協議科技人才乜萍既瞬拧菊就萍()（）,.:;?!\"<>/p&\n ?\ufffdºÓÄÏ"
                             "āáǎàxiéshíhé")),
    ),
    max_size=200,
)
PURE_REPAIRS = [repair.normalize_layout, repair.fix_mojibake, repair.strip_markup,
                repair.strip_pinyin, repair.normalize_punct]


@pytest.mark.parametrize("fn", PURE_REPAIRS, ids=lambda f: f.__name__)
@settings(max_examples=300, deadline=None)
@given(text=_TEXT)
def test_repairs_are_idempotent_and_total(fn, text: str) -> None:
    once = fn(text)
    assert fn(once) == once


@settings(max_examples=300, deadline=None)
@given(text=_TEXT)
def test_repair_text_offsets_are_monotone_and_in_bounds(text: str) -> None:
    out = repair.repair_text(text)
    assert len(out.offsets) == len(out.text)
    assert all(0 <= o < len(text) for o in out.offsets)
    assert all(a <= b for a, b in zip(out.offsets, out.offsets[1:], strict=False))


@settings(max_examples=200, deadline=None)
@given(text=_TEXT)
def test_to_simplified_never_raises(text: str) -> None:
    repair.to_simplified(text)
