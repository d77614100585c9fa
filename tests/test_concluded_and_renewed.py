"""Signings reported without 签, and renewed or recalled signings, on sentences written for
these tests (never the evaluation sets' own sentences).

Each table names the phenomenon; the expected records are exact: (sorted parties, date,
precision, new or background). The page is published 2024-05-20.
"""

from __future__ import annotations

import pytest

from etl.pipeline import process_document
from etl.records import RawDocument

NEW, BG = "new", "background"


def signings(text: str) -> list[tuple]:
    """What the whole pipeline lists for a page of this text, published 2024-05-20."""
    body = "动态\n发布时间：2024-05-20\n" + text
    got = process_document(RawDocument("t", "t.txt", "txt", body, "t")).agreements
    return sorted((tuple(sorted(p.name for p in a.parties)), a.date, a.date_precision,
                   NEW if a.is_new_signing else BG) for a in got)


def _pair(a: str, b: str) -> tuple[str, ...]:
    return tuple(sorted((a, b)))


# A document concluded without the verb 签: 达成/订立 + the document, the document 正式落地,
# the texts exchanged (互换协议文本). Simplified and Traditional script.
CONCLUDED_WITHOUT_QIAN = [
    ("dacheng_document",
     "4月9日，洛阳市人民政府与河南科技大学达成战略合作协议，双方将共建先进制造研究院。",
     [(_pair("洛阳市人民政府", "河南科技大学"), "2024-04-09", "day", NEW)]),
    ("dacheng_titled_document_after_a_topic",
     "4月9日，遂宁市人民政府与西南石油大学就天然气化工产业合作达成《战略合作框架协议》。",
     [(_pair("遂宁市人民政府", "西南石油大学"), "2024-04-09", "day", NEW)]),
    ("dacheng_traditional",
     "4月9日，曲靖市人民政府與雲南師範大學達成全面合作協議。",
     [(_pair("曲靖市人民政府", "云南师范大学"), "2024-04-09", "day", NEW)]),
    ("dacheng_le_with_a_memorandum",
     "5月6日，常州市科学技术局与江苏理工学院达成了产学研合作备忘录。",
     [(_pair("常州市科学技术局", "江苏理工学院"), "2024-05-06", "day", NEW)]),
    ("dingli_document",
     "4月9日，镇江市人民政府同江苏科技大学订立市校全面合作协议。",
     [(_pair("镇江市人民政府", "江苏科技大学"), "2024-04-09", "day", NEW)]),
    ("document_formally_landed",
     "4月9日，淄博市人民政府与山东理工大学的全面合作协议正式落地。",
     [(_pair("淄博市人民政府", "山东理工大学"), "2024-04-09", "day", NEW)]),
    ("document_formally_landed_after_both_sides",
     "5月10日，德阳市人民政府与四川轻化工大学举行合作仪式，双方的战略合作框架协议正式落地。",
     [(_pair("德阳市人民政府", "四川轻化工大学"), "2024-05-10", "day", NEW)]),
    ("texts_exchanged",
     "4月9日，九江市人民政府与南昌大学结成战略合作伙伴，双方互换了合作协议文本。",
     [(_pair("九江市人民政府", "南昌大学"), "2024-04-09", "day", NEW)]),
    ("texts_exchanged_traditional",
     "5月10日，韶關市人民政府與韶關學院交換了戰略合作協議文本。",
     [(_pair("韶关市人民政府", "韶关学院"), "2024-05-10", "day", NEW)]),
]

