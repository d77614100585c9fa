"""Boilerplate: line kinds by shape, body selection by maximum-scoring run, title choice."""

from __future__ import annotations

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from etl.cleaning import boilerplate as bp
from etl.vocabulary import cleaning as tp

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
    # a short line that names a picture: a caption, even without its "图："
    ("某某科技园二期项目规划示意图", bp.CHROME),
    ("签约双方与会人员合影留念", bp.CHROME),
    ("绘就区域协同创新新蓝图", bp.HEADING),
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


# ---------------------------------------------------------------------------- stored excerpts
# Real pages are often stored excerpts: cut mid-sentence at the end, hard-wrapped, with a spam
# header. Every sentence below is written for these tests.
CUT = ("根据协议，双方将在人才培养、平台共建和成果转化等方面开展合作，市科协将组织相关学会"
       "专家定期赴当地企业开展技术咨询和项目对接，推动一批科技成果在当地")  # cut mid-sentence
WRAP = ["为推动院地合作走深走实，落实双方此前达成的合作共识，6月3日，某省农业科学研究院与"
        "某市人民政府在当地举行",
        "签约仪式，签署科技合作协议。双方将围绕种业创新、智慧农业和农产品精深加工等重点领域，"
        "共建联合实验室和",
        "成果转化基地，院方派驻专家团队常驻当地开展技术服务。"]
INTRO = "协议签署以来，双方合作已取得以下几方面成效："
BLURB = ("今年以来，某区持续优化营商环境，出台一揽子惠企政策，新增市场主体数量同比增长"
         "两成以上，其中科技型企业占比明显提高，")


@pytest.mark.parametrize(("name", "text", "kept"), [
    # the excerpt stops inside the last paragraph: the cut paragraph is body text
    ("cut_last_paragraph", f"{P}\n{Q}\n{CUT}", [P, Q, CUT]),
    # ... also right after a subheading of the body
    ("cut_after_subheading", f"{P}\n{Q}\n深化人才交流\n{CUT}", [P, Q, "深化人才交流", CUT]),
    # ... and when the page is only that paragraph
    ("cut_single_paragraph", CUT, [CUT]),
    # a paragraph hard-wrapped into lines that stop mid-sentence
    ("hard_wrapped_paragraph", "\n".join(WRAP), WRAP),
    # ... also right under the title, with no info line between
    ("hard_wrapped_under_title", "某省农科院与某市签署科技合作协议\n" + "\n".join(WRAP),
     ["某省农科院与某市签署科技合作协议", *WRAP]),
    # a short last line with a comma, right after prose: a sentence the excerpt cut
    ("cut_short_sentence", f"{P}\n{Q}\n据了解，双方此前已在", [P, Q, "据了解，双方此前已在"]),
    # ... but a tag line is not one
    ("tag_line_is_not_a_sentence", f"{P}\n{Q}\n关键词：科协，合作，协议", [P, Q]),
    # a sidebar of headlines, each over its blurb, after the body: dropped
    ("sidebar_headline_and_blurb", f"{P}\n{Q}\n要闻速递 更多 >\n某区营商环境持续优化\n{BLURB}\n"
     "某市举办职业技能大赛\n" + BLURB.replace("营商环境", "技能人才"), [P, Q]),
    # a blurb under a headline, followed by more page furniture: dropped
    ("blurb_then_furniture", f"{P}\n{Q}\n某区营商环境持续优化\n{BLURB}\n服务平台", [P, Q]),
    # a spam header of keywords between bars and underscores: chrome, not the start of the body
    ("spam_keyword_header", "在线观看一区二区|免费高清视频大全_精品资源在线看|最新影视综合网站|"
     f"午夜影院免费播放\n{P}\n{Q}\n{CUT}", [P, Q, CUT]),
    # a run of province names with no punctuation is no cut sentence
    ("place_run_is_not_prose", "北京天津河北山西内蒙古辽宁吉林黑龙江上海江苏浙江安徽福建江西"
     "山东河南湖北湖南广东广西海南重庆四川贵州云南西藏陕西甘肃青海宁夏新疆香港澳门台湾\n"
     f"站内搜索\n关键词：\n{P}\n{Q}", [P, Q]),
    # lines without a Han character: an image's file name, a stray bar, an English translation
    ("lines_without_han", f"{P}\nphoto_0412.png\n|\n{Q}\nOn 8 August the provincial association "
     "and the city government signed an agreement.", [P, Q]),
    ("no_body_lines_without_han", f"{CUT[:30]}\nAn English version of the same line", [CUT[:30]]),
    # a sentence introducing a list ends with a colon: prose, so the section after it stays;
    # the excerpt's last line, a bulleted sentence cut after a comma, stays too
    ("colon_intro_and_cut_bullet",
     f"{P}\n{Q}\n三、合作成效\n{INTRO}\n- 平台建设：通过共建实验室，某市新增",
     [P, Q, "三、合作成效", INTRO, "- 平台建设：通过共建实验室，某市新增"]),
    # ... but a link list's last item, dated, is no cut sentence
    ("dated_item_is_not_cut", f"{P}\n{Q}\n- 某区举办科普活动，市民踊跃参加 2021-07-19", [P, Q]),
    # a numbered section heading right before the body opens the body
    ("section_heading_opens_body", f"一、合作背景\n{P}\n二、合作内容\n{Q}",
     ["一、合作背景", P, "二、合作内容", Q]),
    # reader notices are chrome: a reading-time line, a scrolling hint
    ("reader_notices", f"本文共820字，读完约2分钟\n双击屏幕即可自动滚动\n{P}\n{Q}", [P, Q]),
    # contact details after the body, cut or not, are no paragraph
    ("contact_line_is_not_prose", f"{P}\n{Q}\n某某交流平台，合作单位：某某研究会；某某书院; "
     "联系人：王女士 微信号：13800000000", [P, Q]),
])
def test_stored_excerpts(name: str, text: str, kept: list[str]) -> None:
    assert _kept(text) == kept, name


