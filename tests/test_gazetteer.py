"""Gazetteer data, place finder, resolver and map outlines (etl/extraction/gazetteer.py,
dashboard_lib)."""

from __future__ import annotations

import csv
import itertools
from collections import Counter

import pytest
from hypothesis import given
from hypothesis import strategies as st

from dashboard_lib.geo import MAPS_DIR, china_geojson, feature_names, province_geojson
from etl.extraction.gazetteer import (
    REGIONS_CSV,
    Region,
    find_places,
    full_name_with_parent,
    load_regions,
    prefecture_of,
    province_of,
    region_by_name,
    resolve_places,
    seat_point,
)


def resolved(text: str) -> list[tuple[str, str]]:
    """(surface, adcode) of the non-chrome places of ``text``."""
    return [(r.surface, r.adcode) for r in resolve_places(find_places(text), text)
            if not r.in_chrome]


def codes(text: str) -> list[str]:
    return [c for _, c in resolved(text)]


# ---------------------------------------------------------------- data file: counts, currency


def test_level_counts() -> None:
    levels = Counter(r.level for r in load_regions().values())
    assert levels["province"] == 34
    assert levels["prefecture"] == 333
    assert 2800 <= levels["county"] <= 2900


def test_csv_is_well_formed() -> None:
    with REGIONS_CSV.open(encoding="utf-8") as fh:
        rows = list(csv.DictReader(fh))
    assert len(rows) == len({r["adcode"] for r in rows}) == len(load_regions())
    regions = load_regions()
    for r in regions.values():
        assert len(r.adcode) == 6 and r.adcode.isdigit()
        assert r.province_adcode in regions and regions[r.province_adcode].level == "province"
        if r.level != "province":
            assert r.parent_adcode in regions
        if r.level == "county" and r.prefecture:
            assert regions[r.parent_adcode].name == r.prefecture


@pytest.mark.parametrize(("adcode", "name"), [
    ("460300", "三沙市"), ("460400", "儋州市"), ("630200", "海东市"), ("540200", "日喀则市"),
    ("540300", "昌都市"), ("540400", "林芝市"), ("540500", "山南市"), ("540600", "那曲市"),
    ("650400", "吐鲁番市"), ("650500", "哈密市"), ("520500", "毕节市"), ("520600", "铜仁市"),
    # current county-level units
    ("410308", "孟津区"), ("540581", "错那市"), ("540481", "米林市"), ("130881", "平泉市"),
    ("370116", "莱芜区"), ("220184", "公主岭市"), ("419001", "济源市"), ("659004", "五家渠市"),
])
def test_current_units_present(adcode: str, name: str) -> None:
    assert load_regions()[adcode].name == name


@pytest.mark.parametrize("adcode", [
    "371200",  # 莱芜市, merged into 济南 2019
    "341400",  # 巢湖市 (prefecture), abolished 2011
    "542400",  # 那曲地区, now 那曲市 540600
    "410322",  # 孟津县 (old code)
    "540530",  # 错那县
    "360105",  # 湾里区
    "410171",  # a development zone code
])
def test_stale_rows_absent(adcode: str) -> None:
    assert adcode not in load_regions()


def test_every_prefecture_has_coordinates_in_china() -> None:
    for r in load_regions().values():
        lng, lat = seat_point(r.adcode)
        assert 73 < lng < 136 and 3 < lat < 54, r


def test_direct_administered_counties_hang_on_the_province() -> None:
    for code in ("419001", "429004", "429005", "429006", "429021", "659001", "469002"):
        r = load_regions()[code]
        assert (r.level, r.parent_adcode, r.prefecture) == ("county", r.province_adcode, None)


# ---------------------------------------------------------------- names and helpers


@pytest.mark.parametrize(("written", "expected"), [
    ("信阳", {"411500"}), ("河南", {"410000"}), ("新疆", {"650000"}), ("内蒙古", {"150000"}),
    ("广西", {"450000"}), ("延边州", {"222400"}), ("恩施州", {"422800"}),
    ("襄樊", {"420600"}), ("那曲地区", {"540600"}),
    ("朝阳区", {"110105", "220104"}),                       # ambiguous: both returned
    ("吉林", {"220000", "220200"}),
])
def test_region_by_name(written: str, expected: set[str]) -> None:
    assert {r.adcode for r in region_by_name(written)} == expected


@pytest.mark.parametrize(("adcode", "full"), [
    ("110105", "北京市朝阳区"), ("360121", "南昌市南昌县"), ("420506", "宜昌市夷陵区"),
    ("411500", "信阳市"), ("410000", "河南省"), ("419001", "河南省济源市"),
])
def test_full_name_with_parent(adcode: str, full: str) -> None:
    assert full_name_with_parent(adcode) == full


def test_province_and_prefecture_of() -> None:
    assert province_of("220104").name == "吉林省"
    assert prefecture_of("220104").name == "长春市"  # type: ignore[union-attr]
    assert prefecture_of("411500").name == "信阳市"  # type: ignore[union-attr]
    assert prefecture_of("110105") is None and prefecture_of("410000") is None
    assert isinstance(province_of("410000"), Region)