# A conclusion without 签 that restates a signing reported with 签 is that signing: in the same
# sentence, or of the same parties elsewhere on the page (a lead's 达成 over the body's 签订).
RESTATED_CONCLUSIONS = [
    ("same_sentence_signed_then_reached",
     "1月22日，汕头市科学技术局与汕头大学签订了《科技合作框架协议》，双方在人才培养等方面达成"
     "合作框架协议。",
     [(_pair("汕头大学", "汕头市科学技术局"), "2024-01-22", "day", NEW)]),
    ("lead_reached_body_signed_months_before",
     "揭阳市人民政府与揭阳职业技术学院达成产教融合合作协议。\n1月22日，揭阳市人民政府与揭阳"
     "职业技术学院签订了产教融合合作协议。",
     [(_pair("揭阳市人民政府", "揭阳职业技术学院"), "2024-01-22", "day", NEW)]),
    ("reached_alone_still_stands_beside_another_pair",
     "5月6日，潮州市人民政府与韩山师范学院达成战略合作协议。同日，潮州市科学技术局与韩山师范学院"
     "签订科技服务协议。",
     [(_pair("潮州市人民政府", "韩山师范学院"), "2024-05-06", "day", NEW),
      (_pair("潮州市科学技术局", "韩山师范学院"), "2024-05-06", "day", NEW)]),
]

# What reaches no document: consensus, an intention, a hoped-for or planned conclusion, a
# document not reached yet, a partnership without a document, an undated agreement recalled,
# an agreement to be carried out (推动协议落地).
CONCLUDED_NEGATIVES = [
    ("consensus_only",
     "4月9日，岳阳市人民政府与湖南理工学院座谈，双方就共建绿色化工研究院达成共识。", []),
    ("intention_only",
     "4月9日，岳阳市人民政府与湖南理工学院达成合作意向，将尽快签署协议。", []),
    ("intention_document",
     "4月9日，岳阳市人民政府与湖南理工学院达成意向性合作协议。", []),
    ("hoped_for",
     "岳阳市人民政府与湖南理工学院有望于年内达成合作协议。", []),
    ("planned",
     "岳阳市人民政府与湖南理工学院拟达成战略合作协议。", []),
    ("not_yet",
     "4月9日，岳阳市人民政府与湖南理工学院尚未达成合作协议。", []),
    ("agreement_recalled_undated",
     "按照岳阳市人民政府与湖南理工学院达成的合作协议，学院将在岳阳设立研究生工作站。", []),
    ("partners_without_a_document",
     "4月9日，常德市人民政府与湖南文理学院结成战略合作伙伴关系。", []),
    ("agreement_to_be_carried_out",
     "4月9日，常德市人民政府与湖南文理学院召开联席会议，推动合作协议尽快落地见效。", []),
    ("landing_a_project_not_a_document",
     "4月9日，常德市人民政府与湖南文理学院共建的研究院正式落地。", []),
    ("a_goal_supported",
     "根据协议，湖南省科协将支持常德市人民政府与省级学会达成合作协议，共建创新平台。", []),
    ("a_goal_pushed_for",
     "5月6日，常德市科学技术局表示，将积极推动本地企业与湖南文理学院早日达成技术合作协议。", []),
    ("consensus_traditional",
     "4月9日，岳陽市人民政府與湖南理工學院達成多項共識。", []),
]