@pytest.mark.parametrize(("line", "kind"), [
    ("在线观看一区二区|免费高清视频大全_精品资源在线看|最新影视综合网站|午夜影院免费播放",
     bp.CHROME),
    # a page title with its site and channel: three items, no spam
    ("某市科协与某区签署合作协议_某某新闻网_科技频道", bp.HEADING),
    # contact details
    ("合作单位：某某研究会；联系人：王女士 微信号：13800000000", bp.CHROME),
    ("咨询电话：0371-12345678", bp.CHROME),
    # a sentence introducing a list vs a label
    ("双方商定在以下几个重点领域开展合作：", bp.PROSE),
    ("乙方（合作单位）：", bp.HEADING),
    # ... a share prompt ending with a colon is none
    ("扫描下方二维码关注我们的微信公众号获取更多资讯：", bp.CHROME),
    # a site's statement about its content, however long
    ("本站所有文章、图片和评论，均由网友发表或上传，或收集自互联网，仅供学习交流，"
     "如有侵权请联系删除，与本站立场无关。", bp.CHROME),
    # reader notices
    ("全文约1500字，预计阅读时长4分钟", bp.CHROME),
    ("本节未完，点击下一页继续阅读。", bp.CHROME),
    # a comment box's disclaimer after the body
    ("以下留言仅代表网友个人观点，与本站立场无关。", bp.CHROME),
])
def test_keyword_lists(line: str, kind: str) -> None:
    assert bp.split_lines(line)[0].kind == kind


@pytest.mark.parametrize(("text", "title", "kept"), [
    # a reporters' credit under the title is neither the title nor a subtitle
    ("当前位置：首页 > 要闻 > 正文\n某市与某大学签署合作协议，共建新型研发机构\n"
     f"（资料图片仅供参考）\n某某财经全媒体记者王某 某地报道\n{P}\n{Q}",
     "某市与某大学签署合作协议，共建新型研发机构",
     ["某市与某大学签署合作协议，共建新型研发机构", P, Q]),
    # a short tag line right over the info line is no headline: the longer heading above it is
    (f"某某招商网\n某市深化与某大学全面合作 共建创新平台推动产业升级\n创新驱动 产业升级\n"
     f"所属地区：某省-某市 发布日期：2025年08月14日\n{P}\n{Q}",
     "某市深化与某大学全面合作 共建创新平台推动产业升级",
     ["某市深化与某大学全面合作 共建创新平台推动产业升级", "创新驱动 产业升级", P, Q]),
    # without an info line: a site's slogan over the headline is no headline
    ("欢迎光临\n用心服务每一位读者\n某大学与某市科协签署战略合作框架协议 共建科普教育基地\n"
     f"{P}\n{Q}",
     "某大学与某市科协签署战略合作框架协议 共建科普教育基地",
     ["某大学与某市科协签署战略合作框架协议 共建科普教育基地", P, Q]),
    # ... but a headline over its (not much longer) subtitle stays the headline
    (f"某省科协与某市签署会市合作协议\n双方将在科技人才和科普等领域深化合作\n{P}\n{Q}",
     "某省科协与某市签署会市合作协议",
     ["某省科协与某市签署会市合作协议", "双方将在科技人才和科普等领域深化合作", P, Q]),
    # an author's bare name under the title is no subtitle
    (f"某省科技厅与某市建立厅市会商机制\n李某某\n2022年01月07日08:30 | 来源：某某日报\n"
     f"原标题：省科技厅与某市建立会商机制\n{P}\n{Q}",
     "某省科技厅与某市建立厅市会商机制",
     ["某省科技厅与某市建立厅市会商机制", "原标题：省科技厅与某市建立会商机制", P, Q]),
    # a credit of reporters and correspondents under the title is no subtitle
    (f"某县与某农业大学共建科技小院\n本报记者 王某某 通讯员 张某某李某某\n{P}\n{Q}",
     "某县与某农业大学共建科技小院", ["某县与某农业大学共建科技小院", P, Q]),
    # the author's bare name between the title and the info line does not hide the title
    (f"某某网\n某省科技厅与某市建立厅市会商机制\n王某某\n2022年01月07日08:30 | 来源：某某日报\n"
     f"原标题：省科技厅与某市建立会商机制\n{P}",
     "某省科技厅与某市建立厅市会商机制", None),
])
def test_title_over_credits(text: str, title: str, kept: list[str] | None) -> None:
    seg = bp.segment(text)
    assert seg.title is not None and seg.lines[seg.title].text == title
    if kept is not None:
        assert _kept(text) == kept


