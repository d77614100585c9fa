"""Boilerplate: line kinds by shape, body selection by maximum-scoring run, title choice."""

from __future__ import annotations

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from etl.cleaning import boilerplate as bp

P = ("8月8日，河南省科协与信阳市政府签署全面战略合作协议，"
     "双方将在提升科技创新能力等方面进行深入合作。")
Q = ("作为党和政府联系科技工作者的桥梁和纽带，"
     "科协工作是河南创新发展体系中不可或缺的一支重要力量。")

KIND_CASES = [
    # prose and headings
    (P, bp.PROSE),
    ("此次交流以座谈和经验分享为主。", bp.PROSE),
    ("完善机制，推动合作走深走实", bp.HEADING),
    ("省科协分别与宜昌、襄阳、黄石三市签订“会市合作”协议", bp.HEADING),
    ("【背景】", bp.HEADING),
    ("开放合作，共赢未来 河南省科协与郑州市政府签署战略合作协议", bp.HEADING),
    # info lines
    ("时间：2023-08-09 13:00:24 来源: 大河财立方", bp.INFO),
    ("2025-03-19 09:18", bp.INFO),
    ("来源：东北科技在线  2020年07月02日", bp.INFO),
    ("齐鲁科普在线  2020-08-04 16:55", bp.INFO),
    ("作者：谢慧变", bp.INFO),
    # bylines and credits
    ("（记者 金哲）", bp.BYLINE),
    ("（综合整理）", bp.BYLINE),
    ("责编：陈玉尧 | 审校：陈筱娟 | 审核：李震 | 监制：万军伟", bp.CHROME),
    ("【责任编辑：许宁】", bp.CHROME),
    # navigation, tools, images, legal
    ("当前位置：首页 > 新闻中心 > 园区规划 >", bp.CHROME),
    ("首页 | 要闻 | 政务 | 科技 | 产业 | 大湾区", bp.CHROME),
    ("分享到：微信  微博  QQ空间  复制链接", bp.CHROME),
    ("【字体：大 中 小】", bp.CHROME),
    ("【打印本页】 【关闭窗口】", bp.CHROME),
    ("图片", bp.CHROME),
    ("【资料图】", bp.CHROME),
    ("图：吴创之（右）、苏佩（左）代表双方签署科技合作协议", bp.CHROME),
    ("京ICP备10012xxx号  京公网安备11010502xxxxxx号", bp.CHROME),
    ("免责声明：本网转载自其它媒体的文章，目的在于传递更多信息。", bp.CHROME),
    ("上一篇：全省学会秘书长培训班开班", bp.CHROME),
    ("北京 天津 河北 山西 内蒙古 辽宁 吉林 黑龙江 上海 江苏 浙江 安徽", bp.CHROME),
    # link lists
    ("相关阅读：", bp.LIST_HEADING),
    ("最新文章", bp.LIST_HEADING),
    ("头条 23-08-09", bp.LIST_HEADING),
    ("· 夏季用电高峰来临 电网公司发布节约用电提示", bp.LIST),
    ("- 台风季来临 沿海渔船有序回港避风 2021-07-19", bp.LIST),
    ("夜市延长开放时间 现场直击  11-29", bp.LIST),
    # a teaser cut mid-sentence
    ("不知道是自己疯了还是这个世界癫了，有生之年竟然能看到真·孕妇混入爱豆圈了...前段时间上网冲浪的"
     "时候，看到某女团成员竟然挺", bp.TEASER),
]


@pytest.mark.parametrize(("line", "kind"), KIND_CASES)
def test_classify(line: str, kind: str) -> None:
    assert bp.split_lines(line)[0].kind == kind


def _kept(text: str) -> list[str]:
    seg = bp.segment(text)
    return [seg.lines[i].text for i in seg.keep]