# Renewals (续签, 再次签署, 新一轮) are new signings; an earlier signing the text recalls with
# a year or finer is a background entry with its own date, however it is written (首次签署,
# 签署的协议, 继…之后); an anniversary meeting signs nothing.
RENEWED_AND_RECALLED = [
    ("renewal_alone",
     "4月9日，绵阳市人民政府与西南科技大学续签市校合作协议。",
     [(_pair("绵阳市人民政府", "西南科技大学"), "2024-04-09", "day", NEW)]),
    ("renewal_then_first_round_recalled",
     "4月9日，绵阳市人民政府与西南科技大学再次签署市校合作协议。双方曾于2016年签署首轮协议。",
     [(_pair("绵阳市人民政府", "西南科技大学"), "2016", "year", BG),
      (_pair("绵阳市人民政府", "西南科技大学"), "2024-04-09", "day", NEW)]),
    ("renewal_traditional_with_first_signing",
     "4月9日，淮南市人民政府與安徽理工大學續簽戰略合作協議。2015年，雙方首次簽訂戰略合作協議。",
     [(_pair("安徽理工大学", "淮南市人民政府"), "2015", "year", BG),
      (_pair("安徽理工大学", "淮南市人民政府"), "2024-04-09", "day", NEW)]),
    ("renewal_after_a_recalled_first_signing_clause",
     "4月9日，继2016年首次签约之后，绵阳市人民政府与西南科技大学再次签署市校合作协议。",
     [(_pair("绵阳市人民政府", "西南科技大学"), "2016", "year", BG),
      (_pair("绵阳市人民政府", "西南科技大学"), "2024-04-09", "day", NEW)]),
    ("renewal_after_a_recalled_month_traditional",
     "4月9日，繼2019年3月首次簽約後，南充市人民政府與西華師範大學再次簽署戰略合作協議。",
     [(_pair("南充市人民政府", "西华师范大学"), "2019-03", "month", BG),
      (_pair("南充市人民政府", "西华师范大学"), "2024-04-09", "day", NEW)]),
    ("undated_first_signing_recalled_is_not_listed",
     "4月9日，继首次签约之后，自贡市人民政府与四川轻化工大学再次签署合作协议。",
     [(_pair("四川轻化工大学", "自贡市人民政府"), "2024-04-09", "day", NEW)]),
    ("renewal_at_an_anniversary",
     "4月9日，在合作签约十周年之际，绵阳市人民政府与西南科技大学续签新一轮合作协议。",
     [(_pair("绵阳市人民政府", "西南科技大学"), "2024-04-09", "day", NEW)]),
    ("renewal_on_the_basis_of_a_dated_signed_document",
     "4月9日，宜宾市人民政府与四川轻化工大学在2014年签署的合作协议基础上续签新一轮协议。",
     [(_pair("四川轻化工大学", "宜宾市人民政府"), "2014", "year", BG),
      (_pair("四川轻化工大学", "宜宾市人民政府"), "2024-04-09", "day", NEW)]),
    ("renewal_ceremony_then_signing",
     "4月9日，泸州市人民政府与西南医科大学举行续签仪式，再次签署科技合作协议。",
     [(_pair("泸州市人民政府", "西南医科大学"), "2024-04-09", "day", NEW)]),
    ("anniversary_meeting_with_the_first_signing",
     "4月9日，绵阳市人民政府与西南科技大学举行合作签约十周年座谈会。2014年4月，双方签署全面合作协议。",
     [(_pair("绵阳市人民政府", "西南科技大学"), "2014-04", "month", BG)]),
    ("meeting_reviews_a_dated_signed_document",
     "4月9日，内江市人民政府与内江师范学院举行座谈会，总结2014年签署的合作协议执行情况。",
     [(_pair("内江市人民政府", "内江师范学院"), "2014", "year", BG)]),
    ("signed_document_of_last_year_carried_out",
     "4月9日，岳阳市人民政府与湖南理工学院召开联席会议，推动双方去年签署的合作协议落地。",
     [(_pair("岳阳市人民政府", "湖南理工学院"), "2023", "year", BG)]),
    ("expired_document_and_a_renewal_to_come",
     "4月9日，攀枝花市人民政府与攀枝花学院2019年签署的合作协议到期，双方表示将尽快续签。",
     [(_pair("攀枝花市人民政府", "攀枝花学院"), "2019", "year", BG)]),
    ("first_signing_recalled_in_a_since_clause_then_renewal_by_both_sides",
     "4月9日，自2016年签署战略合作协议以来，柳州市人民政府与广西科技大学合作不断深入，双方当天"
     "续签了协议。",
     [(_pair("广西科技大学", "柳州市人民政府"), "2016", "year", BG),
      (_pair("广西科技大学", "柳州市人民政府"), "2024-04-09", "day", NEW)]),
    ("first_signing_recalled_in_a_since_clause_alone",
     "3月2日，自2017年签订科技合作协议以来，钦州市人民政府与北部湾大学共建了4个研发平台。",
     [(_pair("北部湾大学", "钦州市人民政府"), "2017", "year", BG)]),
    ("previous_round_dated_in_the_next_sentence",
     "4月9日，桂林市人民政府与桂林电子科技大学续签战略合作协议。上一轮协议于2019年3月签署。",
     [(_pair("桂林市人民政府", "桂林电子科技大学"), "2019-03", "month", BG),
      (_pair("桂林市人民政府", "桂林电子科技大学"), "2024-04-09", "day", NEW)]),
    ("previous_signing_dated_after_its_verb",
     "4月9日，梧州市人民政府与梧州学院再度签约，双方上一次签约是在2019年3月。",
     [(_pair("梧州学院", "梧州市人民政府"), "2019-03", "month", BG),
      (_pair("梧州学院", "梧州市人民政府"), "2024-04-09", "day", NEW)]),
    ("a_total_since_a_year_is_not_listed",
     "4月9日，玉林市人民政府与玉林师范学院签署战略合作协议，这也是双方2019年以来的第三次签约。",
     [(_pair("玉林市人民政府", "玉林师范学院"), "2024-04-09", "day", NEW)]),
    ("a_document_acted_on_takes_no_date_of_the_meeting",
     "5月8日，为落实北海市人民政府与北部湾大学签署的合作协议，双方召开工作推进会。", []),
    ("this_signing_is_no_recall",
     "5月8日，乐山市人民政府与乐山师范学院签署的战略合作协议明确，双方将共建文旅研究院。",
     [(_pair("乐山市人民政府", "乐山师范学院"), "2024-05-08", "day", NEW)]),
]