# ---------------------------------------------------------------- find_places


@pytest.mark.parametrize(("text", "expected"), [
    # full names and short names
    ("周口市科协同许昌市人民政府举行座谈", ["411600", "411000"]),
    ("信阳与南阳两地的科协负责人参加了活动", ["411500", "411300"]),
    ("内蒙古自治区科协与广西科协开展交流", ["150000", "450000"]),
    ("米林市、错那市和孟津区的代表出席", ["540481", "540581", "410308"]),
    ("延边州科协与恩施州科协结对", ["222400", "422800"]),
    ("北京大学团队来访", ["110000"]),                   # a university's seat is fine
    ("濮阳市范县科协揭牌", ["410900", "410926"]),        # one-character county after its parent
    ("石河子市与五家渠市联合举办", ["659001", "659004"]),
])
def test_find_places(text: str, expected: list[str]) -> None:
    assert codes(text) == expected


@pytest.mark.parametrize("text", [
    # should not match: common words and phrases that contain a place name
    "双方签订合作协议并将深化合作",                      # 合作 (甘南合作市)
    "推进合作市场化改革",                                # 合作市 inside 合作市场
    "中国科协召开常委会议",                              # 中国
    "老城区和新区、开发区、高新区、矿区、郊区的企业",
    "一行登上长白山考察生态",                            # 白山 inside 长白山
    "中山大学教授作报告",                                # 中山 = Sun Yat-sen
    "创建国家级示范县，推动县域经济",                    # 范县 inside 示范县
    "建设新平台，实现和平发展与长安久治",
    "各市和县两级科协组织",                              # 和县
    "成渝地区双城经济圈建设",                            # 双城
])
def test_not_places(text: str) -> None:
    assert resolved(text) == []


def test_offsets_point_into_the_text() -> None:
    text = "据悉，湖北省宜昌市夷陵区科协近日与湖南省长沙市签约。"
    for m in find_places(text):
        assert text[m.start:m.end] == m.surface
    assert [m.surface for m in find_places(text)] == ["湖北省", "宜昌市", "夷陵区", "湖南省",
                                                      "长沙市"]


# ---------------------------------------------------------------- resolve_places


@pytest.mark.parametrize(("text", "surface", "adcode"), [
    # 朝阳区: Beijing or Changchun, by the other places of the text
    ("长春市科协组织专家赴朝阳区开展科普活动", "朝阳区", "220104"),
    ("首都科技周期间，北京海淀区与朝阳区联合办展", "朝阳区", "110105"),
    ("北京市朝阳区科协与长春市科协签约", "朝阳区", "110105"),       # named parent wins
    ("吉林省长春市朝阳区科协与北京市签约", "朝阳区", "220104"),
    # 鼓楼区 in 南京 / 福州 / 开封 / 徐州
    ("江苏南京的鼓楼区科协举办论坛", "鼓楼区", "320106"),
    ("福建省科协与鼓楼区政府座谈，福州市领导出席", "鼓楼区", "350102"),
    ("开封市科协会同鼓楼区开展活动", "鼓楼区", "410204"),
    ("徐州鼓楼区科协", "鼓楼区", "320302"),
    # 吉林: province by default, the city when written so
    ("吉林省吉林市科协", "吉林市", "220200"),
    ("吉林省吉林市科协", "吉林省", "220000"),
    ("吉林与辽宁两省科协签署协议", "吉林", "220000"),
    # 海南: province by default, 青海海南州 in a Qinghai context
    ("海南与广东两省开展科普合作", "海南", "460000"),
    ("青海省科协赴西宁、海南等地调研", "海南", "632500"),
    # short names prefer the higher level
    ("朝阳与锦州两市科协交流", "朝阳", "211300"),
])
def test_resolve(text: str, surface: str, adcode: str) -> None:
    got = [c for s, c in resolved(text) if s == surface]
    assert got and got[0] == adcode, resolved(text)


# ---------------------------------------------------------------- chrome lists


def test_footer_province_list_is_flagged() -> None:
    text = ("信阳市科协与驻马店市政府签署战略合作协议。\n"
            "地方频道：北京 上海 天津 重庆 河北 山西 辽宁 吉林 江苏\n"
            "网站导航 | 广东 | 浙江 | 四川 | 湖北 | 湖南\n")
    ms = find_places(text)
    kept = [m.surface for m in ms if not m.in_chrome]
    assert kept == ["信阳市", "驻马店市"]
    assert len([m for m in ms if m.in_chrome]) == 14
    assert [m.surface for m in find_places(text, ignore_chrome_lists=True)] == kept


def test_bare_name_line_is_chrome_but_prose_list_is_not() -> None:
    text = "河南\n省科协与郑州、开封、洛阳、平顶山、安阳等市签订协议"
    ms = find_places(text)
    assert ms[0].surface == "河南" and ms[0].in_chrome
    assert [m.surface for m in ms if not m.in_chrome] == ["郑州", "开封", "洛阳", "平顶山",
                                                          "安阳"]