@pytest.mark.parametrize(("line", "credit"), [
    ("记者 华静", True),
    ("某某财经全媒体记者陈某 某地报道", True),
    ("某某日报 记者李某 张某", True),
    ("某某网实习记者张某某", True),
    ("本报记者 王某某 通讯员 张某某李某某", True),
    # a headline about reporters is no credit: what precedes 记者 is no outlet
    ("某市举行记者见面会", False),
    ("某省科协与某市签署合作协议", False),
])
def test_reporter_line_shape(line: str, credit: bool) -> None:
    assert bool(tp.REPORTER_LINE.match(line)) is credit


# A long paragraph of short clauses (a comma every few characters), written for this test.
LONG = ("为推动院地合作走深走实，落实双方此前达成的合作共识，6月3日上午，某省农业科学研究院与"
        "某市人民政府在当地举行科技合作协议签约仪式，双方负责同志出席并讲话，根据协议，双方将"
        "围绕种业创新、智慧农业、农产品精深加工等重点领域，共建联合实验室和成果转化基地，院方"
        "派驻专家团队常驻当地，开展技术服务和人才培训，市政府在用地、资金和政策等方面给予支持，"
        "共同打造院地合作的示范样板，推动一批科技成果在当地转化落地。")


@settings(max_examples=60, deadline=None)
@given(st.lists(st.integers(min_value=60, max_value=len(LONG) - 60), max_size=3),
       st.sampled_from(["", "某省农科院与某市签署科技合作协议\n",
                        "某省农科院与某市签署科技合作协议\n2023-06-03 来源：某某网\n"]),
       st.integers(min_value=60, max_value=len(LONG)))
def test_hard_wrapped_or_cut_paragraph_is_kept_whole(cuts: list[int], header: str,
                                                      stop: int) -> None:
    """However a stored page wraps the paragraph (lines of 60+ characters) and wherever the
    excerpt stops, under a title or not, no piece of the paragraph is dropped."""
    text = LONG[:stop]
    points = sorted({c for c in cuts if c < stop - 60})
    points = [p for i, p in enumerate(points) if i == 0 or p - points[i - 1] >= 60]
    pieces = [text[a:b] for a, b in zip([0, *points], [*points, len(text)], strict=True)]
    kept = _kept(header + "\n".join(pieces))
    assert kept[-len(pieces):] == pieces


HEADLINES = ["某区营商环境持续优化", "某市举办职业技能大赛", "某县推进乡村科普工作",
             "某园区新增三家研发中心"]


@settings(max_examples=60, deadline=None)
@given(st.lists(st.tuples(st.sampled_from(HEADLINES), st.integers(0, len(LONG) - 100),
                          st.integers(45, 90)), min_size=1, max_size=4),
       st.booleans())
def test_sidebar_of_headlines_and_blurbs_is_dropped(pairs: list[tuple[str, int, int]],
                                                    list_heading: bool) -> None:
    """After the body, a sidebar of headlines each over its blurb (cut mid-sentence) is dropped,
    whatever the blurbs' lengths, when it has a list heading or two items or more. (One headline
    over one cut paragraph with no list heading reads as a subheading and the body cut short.)"""
    if len(pairs) < 2 and not list_heading:
        pairs = pairs * 2
    side = [f"{h}\n{LONG[a:a + n]}" for h, a, n in pairs]
    text = "\n".join([P, Q, *(["相关新闻"] if list_heading else []), *side])
    assert _kept(text) == [P, Q]


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