def test_title_before_the_info_line_and_subtitle_after_it() -> None:
    text = ("首页 | 要闻 | 科技 | 创新\n当前位置：首页 > 科技 > 正文\n"
            "“国际科技组织总部集聚区”落户朝阳 市科协与朝阳区签署战略合作协议\n"
            "发布时间：2023-06-03 05:39   来源：京华科技频道   编辑：许宁\n"
            "国际动物学会等首批8家组织入驻 本市将搭建8个公共服务平台\n"
            f"{P}\n图片\n{Q}\n【责任编辑：许宁】\n热门推荐\n· 周末京城晴热为主 午后局地有雷阵雨\n"
            "关于本站 | 广告服务 | 联系方式 | 网站地图\n京ICP备10012xxx号")
    seg = bp.segment(text)
    assert seg.lines[seg.title].text.startswith("“国际科技组织总部集聚区”")
    assert _kept(text) == [seg.lines[seg.title].text,
                           "国际动物学会等首批8家组织入驻 本市将搭建8个公共服务平台", P, Q]


def test_title_after_the_info_lines() -> None:
    text = ("网站地图\n时间：2022-09-07 10:45\n作者：谢慧变\n来源：天山网-新疆日报\n点击量：\n"
            f"自治区政府和中国科协签署全面战略合作协议\n合力打造丝绸之路经济带区域科创高地\n{P}\n{Q}")
    seg = bp.segment(text)
    assert seg.lines[seg.title].text == "自治区政府和中国科协签署全面战略合作协议"
    assert _kept(text)[:2] == ["自治区政府和中国科协签署全面战略合作协议",
                               "合力打造丝绸之路经济带区域科创高地"]


def test_a_site_name_line_is_not_the_title() -> None:
    seg = bp.segment(f"九江市人民政府门户网站\n市政府召开第三十八次常务会议\n{P}\n{Q}")
    assert seg.lines[seg.title].text == "市政府召开第三十八次常务会议"


def test_no_title_when_the_page_starts_with_the_lead() -> None:
    seg = bp.segment(f"{P}\n{Q}\n免责声明：本网转载自其它媒体的文章。")
    assert seg.title is None and _kept(f"{P}\n{Q}") == [P, Q]


def test_subheadings_and_short_sentences_inside_the_body_are_kept() -> None:
    text = (f"{P}\n统筹设计服务山东的系列活动\n本文插图\n{Q}\n"
            "此次交流以座谈和经验分享为主。\n相关专题：年会")
    assert _kept(text) == [P, "统筹设计服务山东的系列活动", Q, "此次交流以座谈和经验分享为主。"]


def test_sidebar_after_a_list_heading_is_dropped_even_when_it_reads_like_prose() -> None:
    teaser = ("今天，比特币短时跌破89,000美元，最低下探到88,200美元，"
              "以太坊和SOL也分别跌破2400美元和135美元，甚至在")
    text = (f"{P}\n{Q}\n最新文章\n比特币跌至9.1万美元,KOL们各显神通，后市怎么看？\n"
            f"{teaser}\n{Q[:30]}。")
    assert _kept(text) == [P, Q]


def test_repeated_headline_lines_are_dropped() -> None:
    text = f"{P}\n{Q}\n" + "头条 23-08-09\n" * 20
    assert _kept(text) == [P, Q]


def test_empty_and_chrome_only_pages() -> None:
    assert bp.segment("").keep == ()
    assert bp.segment("\n \n").lines == ()
    assert _kept("网站地图\n京ICP备10012xxx号") == []


@settings(max_examples=200, deadline=None)
@given(st.lists(st.sampled_from([P, Q, "图片", "完善机制", "相关阅读：", "· 某某新闻 11-29",
                                 "来源：某网", "", "北京 天津 河北 山西 内蒙古"]), max_size=30))
def test_segment_is_total_and_keeps_lines_in_order(lines: list[str]) -> None:
    seg = bp.segment("\n".join(lines))
    assert list(seg.keep) == sorted(set(seg.keep))
    assert 0 <= seg.body_start <= seg.body_end <= len(seg.lines)


def test_an_excerpt_cut_mid_paragraph_keeps_its_last_paragraph() -> None:
    """A stored excerpt that stops mid-sentence (a Han character or a comma last) is still the
    article: its cut paragraph stays in the body."""
    head = ("首页 | 要闻 | 科技\n河南省科协与信阳市政府签署协议\n发布时间：2023-08-09 10:00\n"
            + P + "\n")
    cut = "根据协议，双方将围绕科普基础设施建设、科技人才培养等方面开展合作，省科协将支持信阳市建设"
    assert _kept(head + cut)[-1] == cut
    assert _kept(head + cut + "，")[-1] == cut + "，"