def test_chrome_mentions_do_not_steer_resolution() -> None:
    text = "科协代表赴朝阳区调研。\n长春 吉林 四平 辽源 通化 白山 松原\n"
    rs = resolve_places(find_places(text), text)
    assert rs[0].adcode == "110105"  # footer cities are not context; Beijing by default order


# ---------------------------------------------------------------- speed


def test_every_mention_of_a_long_text_is_found() -> None:
    """One pass over a long text finds each repeated mention (speed: bench/stage_throughput.py)."""
    text = "河南省科协与信阳市人民政府签署全面战略合作协议，双方将在科普等方面开展合作。" * 3000
    ms = find_places(text)
    assert len(ms) == 6000
    assert {m.surface for m in ms} == {"河南省", "信阳市"}


# ---------------------------------------------------------------- map outlines


def test_china_map_has_every_province_map_name() -> None:
    names = set(feature_names(china_geojson()))
    provinces = {r.map_name for r in load_regions().values() if r.level == "province"}
    assert provinces == names
    assert "UTF8Encoding" not in china_geojson()


def test_every_prefecture_map_name_is_in_its_province_file() -> None:
    regions = load_regions()
    missing = []
    for r in regions.values():
        if r.level == "province":
            continue
        names = set(feature_names(province_geojson(r.province_adcode)))
        if r.map_name not in names:
            missing.append((r.adcode, r.map_name))
    assert missing == []


def test_province_files_hold_no_stale_names() -> None:
    henan = feature_names(province_geojson("410000"))
    assert "济源市" in henan and len(henan) == 18
    hainan = feature_names(province_geojson("460000"))
    assert "三沙市" in hainan and "儋州市" in hainan
    assert "那曲市" in feature_names(province_geojson("540000"))
    assert "莱芜市" not in feature_names(province_geojson("370000"))
    assert "朝阳区" in feature_names(province_geojson("110000"))
    with pytest.raises(KeyError):
        province_geojson("419001")


def test_map_files_stay_small() -> None:
    total = sum(p.stat().st_size for p in MAPS_DIR.rglob("*.json"))
    assert total < 6_000_000


# ---------------------------------------------------------------- invariants

_PIECES = ["北京市", "朝阳区", "合作", "协议", "长白山", "信阳", "、", " ", "\n", "鼓楼区", "中国",
           "示范县", "和县", "吉林", "科协", "海南", "市场", "区域", "路"]


@given(st.lists(st.sampled_from(_PIECES), max_size=30))
def test_mentions_are_ordered_disjoint_slices(pieces: list[str]) -> None:
    text = "".join(pieces)
    ms = find_places(text)
    for a, b in itertools.pairwise(ms):
        assert a.end <= b.start
    for m in ms:
        assert text[m.start:m.end] == m.surface and m.candidates
    rs = resolve_places(ms, text)
    assert [r.adcode in m.candidates for r, m in zip(rs, ms, strict=True)] == [True] * len(ms)


def test_footer_run_survives_stop_listed_items() -> None:
    text = "文昌市科协举办科普日活动。\n市县频道：\n海口  三亚  东方  定安  屯昌  白沙  澄迈\n"
    ms = find_places(text)
    assert [m.surface for m in ms if not m.in_chrome] == ["文昌市"]
    assert all(m.in_chrome for m in ms[1:]) and len(ms) == 6


@pytest.mark.parametrize("text", [
    "市长宁波出席并讲话",          # a person's name after a title
    "加强鄱阳湖沿线巡查",           # the lake, not 鄱阳县
])
def test_more_non_places(text: str) -> None:
    assert resolved(text) == []


# The scan reads a masked copy of the text (every character no place name contains becomes one
# stand-in): it must find exactly what the plain scan finds, whatever the text holds.
_MASK_PIECES = [*"北京市海淀区朝阳吉林省长春南昌县信阳河南科协与签署，。 \n(（",
                "\x00", "\x01", "a", "1", "的", "路", "大道"]
_MASK_SAMPLES = st.lists(st.sampled_from(_MASK_PIECES), max_size=40).map("".join)


def _plain_scan(text: str) -> list[tuple[int, str]]:
    from etl.extraction import gazetteer
    return [(end, surface) for end, (surface, codes) in gazetteer._automaton().iter_long(text)
            if codes]


def _masked_scan(text: str) -> list[tuple[int, str]]:
    from etl.extraction import gazetteer
    return [(end, surface) for end, (surface, codes)
            in gazetteer._automaton().iter_long(gazetteer._masked(text)) if codes]


@given(_MASK_SAMPLES)
def test_masked_scan_finds_what_the_plain_scan_finds(text: str) -> None:
    assert _masked_scan(text) == _plain_scan(text)


def test_masked_scan_keeps_offsets_of_any_text() -> None:
    text = "“北京市”\x00\x01与\ud800河南省签署，Ｎ吉林省长春市南昌县1号"
    from etl.extraction import gazetteer
    assert len(gazetteer._masked(text)) == len(text)
    assert _masked_scan(text) == _plain_scan(text) != []
    assert [p.surface for p in find_places(text)] == ["北京市", "河南省", "吉林省", "长春市",
                                                       "南昌县"]