@pytest.mark.parametrize(("phenomenon", "text", "expected"), CONCLUDED_WITHOUT_QIAN,
                         ids=[c[0] for c in CONCLUDED_WITHOUT_QIAN])
def test_concluded_without_qian(phenomenon: str, text: str, expected: list[tuple]) -> None:
    assert signings(text) == sorted(expected), phenomenon


@pytest.mark.parametrize(("phenomenon", "text", "expected"), CONCLUDED_NEGATIVES,
                         ids=[c[0] for c in CONCLUDED_NEGATIVES])
def test_concluded_negatives(phenomenon: str, text: str, expected: list[tuple]) -> None:
    assert signings(text) == expected, phenomenon


@pytest.mark.parametrize(("phenomenon", "text", "expected"), RENEWED_AND_RECALLED,
                         ids=[c[0] for c in RENEWED_AND_RECALLED])
def test_renewed_and_recalled(phenomenon: str, text: str, expected: list[tuple]) -> None:
    assert signings(text) == sorted(expected), phenomenon


@pytest.mark.parametrize(("phenomenon", "text", "expected"), RESTATED_CONCLUSIONS,
                         ids=[c[0] for c in RESTATED_CONCLUSIONS])
def test_restated_conclusions(phenomenon: str, text: str, expected: list[tuple]) -> None:
    assert signings(text) == sorted(expected), phenomenon


def test_a_restating_conclusion_gives_way_to_the_signing_of_its_sentence_or_pair() -> None:
    """The rule itself: of the conclusions without 签, those in a sentence with a signing, or of
    a pair signed elsewhere with 签, are dropped; the others stand."""
    from etl.extraction.agreements import _Found, _without_restatements
    from etl.records import Party

    def found(names: tuple[str, ...], span: tuple[int, int], concluded: bool) -> _Found:
        parties = tuple(Party(name=n, mention=n, kind="other", level="other") for n in names)
        return _Found(parties, None, None, False, "合作协议", None, "", span, False, False,
                      concluded=concluded)

    signed = found(("甲市人民政府", "乙大学"), (10, 40), False)
    same_sentence = found(("甲市", "乙大学"), (10, 40), True)
    same_pair = found(("甲市人民政府", "乙大学"), (0, 9), True)
    other = found(("丙市人民政府", "乙大学"), (41, 60), True)
    assert _without_restatements([same_pair, signed, same_sentence, other]) == [signed, other]
