"""Dates, date precision, new vs background signings, published date and source of whole
invented pages (round 8, a sweep of page forms): source and stamp lines in the forms sites
use, datelines, relative dates (昨天, 今天, 当天, 近日), visit and meeting windows, a URL's
date, signings recalled with their year, plans, footers with other dates, Traditional script.
Each row: an invented page and what ANNOTATION.md gives for it; a date is compared as the
scorer compares it (an approximate date on its year; a day, month or year on its value)."""

from __future__ import annotations

from typing import Any

import pytest

from tests.extraction_support import clean_page, known_limits, page_agreements, phenomenon_cases

SOURCE_AND_STAMP_LINES = [
    ('src_time_line_day',
     "中国科协与湖南省签署合作协议\n来源：湖南日报 发布时间：2021-05-0"
     "7 09:30\n5月6日，中国科协与湖南省人民政府在长沙签署全面战略合作"
     "协议。\n省委书记出席签约仪式。",
     {"url": None,
      "agreements": [('2021-05-06', 'day', False)],
      "published": '2021-05-07',
      "source": '湖南日报'}),
    ('time_src_line',
     "中国科协与湖南省签署合作协议\n2021年05月07日 09:30 来源：湖南日"
     "报\n6日，中国科协与湖南省人民政府在长沙签署全面战略合作协议。\n"
     "省长致辞。",
     {"url": None,
      "agreements": [('2021-05-06', 'day', False)],
      "published": '2021-05-07',
      "source": '湖南日报'}),
    ('fabu_riqi_slash',
     "中国科协与湖南省签署合作协议\n发布日期：2021/5/7 【字体：大 中 "
     "小】\n近日，中国科协与湖南省人民政府在长沙签署全面战略合作协议。"
     "\n双方将加强合作。",
     {"url": None,
      "agreements": [('2021-05', 'approx', False)],
      "published": '2021-05-07',
      "source": None}),
    ('zuozhe_bianji',
     "中国科协与湖南省签署合作协议\n作者：王五 编辑：赵六 来源：红网 2"
     "021-05-07\n昨天，中国科协与湖南省人民政府在长沙签署全面战略合作"
     "协议。\n",
     {"url": None,
      "agreements": [('2021-05-06', 'day', False)],
      "published": '2021-05-07',
      "source": '红网'}),
    ('riqian',
     "中国科协与湖南省签署合作协议\n时间：2021-05-09 来源：新湖南\n日"
     "前，中国科协与湖南省人民政府在长沙签署全面战略合作协议。\n",
     {"url": None,
      "agreements": [('2021-05', 'approx', False)],
      "published": '2021-05-09',
      "source": '新湖南'}),
    ('no_date_no_pub',
     "中国科协与湖南省签署合作协议\n中国科协与湖南省人民政府在长沙签署"
     "全面战略合作协议。\n双方表示将深化合作。",
     {"url": None,
      "agreements": [(None, 'unknown', False)],
      "published": None,
      "source": None}),
    ('footer_dates',
     "中国科协与湖南省签署合作协议\n发布时间：2021-05-07\n近日，中国科"
     "协与湖南省人民政府在长沙签署全面战略合作协议。\n相关新闻\n湖南省"
     "科协召开全委会 2020-12-01\n上一篇：省科协举办科技周 2021-04-20\n"
     "Copyright © 2019 湖南省科学技术协会 版权所有",
     {"url": None,
      "agreements": [('2021-05', 'approx', False)],
      "published": '2021-05-07',
      "source": '湖南省科学技术协会'}),
    ('nav_breadcrumb',
     "首页 > 新闻中心 > 科协动态\n中国科协与湖南省签署合作协议\n发布时"
     "间：2021-05-07 浏览次数：123\n6日上午，中国科协与湖南省人民政府"
     "在长沙签署全面战略合作协议。\n",
     {"url": None,
      "agreements": [('2021-05-06', 'day', False)],
      "published": '2021-05-07',
      "source": None}),
    ('pub_year_cross',
     "中国科协与湖南省签署合作协议\n发布时间：2022-01-03\n12月30日，中"
     "国科协与湖南省人民政府在长沙签署全面战略合作协议。\n",
     {"url": None,
      "agreements": [('2021-12-30', 'day', False)],
      "published": '2022-01-03',
      "source": None}),
    ('yesterday_noyear_pub',
     "中国科协与湖南省签署合作协议\n2021年5月7日 星期五\n昨日，中国科"
     "协与湖南省人民政府在长沙签署全面战略合作协议。\n",
     {"url": None,
      "agreements": [('2021-05-06', 'day', False)],
      "published": '2021-05-07',
      "source": None}),
    ('src_after_body',
     "中国科协与湖南省签署合作协议\n6日，中国科协与湖南省人民政府在长"
     "沙签署全面战略合作协议。\n（来源：湖南日报 2021-05-07）",
     {"url": None,
      "agreements": [('2021-05-06', 'day', False)],
      "published": '2021-05-07',
      "source": '湖南日报'}),
    ('dot_date_src',
     "中国科协与湖南省签署合作协议\n2021.05.07 来源：湖南科技报\n近日"
     "，中国科协与湖南省人民政府在长沙签署全面战略合作协议。\n",
     {"url": None,
      "agreements": [('2021-05', 'approx', False)],
      "published": '2021-05-07',
      "source": '湖南科技报'}),
    ('jinri_src_line_after',
     "中国科协与湖南省签署合作协议\n近日，中国科协与湖南省人民政府在长"
     "沙签署全面战略合作协议。\n来源：湖南日报 | 2021-05-07 09:30",
     {"url": None,
      "agreements": [('2021-05', 'approx', False)],
      "published": '2021-05-07',
      "source": '湖南日报'}),
    ('pub_cn_with_time_no_src',
     "中国科协与湖南省签署合作协议\n2021年5月7日 10:05\n5月6日，中国科"
     "协与湖南省人民政府在长沙签署全面战略合作协议。\n",
     {"url": None,
      "agreements": [('2021-05-06', 'day', False)],
      "published": '2021-05-07',
      "source": None}),
    ('header_today',
     "今天是：2021年5月20日 星期四\n首页 > 科协要闻\n中国科协与甘肃省"
     "签署协议\n发布时间：2021-05-07 来源：甘肃日报\n5月6日，中国科协"
     "与甘肃省人民政府签署战略合作协议。\n",
     {"url": None,
      "agreements": [('2021-05-06', 'day', False)],
      "published": '2021-05-07',
      "source": '甘肃日报'}),
    ('laiyuan_bracket',
     "中国科协与甘肃省签署协议\n【来源：甘肃日报】【发布时间：2021年05"
     "月07日】\n6日下午，中国科协与甘肃省人民政府签署战略合作协议。\n",
     {"url": None,
      "agreements": [('2021-05-06', 'day', False)],
      "published": '2021-05-07',
      "source": '甘肃日报'}),
    ('xinxi_laiyuan',
     "中国科协与甘肃省签署协议\n信息来源：甘肃省科协 发布日期：2021年5"
     "月7日 点击数：56\n近期，中国科协与甘肃省人民政府签署战略合作协议"
     "。\n",
     {"url": None,
      "agreements": [('2021-05', 'approx', False)],
      "published": '2021-05-07',
      "source": '甘肃省科协'}),
    ('pipe_line',
     "中国科协与甘肃省签署协议\n2021-05-07 09:30:12 | 来源：每日甘肃 |"
     " 作者：李明\n5月6日，中国科协与甘肃省人民政府签署战略合作协议。"
     "\n",
     {"url": None,
      "agreements": [('2021-05-06', 'day', False)],
      "published": '2021-05-07',
      "source": '每日甘肃'}),
    ('update_time',
     "中国科协与甘肃省签署协议\n发布时间：2021-05-07 更新时间：2021-05"
     "-09\n昨日，中国科协与甘肃省人民政府签署战略合作协议。\n",
     {"url": None,
      "agreements": [('2021-05-06', 'day', False)],
      "published": '2021-05-07',
      "source": None}),
    ('pub_footer_edit',
     "中国科协与甘肃省签署协议\n5月6日，中国科协与甘肃省人民政府签署战"
     "略合作协议。\n责任编辑：王芳\n发布时间：2021-05-07\n【打印】【关"
     "闭】",
     {"url": None,
      "agreements": [('2021-05-06', 'day', False)],
      "published": '2021-05-07',
      "source": None}),
    ('related_before_head',
     "相关新闻：省科协召开会议（2021-04-01）\n中国科协与甘肃省签署协议"
     "\n发布时间：2021-05-07\n近日，中国科协与甘肃省人民政府签署战略合"
     "作协议。\n",
     {"url": None,
      "agreements": [('2021-05', 'approx', False)],
      "published": '2021-05-07',
      "source": None}),
    ('pub_no_date_text',
     "中国科协与甘肃省签署协议\n发布时间：2021-05-07\n中国科协与甘肃省"
     "人民政府签署战略合作协议。双方将在科普等领域合作。\n",
     {"url": None,
      "agreements": [('2021-05', 'approx', False)],
      "published": '2021-05-07',
      "source": None}),
    ('kanwu_date',
     "中国科协与甘肃省签署协议\n《甘肃日报》（2021年05月07日 第01版）"
     "\n6日，中国科协与甘肃省人民政府签署战略合作协议。\n",
     {"url": None,
      "agreements": [('2021-05-06', 'day', False)],
      "published": '2021-05-07',
      "source": '甘肃日报'}),
    ('riqi_dianji',
     "中国科协与甘肃省签署协议\n日期：2021-05-07 点击：88 来源：甘肃科"
     "技网\n当天上午，中国科协与甘肃省人民政府签署战略合作协议。\n",
     {"url": None,
      "agreements": [('2021-05-07', 'day', False)],
      "published": '2021-05-07',
      "source": '甘肃科技网'}),
    ('src_only_line',
     "中国科协与甘肃省签署协议\n文章来源：中国科学报 2021-05-07\n5月6"
     "日，中国科协与甘肃省人民政府签署战略合作协议。\n",
     {"url": None,
      "agreements": [('2021-05-06', 'day', False)],
      "published": '2021-05-07',
      "source": '中国科学报'}),
    ('dec_signing_jan_pub',
     "中国科协与甘肃省签署协议\n发布时间：2022-01-02\n近日，中国科协与"
     "甘肃省人民政府签署战略合作协议。\n",
     {"url": None,
      "agreements": [('2022-01', 'approx', False)],
      "published": '2022-01-02',
      "source": None}),
    ('previous_day_src',
     "中国科协与甘肃省签署协议\n2021-05-07 来源：中国甘肃网\n前天，中"
     "国科协与甘肃省人民政府签署战略合作协议。\n",
     {"url": None,
      "agreements": [('2021-05-05', 'day', False)],
      "published": '2021-05-07',
      "source": '中国甘肃网'}),
    ('self_source',
     "中国科学院与四川省签署合作协议\n时间：2021-05-07 作者：admin 来"
     "源：本站\n5月6日，中国科学院与四川省人民政府签署全面合作协议。\n",
     {"url": None,
      "agreements": [('2021-05-06', 'day', False)],
      "published": '2021-05-07',
      "source": '本站'}),
    ('weekday_pub',
     "中国科学院与四川省签署合作协议\n2021-05-07 星期五 来源：四川在线"
     "\n6日，中国科学院与四川省人民政府签署全面合作协议。\n",
     {"url": None,
      "agreements": [('2021-05-06', 'day', False)],
      "published": '2021-05-07',
      "source": '四川在线'}),
    ('trailer_pub_paren',
     "中国科学院与四川省签署合作协议\n5月6日，中国科学院与四川省人民政"
     "府签署全面合作协议。\n（四川日报 2021年5月7日）",
     {"url": None,
      "agreements": [('2021-05-06', 'day', False)],
      "published": '2021-05-07',
      "source": '四川日报'}),
    ('signed_on_jinri_pub_only_footer',
     "中国科学院与四川省签署合作协议\n近日，中国科学院与四川省人民政府"
     "签署全面合作协议。\n编辑：王五\n2021-05-07",
     {"url": None,
      "agreements": [('2021-05', 'approx', False)],
      "published": '2021-05-07',
      "source": None}),
    ('trailer_pub_brackets',
     "浙江大学与宁波市签约\n6日，浙江大学与宁波市人民政府签署全面合作"
     "协议。\n[责任编辑：王五] 2021-05-07",
     {"url": None,
      "agreements": [('2021-05-06', 'day', False)],
      "published": '2021-05-07',
      "source": None}),
    ('fabuzhe',
     "中国科协与江西省签署协议\n发布者：admin 发布时间：2021/05/07\n5"
     "月6日，中国科协与江西省人民政府签署战略合作协议。\n江西省领导出"
     "席。",
     {"url": None,
      "agreements": [('2021-05-06', 'day', False)],
      "published": '2021-05-07',
      "source": None}),
    ('bracket_pub',
     "中国科协与江西省签署协议\n【发布时间：2021-05-07】【字体：大 中 "
     "小】\n5月6日，中国科协与江西省人民政府签署战略合作协议。\n江西省"
     "领导出席。",
     {"url": None,
      "agreements": [('2021-05-06', 'day', False)],
      "published": '2021-05-07',
      "source": None}),
    ('fabuyu',
     "中国科协与江西省签署协议\n发布于 2021-05-07 10:20\n5月6日，中国"
     "科协与江西省人民政府签署战略合作协议。\n江西省领导出席。",
     {"url": None,
      "agreements": [('2021-05-06', 'day', False)],
      "published": '2021-05-07',
      "source": None}),
    ('fabiaoyu',
     "中国科协与江西省签署协议\n发表于：2021-05-07\n5月6日，中国科协与"
     "江西省人民政府签署战略合作协议。\n江西省领导出席。",
     {"url": None,
      "agreements": [('2021-05-06', 'day', False)],
      "published": '2021-05-07',
      "source": None}),
    ('wen_slash',
     "中国科协与江西省签署协议\n文/张三 2021-05-07\n5月6日，中国科协与"
     "江西省人民政府签署战略合作协议。\n江西省领导出席。",
     {"url": None,
      "agreements": [('2021-05-06', 'day', False)],
      "published": '2021-05-07',
      "source": None}),
    ('weekday_first',
     "中国科协与江西省签署协议\n星期五 2021年5月7日\n5月6日，中国科协"
     "与江西省人民政府签署战略合作协议。\n江西省领导出席。",
     {"url": None,
      "agreements": [('2021-05-06', 'day', False)],
      "published": '2021-05-07',
      "source": None}),
    ('xinxi_fabu',
     "中国科协与江西省签署协议\n信息发布：2021-05-07 来源：江西省科协"
     "\n5月6日，中国科协与江西省人民政府签署战略合作协议。\n江西省领导"
     "出席。",
     {"url": None,
      "agreements": [('2021-05-06', 'day', False)],
      "published": '2021-05-07',
      "source": '江西省科协'}),
    ('outlet_bar_date',
     "中国科协与江西省签署协议\n江西日报 | 2021-05-07\n5月6日，中国科"
     "协与江西省人民政府签署战略合作协议。\n江西省领导出席。",
     {"url": None,
      "agreements": [('2021-05-06', 'day', False)],
      "published": '2021-05-07',
      "source": '江西日报'}),
    ('published_en',
     "中国科协与江西省签署协议\nPublished: 2021-05-07 Source: 江西日报"
     "\n5月6日，中国科协与江西省人民政府签署战略合作协议。\n江西省领导"
     "出席。",
     {"url": None,
      "agreements": [('2021-05-06', 'day', False)],
      "published": '2021-05-07',
      "source": '江西日报'}),
    ('date_dots_time',
     "中国科协与江西省签署协议\n2021.5.7 10:20 来源：中国江西网\n5月6"
     "日，中国科协与江西省人民政府签署战略合作协议。\n江西省领导出席。",
     {"url": None,
      "agreements": [('2021-05-06', 'day', False)],
      "published": '2021-05-07',
      "source": '中国江西网'}),
    ('laiyuan_then_time_newline',
     "中国科协与江西省签署协议\n来源：江西日报\n时间：2021-05-07 08:00"
     "\n5月6日，中国科协与江西省人民政府签署战略合作协议。\n江西省领导"
     "出席。",
     {"url": None,
      "agreements": [('2021-05-06', 'day', False)],
      "published": '2021-05-07',
      "source": '江西日报'}),
    ('riqi_src_author_jinri',
     "中国科协与江西省签署协议\n日期：2021-05-07  来源：大江网  作者："
     "刘某\n近日，中国科协与江西省人民政府签署战略合作协议。\n江西省领"
     "导出席。",
     {"url": None,
      "agreements": [('2021-05', 'approx', False)],
      "published": '2021-05-07',
      "source": '大江网'}),
    ('title_date_end',
     "中国科协与江西省签署协议 2021-05-07\n5月6日，中国科协与江西省人"
     "民政府签署战略合作协议。\n",
     {"url": None,
      "agreements": [('2021-05-06', 'day', False)],
      "published": '2021-05-07',
      "source": None}),
    ('jinri_no_pub_nothing',
     "中国科协与江西省签署协议\n近日，中国科协与江西省人民政府签署战略"
     "合作协议。\n",
     {"url": None,
      "agreements": [(None, 'unknown', False)],
      "published": None,
      "source": None}),
    ('pub_before_related_list',
     "中国科协与江西省签署协议\n近日，中国科协与江西省人民政府签署战略"
     "合作协议。\n发布时间：2021-05-07\n相关阅读\n省科协举办论坛 2021-"
     "04-20\n省科协召开会议 2021-03-02",
     {"url": None,
      "agreements": [('2021-05', 'approx', False)],
      "published": '2021-05-07',
      "source": None}),
    ('company_signing_riqian',
     "华为与深圳大学签约\n2021年05月07日 来源：深圳特区报\n日前，华为"
     "技术有限公司与深圳大学签署战略合作协议。\n",
     {"url": None,
      "agreements": [('2021-05', 'approx', False)],
      "published": '2021-05-07',
      "source": '深圳特区报'}),
]

DATELINES = [
    ('xinhua_dateline',
     "中国科协与湖南省签署合作协议\n新华社长沙5月6日电（记者 李四）中"
     "国科协与湖南省人民政府在长沙签署全面战略合作协议。\n",
     {"url": None,
      "agreements": [(None, 'unknown', False)],
      "published": None,
      "source": '新华社'}),
    ('benbao_xun_today',
     "中国科协与湖南省签署合作协议\n2021-05-07 来源：湖南日报\n本报讯"
     "（记者 张三）今天上午，中国科协与湖南省人民政府在长沙签署全面战"
     "略合作协议。\n",
     {"url": None,
      "agreements": [('2021-05-07', 'day', False)],
      "published": '2021-05-07',
      "source": '湖南日报'}),
    ('wangxun',
     "中国科协与湖南省签署合作协议\n红网时刻5月7日讯（通讯员 王五）5月"
     "6日，中国科协与湖南省人民政府在长沙签署全面战略合作协议。\n",
     {"url": None,
      "agreements": [(None, 'unknown', False)],
      "published": None,
      "source": '红网'}),
    ('renmin_dateline',
     "中国科学院与四川省签署合作协议\n2021年05月07日08:12 来源：人民网"
     "－科技频道\n人民网成都5月6日电 （记者 王某）中国科学院与四川省人"
     "民政府签署全面合作协议。\n",
     {"url": None,
      "agreements": [('2021-05-06', 'day', False)],
      "published": '2021-05-07',
      "source": '人民网－科技频道'}),
    ('zhongguowang_xun',
     "中国科学院与四川省签署合作协议\n发布时间：2021-05-07\n中国网5月6"
     "日讯 中国科学院与四川省人民政府签署全面合作协议。\n",
     {"url": None,
      "agreements": [('2021-05-06', 'day', False)],
      "published": '2021-05-07',
      "source": '中国网'}),
    ('paren_reporter_jinri',
     "中国科学院与四川省签署合作协议\n2021-5-7 来源：四川日报\n（记者 "
     "张三 通讯员 李四）近日，中国科学院与四川省人民政府签署全面合作协"
     "议。\n",
     {"url": None,
      "agreements": [('2021-05', 'approx', False)],
      "published": '2021-05-07',
      "source": '四川日报'}),
    ('xia_wu_dateline_benbao',
     "中国科学院与四川省签署合作协议\n四川日报 2021-05-07\n本报讯 5月6"
     "日下午，中国科学院与四川省人民政府签署全面合作协议。\n",
     {"url": None,
      "agreements": [('2021-05-06', 'day', False)],
      "published": '2021-05-07',
      "source": '四川日报'}),
    ('dateline_today_url_nodate',
     "科协签约\n羊城晚报广州8月29日讯（记者 张某）今天上午，中国科学院"
     "广州分院与广州市天河区人民政府签署科技合作协议。\n",
     {"url": None,
      "agreements": [(None, 'unknown', False)],
      "published": None,
      "source": '羊城晚报'}),
    ('riqian_dateline_xinhua',
     "浙江大学与宁波市签约\n2021年05月08日 来源：新华网\n新华社杭州5月"
     "7日电 日前，浙江大学与宁波市人民政府签署全面合作协议。\n",
     {"url": None,
      "agreements": [('2021-05', 'approx', False)],
      "published": '2021-05-08',
      "source": '新华网'}),
    ('pub_only_dateline_year',
     "浙江大学与宁波市签约\n新华社杭州2021年5月7日电 浙江大学与宁波市"
     "人民政府签署全面合作协议。\n",
     {"url": None,
      "agreements": [('2021-05-07', 'day', False)],
      "published": '2021-05-07',
      "source": '新华社'}),
]

MERGED_INFO_LEAD = [
    ('src_ts_jinri_sameline',
     "中国科协与云南省签署合作协议\n来源：科技日报 发布时间：2024-01-0"
     "9 09:30:00 近日，中国科协与云南省人民政府签署全面合作协议。\n",
     {"url": None,
      "agreements": [('2024-01', 'approx', False)],
      "published": '2024-01-09',
      "source": '科技日报'}),
    ('src_inline_author_first',
     "中国科学院与四川省签署合作协议\n作者：李四 来源：四川日报 时间："
     "2021-05-07 昨日，中国科学院与四川省人民政府签署全面合作协议。\n",
     {"url": None,
      "agreements": [('2021-05-06', 'day', False)],
      "published": '2021-05-07',
      "source": '四川日报'}),
    ('timestamp_src_inline_lead',
     "中国科学院与四川省签署合作协议\n2021-05-07 09:30 来源：四川日报 "
     "5月6日，中国科学院与四川省人民政府签署全面合作协议。\n",
     {"url": None,
      "agreements": [('2021-05-06', 'day', False)],
      "published": '2021-05-07',
      "source": '四川日报'}),
    ('info_lead_pipe_merged',
     "浙江大学与宁波市签约\n2021-05-07 10:20 | 来源：宁波晚报 | 昨日，"
     "浙江大学与宁波市人民政府签署全面合作协议。\n",
     {"url": None,
      "agreements": [('2021-05-06', 'day', False)],
      "published": '2021-05-07',
      "source": '宁波晚报'}),
    ('author_first_merged',
     "浙江大学与宁波市签约\n作者：张三 来源：宁波晚报 发布时间：2021-0"
     "5-07 日前，浙江大学与宁波市人民政府签署全面合作协议。\n",
     {"url": None,
      "agreements": [('2021-05', 'approx', False)],
      "published": '2021-05-07',
      "source": '宁波晚报'}),
    ('date_src_merged_day',
     "浙江大学与宁波市签约\n发布时间：2021-05-07 来源：宁波日报 5月6日"
     "，浙江大学与宁波市人民政府签署全面合作协议。\n",
     {"url": None,
      "agreements": [('2021-05-06', 'day', False)],
      "published": '2021-05-07',
      "source": '宁波日报'}),
]

RELATIVE_AND_WRITTEN_DATES = [
    ('full_date_lead',
     "中国科协与湖南省签署合作协议\n发布时间：2021-05-09\n2021年5月6日"
     "，中国科协与湖南省人民政府在长沙签署全面战略合作协议。\n",
     {"url": None,
      "agreements": [('2021-05-06', 'day', False)],
      "published": '2021-05-09',
      "source": None}),
    ('month_only',
     "中国科协与湖南省签署合作协议\n来源：湖南省科协\n2021年5月，中国"
     "科协与湖南省人民政府在长沙签署全面战略合作协议。\n",
     {"url": None,
      "agreements": [('2021-05', 'month', False)],
      "published": None,
      "source": '湖南省科协'}),
    ('morning_only',
     "中国科协与湖南省签署合作协议\n发布时间：2021-05-07 18:20\n上午，"
     "中国科协与湖南省人民政府在长沙签署全面战略合作协议。\n",
     {"url": None,
      "agreements": [('2021-05-07', 'day', False)],
      "published": '2021-05-07',
      "source": None}),
    ('hao',
     "中国科协与甘肃省签署协议\n发布时间：2021-05-07\n5月6号，中国科协"
     "与甘肃省人民政府签署战略合作协议。\n",
     {"url": None,
      "agreements": [('2021-05-06', 'day', False)],
      "published": '2021-05-07',
      "source": None}),
    ('cn_numerals',
     "中国科协与甘肃省签署协议\n发布时间：2021-05-07\n二〇二一年五月六"
     "日，中国科协与甘肃省人民政府签署战略合作协议。\n",
     {"url": None,
      "agreements": [('2021-05-06', 'day', False)],
      "published": '2021-05-07',
      "source": None}),
    ('jinnian_month',
     "中国科协与甘肃省签署协议\n发布时间：2021-06-20\n今年5月，中国科"
     "协与甘肃省人民政府签署战略合作协议。\n",
     {"url": None,
      "agreements": [('2021-05', 'month', False)],
      "published": '2021-06-20',
      "source": None}),
    ('benyue',
     "中国科学院与四川省签署合作协议\n发布时间：2021-05-07\n本月6日，"
     "中国科学院与四川省人民政府签署全面合作协议。\n",
     {"url": None,
      "agreements": [('2021-05-06', 'day', False)],
      "published": '2021-05-07',
      "source": None}),
    ('xiawu_shi',
     "浙江大学与宁波市签约\n发布时间：2021-05-07\n5月6日下午3时，浙江"
     "大学与宁波市人民政府签署全面合作协议。\n",
     {"url": None,
      "agreements": [('2021-05-06', 'day', False)],
      "published": '2021-05-07',
      "source": None}),
    ('xingqi_lead',
     "浙江大学与宁波市签约\n发布时间：2021-05-07\n5月6日（星期四），浙"
     "江大学与宁波市人民政府签署全面合作协议。\n",
     {"url": None,
      "agreements": [('2021-05-06', 'day', False)],
      "published": '2021-05-07',
      "source": None}),
    ('jiu_yue_cn',
     "浙江大学与宁波市签约\n发布时间：2021-09-12\n九月十日，浙江大学与"
     "宁波市人民政府签署全面合作协议。\n",
     {"url": None,
      "agreements": [('2021-09-10', 'day', False)],
      "published": '2021-09-12',
      "source": None}),
    ('yesterday_cross_month',
     "浙江大学与宁波市签约\n2021-06-01 来源：宁波日报\n昨天，浙江大学"
     "与宁波市人民政府签署全面合作协议。\n",
     {"url": None,
      "agreements": [('2021-05-31', 'day', False)],
      "published": '2021-06-01',
      "source": '宁波日报'}),
    ('trad_whole',
     "浙江大学与宁波市签约\n來源：寧波日報 發佈時間：2021-05-07\n近日"
     "，浙江大學與寧波市人民政府簽署全面合作協議。\n",
     {"url": None,
      "agreements": [('2021-05', 'approx', False)],
      "published": '2021-05-07',
      "source": '宁波日报'}),
    ('body_end_paren_date',
     "中国科协与江西省签署协议\n5月6日，中国科协与江西省人民政府签署战"
     "略合作协议。\n（2021-05-07）",
     {"url": None,
      "agreements": [('2021-05-06', 'day', False)],
      "published": '2021-05-07',
      "source": None}),
    ('xunshang',
     "中国科协与广西签署合作协议\n发布时间：2021-05-20\n5月上旬，中国"
     "科协与广西壮族自治区人民政府签署合作协议。\n",
     {"url": None,
      "agreements": [('2021-05', 'month', False)],
      "published": '2021-05-20',
      "source": None}),
    ('xiaxun',
     "中国科协与广西签署合作协议\n发布时间：2021-06-02\n5月下旬，中国"
     "科协与广西壮族自治区人民政府签署合作协议。\n",
     {"url": None,
      "agreements": [('2021-05', 'month', False)],
      "published": '2021-06-02',
      "source": None}),
    ('wan',
     "中国科协与广西签署合作协议\n发布时间：2021-05-07\n5月6日晚，中国"
     "科协与广西壮族自治区人民政府签署合作协议。\n",
     {"url": None,
      "agreements": [('2021-05-06', 'day', False)],
      "published": '2021-05-07',
      "source": None}),
    ('shangzhou',
     "中国科协与广西签署合作协议\n发布时间：2021-05-12\n上周，中国科协"
     "与广西壮族自治区人民政府签署合作协议。\n",
     {"url": None,
      "agreements": [('2021-05', 'approx', False)],
      "published": '2021-05-12',
      "source": None}),
    ('shangyue',
     "中国科协与广西签署合作协议\n发布时间：2021-06-12\n上月，中国科协"
     "与广西壮族自治区人民政府签署合作协议。\n",
     {"url": None,
      "agreements": [('2021-05', 'approx', False)],
      "published": '2021-06-12',
      "source": None}),
    ('huiyi_qijian_year_named',
     "中国科协与广西签署合作协议\n发布时间：2021-05-20\n5月18日，2021"
     "年中国—东盟科技论坛在南宁开幕。论坛期间，中国科协与广西壮族自治"
     "区人民政府签署合作协议。\n",
     {"url": None,
      "agreements": [('2021-05-18', 'day', False)],
      "published": '2021-05-20',
      "source": None}),
    ('jinri_then_day_other',
     "中国科协与广西签署合作协议\n发布时间：2021-05-20\n近日，中国科协"
     "与广西壮族自治区人民政府签署合作协议。5月18日，双方召开了首次联"
     "席会议。\n",
     {"url": None,
      "agreements": [('2021-05', 'approx', False)],
      "published": '2021-05-20',
      "source": None}),
    ('pinyin_page',
     "香港科技大学与南沙签约\n来源：南方日报 发布时间：2021-05-07\n5月"
     "6日，香港科技大学与广州市南沙区(nán shā qū)人民政府签署(qiān shǔ"
     ")合作协议。\n",
     {"url": None,
      "agreements": [('2021-05-06', 'day', False)],
      "published": '2021-05-07',
      "source": '南方日报'}),
    ('ruby_tone_numbers',
     "香港科技大学与南沙签约\n发布时间：2021-05-07\n近日(jìn rì)，香港"
     "科技大学与广州市南沙区人民政府签署合作协议。\n",
     {"url": None,
      "agreements": [('2021-05', 'approx', False)],
      "published": '2021-05-07',
      "source": None}),
    ('society_signing_day',
     "两学会签约\n发布时间：2021-05-07\n5月6日，中国化学会与中国化工学"
     "会签署合作协议。\n",
     {"url": None,
      "agreements": [('2021-05-06', 'day', False)],
      "published": '2021-05-07',
      "source": None}),
]

WINDOWS = [
    ('visit_window',
     "中国科协代表团访问湖南\n2021-05-10 来源：湖南日报\n5月6日至8日，"
     "中国科协党组书记率队在湘调研。期间，中国科协与湖南省人民政府在长"
     "沙签署全面战略合作协议。\n",
     {"url": None,
      "agreements": [('2021-05', 'approx', False)],
      "published": '2021-05-10',
      "source": '湖南日报'}),
    ('window_days',
     "中国科协与湖南省签署合作协议\n发布时间：2021-05-10\n5月6日至8日"
     "，第五届科技大会在长沙举行。大会期间，中国科协与湖南省人民政府在"
     "长沙签署全面战略合作协议。\n",
     {"url": None,
      "agreements": [('2021-05', 'approx', False)],
      "published": '2021-05-10',
      "source": None}),
    ('window_year',
     "中国科协与甘肃省签署协议\n发布时间：2021-05-10\n2021年5月6日至8"
     "日，中国科协率队赴甘肃考察，其间中国科协与甘肃省人民政府签署战略"
     "合作协议。\n",
     {"url": None,
      "agreements": [('2021-05', 'approx', False)],
      "published": '2021-05-10',
      "source": None}),
    ('meeting_window_qijian',
     "中国科学院与四川省签署合作协议\n发布时间：2021-05-08\n6日至7日，"
     "院省合作推进会在成都召开。会议期间，中国科学院与四川省人民政府签"
     "署全面合作协议。\n",
     {"url": None,
      "agreements": [('2021-05', 'approx', False)],
      "published": '2021-05-08',
      "source": None}),
    ('trad_window',
     "浙江大学与宁波市签约\n發佈時間：2021-05-10\n5月6日至8日，浙江大"
     "學代表團赴寧波考察，期間，浙江大學與寧波市人民政府簽署全面合作協"
     "議。\n",
     {"url": None,
      "agreements": [('2021-05', 'approx', False)],
      "published": '2021-05-10',
      "source": None}),
    ('window_hyphen',
     "中国科协与广西签署合作协议\n发布时间：2021-05-10\n5月6日-8日，中"
     "国科协代表团在广西调研。其间，中国科协与广西壮族自治区人民政府签"
     "署合作协议。\n",
     {"url": None,
      "agreements": [('2021-05', 'approx', False)],
      "published": '2021-05-10',
      "source": None}),
    ('window_dash',
     "中国科协与广西签署合作协议\n发布时间：2021-05-10\n5月6日—8日，中"
     "国科协代表团在广西调研。调研期间，中国科协与广西壮族自治区人民政"
     "府签署合作协议。\n",
     {"url": None,
      "agreements": [('2021-05', 'approx', False)],
      "published": '2021-05-10',
      "source": None}),
    ('window_zhi_short',
     "中国科协与广西签署合作协议\n发布时间：2021-05-10\n6至8日，中国科"
     "协代表团在广西调研。其间，中国科协与广西壮族自治区人民政府签署合"
     "作协议。\n",
     {"url": None,
      "agreements": [('2021-05', 'approx', False)],
      "published": '2021-05-10',
      "source": None}),
    ('cross_year_window',
     "中国科协与广西签署合作协议\n发布时间：2022-01-05\n2021年12月28日"
     "至30日，中国科协代表团在广西调研。其间，中国科协与广西壮族自治区"
     "人民政府签署合作协议。\n",
     {"url": None,
      "agreements": [('2021-12', 'approx', False)],
      "published": '2022-01-05',
      "source": None}),
    ('window_headline_same_pair',
     "中国科协与广西签署合作协议\n发布时间：2021-06-02\n5月28日至30日"
     "，中国科协代表团在广西调研。其间，中国科协与广西壮族自治区人民政"
     "府签署合作协议。\n",
     {"url": None,
      "agreements": [('2021-05', 'approx', False)],
      "published": '2021-06-02',
      "source": None}),
]

URL_DATES = [
    ('url_date_path',
     "中国科协与湖南省签署合作协议\n中国科协与湖南省人民政府在长沙签署"
     "全面战略合作协议。\n",
     {"url": "http://www.example.gov.cn/news/2021-05/07/content_123.htm",
      "agreements": [('2021-05-07', 'approx', False)],
      "published": None,
      "source": None}),
    ('url_t_path',
     "中国科协与湖南省签署合作协议\n中国科协与湖南省人民政府在长沙签署"
     "全面战略合作协议。\n",
     {"url": "http://kx.hunan.gov.cn/xxgk/202105/t20210507_123.html",
      "agreements": [('2021-05-07', 'approx', False)],
      "published": None,
      "source": None}),
    ('url_only_day_text',
     "中国科学院与四川省签署合作协议\n近日，中国科学院与四川省人民政府"
     "签署全面合作协议。\n",
     {"url": "http://www.sc.gov.cn/10462/2021/5/7/abc.shtml",
      "agreements": [('2021-05', 'approx', False)],
      "published": None,
      "source": None}),
    ('url_and_6ri_nopub',
     "中国科学院与四川省签署合作协议\n中国科学院与四川省人民政府签署全"
     "面合作协议。\n",
     {"url": "https://news.example.com/system/2021/05/07/030123456.shtml",
      "agreements": [('2021-05-07', 'approx', False)],
      "published": None,
      "source": None}),
    ('md_no_pub_url_year',
     "天河区召开科技创新大会\n12月26日上午，天河区召开2017年科技创新大"
     "会。会上，中国科学院广州分院与广州市天河区人民政府签署科技合作协"
     "议。\n",
     {"url": "http://www.example.cn/zk201712/t20171227_6363584.html",
      "agreements": [('2017-12-26', 'day', False)],
      "published": None,
      "source": None}),
    ('md_no_pub_url_dash',
     "天河区召开科技创新大会\n5月6日，中国科学院广州分院与广州市天河区"
     "人民政府签署科技合作协议。\n",
     {"url": "http://news.example.cn/2021-05-07/abc.html",
      "agreements": [('2021-05-06', 'day', False)],
      "published": None,
      "source": None}),
    ('url_unpadded',
     "论坛在广州举行\n论坛6日在广州举行。会上，中国科学院广州分院与广"
     "州市天河区人民政府签署科技合作协议。\n",
     {"url": "https://news.example.cn/2021-5-7/b202a5a8.html",
      "agreements": [('2021-05-06', 'approx', False)],
      "published": None,
      "source": None}),
    ('url_unpadded_nodate',
     "科技合作协议签署\n中国科学院广州分院与广州市天河区人民政府签署科"
     "技合作协议。\n",
     {"url": "https://news.example.cn/2021-5-7/b202a5a8.html",
      "agreements": [('2021-05-07', 'approx', False)],
      "published": None,
      "source": None}),
]

BACKGROUND = [
    ('background_year',
     "中国科协与湖南省签署合作协议\n发布时间：2021-05-07\n5月6日，中国"
     "科协与湖南省人民政府在长沙签署全面战略合作协议。2019年，中国科协"
     "与江西省人民政府曾签署合作协议。\n",
     {"url": None,
      "agreements": [('2021-05-06', 'day', False),
                     ('2019', 'year', True)],
      "published": '2021-05-07',
      "source": None}),
    ('background_since',
     "中国科协与湖南省签署合作协议\n发布时间：2021-05-07\n5月6日，中国"
     "科协与湖南省人民政府在长沙签署全面战略合作协议。自2018年中国科协"
     "与江西省人民政府签署合作协议以来，双方合作成效显著。\n",
     {"url": None,
      "agreements": [('2021-05-06', 'day', False),
                     ('2018', 'year', True)],
      "published": '2021-05-07',
      "source": None}),
    ('background_before_undated',
     "中国科协与湖南省签署合作协议\n发布时间：2021-05-07\n5月6日，中国"
     "科协与湖南省人民政府在长沙签署全面战略合作协议。此前，中国科协与"
     "江西省人民政府已签署合作协议。\n",
     {"url": None,
      "agreements": [('2021-05-06', 'day', False)],
      "published": '2021-05-07',
      "source": None}),
    ('plan_future',
     "中国科协与湖南省签署合作协议\n发布时间：2021-05-07\n5月6日，中国"
     "科协与湖南省人民政府在长沙签署全面战略合作协议。中国科协与江西省"
     "人民政府将于6月签署合作协议。\n",
     {"url": None,
      "agreements": [('2021-05-06', 'day', False)],
      "published": '2021-05-07',
      "source": None}),
    ('month_day_after_bg',
     "中国科协与湖南省签署合作协议\n发布时间：2021-05-07\n2019年，双方"
     "曾就科普合作进行洽谈。5月6日，中国科协与湖南省人民政府在长沙签署"
     "全面战略合作协议。\n",
     {"url": None,
      "agreements": [('2021-05-06', 'day', False)],
      "published": '2021-05-07',
      "source": None}),
    ('bg_full_date',
     "中国科协与湖南省签署合作协议\n发布时间：2021-05-07\n5月6日，中国"
     "科协与湖南省人民政府在长沙签署全面战略合作协议。2019年3月12日，"
     "中国科协与江西省人民政府签署了合作协议。\n",
     {"url": None,
      "agreements": [('2021-05-06', 'day', False),
                     ('2019-03-12', 'day', True)],
      "published": '2021-05-07',
      "source": None}),
    ('qunian_bg',
     "中国科协与甘肃省签署协议\n发布时间：2021-05-07\n5月6日，中国科协"
     "与甘肃省人民政府签署战略合作协议。去年，中国科协与青海省人民政府"
     "签署了合作协议。\n",
     {"url": None,
      "agreements": [('2021-05-06', 'day', False),
                     ('2020', 'year', True)],
      "published": '2021-05-07',
      "source": None}),
    ('zaozai_bg',
     "中国科协与甘肃省签署协议\n发布时间：2021-05-07\n5月6日，中国科协"
     "与甘肃省人民政府签署战略合作协议。早在2015年，中国科协就与青海省"
     "人民政府签署了合作协议。\n",
     {"url": None,
      "agreements": [('2021-05-06', 'day', False),
                     ('2015', 'year', True)],
      "published": '2021-05-07',
      "source": None}),
    ('ji_after_bg',
     "中国科协与甘肃省再次签署协议\n发布时间：2021-05-07\n5月6日，继20"
     "19年签署合作协议后，中国科协与甘肃省人民政府再次签署战略合作协议"
     "。\n",
     {"url": None,
      "agreements": [('2021-05-06', 'day', False),
                     ('2019', 'year', True)],
      "published": '2021-05-07',
      "source": None}),
    ('ji_after_bg_nodate',
     "中国科协与甘肃省再次签署协议\n发布时间：2021-05-07\n近日，继2019"
     "年签署合作协议后，中国科协与甘肃省人民政府再次签署战略合作协议。"
     "\n",
     {"url": None,
      "agreements": [('2021-05', 'approx', False),
                     ('2019', 'year', True)],
      "published": '2021-05-07',
      "source": None}),
    ('trad_bg',
     "中國科協與甘肅省簽署協議\n發佈時間：2021-05-07\n近日，中國科協與"
     "甘肅省人民政府簽署戰略合作協議。2019年，中國科協與青海省人民政府"
     "曾簽署合作協議。\n",
     {"url": None,
      "agreements": [('2021-05', 'approx', False),
                     ('2019', 'year', True)],
      "published": '2021-05-07',
      "source": None}),
    ('bg_month',
     "中国科协与甘肃省签署协议\n发布时间：2021-05-07\n5月6日，中国科协"
     "与甘肃省人民政府签署战略合作协议。2020年8月，中国科协与青海省人"
     "民政府签订了合作协议。\n",
     {"url": None,
      "agreements": [('2021-05-06', 'day', False),
                     ('2020-08', 'month', True)],
      "published": '2021-05-07',
      "source": None}),
    ('two_signings',
     "中国科学院与四川省续签合作协议\n发布时间：2021-05-07\n2017年11月"
     "，中国科学院与四川省人民政府签署合作协议。2021年5月6日，中国科学"
     "院与四川省人民政府续签全面合作协议。\n",
     {"url": None,
      "agreements": [('2021-05-06', 'day', False),
                     ('2017-11', 'month', True)],
      "published": '2021-05-07',
      "source": None}),
    ('ci_qian_bg_year',
     "中国科学院与四川省签署合作协议\n发布时间：2021-05-07\n5月6日，中"
     "国科学院与四川省人民政府签署全面合作协议。此次签约是双方继2012年"
     "签署合作协议之后的又一次合作。\n",
     {"url": None,
      "agreements": [('2021-05-06', 'day', False),
                     ('2012', 'year', True)],
      "published": '2021-05-07',
      "source": None}),
    ('shuangfang_yu_bg',
     "中国科学院与四川省签署合作协议\n发布时间：2021-05-07\n5月6日，中"
     "国科学院与四川省人民政府签署全面合作协议。双方于2016年签署的合作"
     "协议已经到期。\n",
     {"url": None,
      "agreements": [('2021-05-06', 'day', False),
                     ('2016', 'year', True)],
      "published": '2021-05-07',
      "source": None}),
    ('bg_2019_then_new_same_par',
     "浙江大学与宁波市签约\n发布时间：2021-05-07\n2019年，浙江大学与宁"
     "波市人民政府签署战略合作框架协议。5月6日，双方又签署了全面合作协"
     "议。\n",
     {"url": None,
      "agreements": [('2021-05-06', 'day', False),
                     ('2019', 'year', True)],
      "published": '2021-05-07',
      "source": None}),
    ('bg_list_years',
     "浙江大学与宁波市签约\n发布时间：2021-05-07\n5月6日，浙江大学与宁"
     "波市人民政府签署全面合作协议。近年来，浙江大学先后于2016年、2018"
     "年与宁波市人民政府签署合作协议。\n",
     {"url": None,
      "agreements": [('2021-05-06', 'day', False),
                     ('2016', 'year', True),
                     ('2018', 'year', True)],
      "published": '2021-05-07',
      "source": None}),
    ('plan_with_date',
     "浙江大学与宁波市签约\n发布时间：2021-05-07\n5月6日，浙江大学与宁"
     "波市人民政府签署全面合作协议。根据计划，浙江大学还将于6月与温州"
     "市人民政府签署合作协议。\n",
     {"url": None,
      "agreements": [('2021-05-06', 'day', False)],
      "published": '2021-05-07',
      "source": None}),
    ('qunian_dec',
     "中国科协与广西签署合作协议\n发布时间：2021-05-07\n5月6日，中国科"
     "协与广西壮族自治区人民政府签署合作协议。去年12月，中国科协与贵州"
     "省人民政府签署了合作协议。\n",
     {"url": None,
      "agreements": [('2021-05-06', 'day', False),
                     ('2020-12', 'month', True)],
      "published": '2021-05-07',
      "source": None}),
    ('bg_two_years_same_sentence',
     "中国科协与广西签署合作协议\n发布时间：2021-05-07\n5月6日，中国科"
     "协与广西壮族自治区人民政府签署合作协议。双方曾于2012年签署合作协"
     "议。\n",
     {"url": None,
      "agreements": [('2021-05-06', 'day', False),
                     ('2012', 'year', True)],
      "published": '2021-05-07',
      "source": None}),
    ('bg_nian_yue_ri_cn',
     "中国科协与广西签署合作协议\n发布时间：2021-05-07\n5月6日，中国科"
     "协与广西壮族自治区人民政府签署合作协议。2016年8月20日，中国科协"
     "曾与贵州省人民政府签署合作协议。\n",
     {"url": None,
      "agreements": [('2021-05-06', 'day', False),
                     ('2016-08-20', 'day', True)],
      "published": '2021-05-07',
      "source": None}),
    ('future_plan_year',
     "中国科协与广西签署合作协议\n发布时间：2021-05-07\n5月6日，中国科"
     "协与广西壮族自治区人民政府签署合作协议。到2025年，双方将共建10个"
     "科普基地。\n",
     {"url": None,
      "agreements": [('2021-05-06', 'day', False)],
      "published": '2021-05-07',
      "source": None}),
    ('zeng_yu_year',
     "中国科协与广西签署合作协议\n发布时间：2021-05-07\n5月6日，中国科"
     "协与广西壮族自治区人民政府签署合作协议。中国科协曾于2016年与贵州"
     "省人民政府签署合作协议。\n",
     {"url": None,
      "agreements": [('2021-05-06', 'day', False),
                     ('2016', 'year', True)],
      "published": '2021-05-07',
      "source": None}),
    ('zaozai_jiu_inner',
     "中国科协与广西签署合作协议\n发布时间：2021-05-07\n5月6日，中国科"
     "协与广西壮族自治区人民政府签署合作协议。中国科协早在2016年8月就"
     "与贵州省人民政府签署了合作协议。\n",
     {"url": None,
      "agreements": [('2021-05-06', 'day', False),
                     ('2016-08', 'month', True)],
      "published": '2021-05-07',
      "source": None}),
    ('zeng_undated',
     "中国科协与广西签署合作协议\n发布时间：2021-05-07\n5月6日，中国科"
     "协与广西壮族自治区人民政府签署合作协议。中国科协曾与贵州省人民政"
     "府签署合作协议。\n",
     {"url": None,
      "agreements": [('2021-05-06', 'day', False)],
      "published": '2021-05-07',
      "source": None}),
    ('bg_list_years_he',
     "中国科协与广西签署合作协议\n发布时间：2021-05-07\n5月6日，中国科"
     "协与广西壮族自治区人民政府签署合作协议。中国科协于2016年和2018年"
     "与贵州省人民政府签署合作协议。\n",
     {"url": None,
      "agreements": [('2021-05-06', 'day', False),
                     ('2016', 'year', True),
                     ('2018', 'year', True)],
      "published": '2021-05-07',
      "source": None}),
    ('bg_list_months',
     "中国科协与广西签署合作协议\n发布时间：2021-05-07\n5月6日，中国科"
     "协与广西壮族自治区人民政府签署合作协议。中国科协先后于2016年3月"
     "、2018年5月与贵州省人民政府签署合作协议。\n",
     {"url": None,
      "agreements": [('2021-05-06', 'day', False),
                     ('2016-03', 'month', True),
                     ('2018-05', 'month', True)],
      "published": '2021-05-07',
      "source": None}),
]

ANCHORS = [
    ('dangtian',
     "中国科协与湖南省签署合作协议\n发布时间：2021-05-07\n5月6日，中国"
     "科协党组书记一行来湘考察。当天，中国科协与湖南省人民政府在长沙签"
     "署全面战略合作协议。\n",
     {"url": None,
      "agreements": [('2021-05-06', 'day', False)],
      "published": '2021-05-07',
      "source": None}),
    ('yu_date_later',
     "中国科协与甘肃省签署协议\n发布时间：2021-05-07\n中国科协与甘肃省"
     "人民政府签署战略合作协议。签约仪式于5月6日在兰州举行。\n",
     {"url": None,
      "agreements": [('2021-05-06', 'day', False)],
      "published": '2021-05-07',
      "source": None}),
    ('date_prev_sentence',
     "中国科学院与四川省签署合作协议\n发布时间：2021-05-07\n5月6日上午"
     "，院省合作座谈会在成都举行。会上，中国科学院与四川省人民政府签署"
     "全面合作协议。\n",
     {"url": None,
      "agreements": [('2021-05-06', 'day', False)],
      "published": '2021-05-07',
      "source": None}),
    ('headline_date',
     "5月6日 中国科学院与四川省签署合作协议\n发布时间：2021-05-07\n中"
     "国科学院与四川省人民政府签署全面合作协议。\n",
     {"url": None,
      "agreements": [('2021-05-06', 'day', False)],
      "published": '2021-05-07',
      "source": None}),
    ('huodong_xianchang',
     "天河科技小院启动\n发布时间：2023-10-25\n10月24日，天河科技小院在"
     "广州市天河区举行启动仪式。省农科院院长介绍了建设规划。专家代表宣"
     "读了入驻名单。活动现场，中国科学院广州分院与广州市天河区人民政府"
     "签署科技合作协议。\n",
     {"url": None,
      "agreements": [('2023-10-24', 'day', False)],
      "published": '2023-10-25',
      "source": None}),
    ('yishi_shang',
     "天河科技小院启动\n发布时间：2023-10-25\n10月24日，天河区科技合作"
     "推进会在广州举行。区委书记致辞。仪式上，中国科学院广州分院与广州"
     "市天河区人民政府签署科技合作协议。\n",
     {"url": None,
      "agreements": [('2023-10-24', 'day', False)],
      "published": '2023-10-25',
      "source": None}),
    ('zai_date_qianshu',
     "浙江大学与宁波市签约\n发布时间：2021-05-07\n浙江大学与宁波市人民"
     "政府于5月6日在宁波签署全面合作协议。\n",
     {"url": None,
      "agreements": [('2021-05-06', 'day', False)],
      "published": '2021-05-07',
      "source": None}),
    ('headline_and_old_body_day',
     "中国科协与海南省签署合作协议\n发布时间：2021-11-24\n7月3日，中国"
     "科协与海南省人民政府在海口签署合作协议。双方将共建科普基地。\n",
     {"url": None,
      "agreements": [('2021-07-03', 'day', False)],
      "published": '2021-11-24',
      "source": None}),
    ('month_next_sentence_nopub',
     "科技合作推进\n2021年5月6日，中国科协与湖南省人民政府签署合作协议"
     "。6月，中国科协与江西省人民政府签署合作协议。\n",
     {"url": None,
      "agreements": [('2021-05-06', 'day', False),
                     ('2021-06', 'month', False)],
      "published": None,
      "source": None}),
    ('month_next_sentence_pub',
     "科技合作推进\n发布时间：2021-07-01\n5月6日，中国科协与湖南省人民"
     "政府签署合作协议。6月，中国科协与江西省人民政府签署合作协议。\n",
     {"url": None,
      "agreements": [('2021-05-06', 'day', False),
                     ('2021-06', 'month', False)],
      "published": '2021-07-01',
      "source": None}),
    ('next_para_huishang_url',
     "天河区召开科技创新大会\n12月26日上午，天河区召开科技创新大会。\n"
     "会上，中国科学院广州分院与广州市天河区人民政府签署科技合作协议。"
     "\n",
     {"url": "http://www.example.cn/zk201712/t20171227_6363584.html",
      "agreements": [('2017-12-26', 'day', False)],
      "published": None,
      "source": None}),
    ('next_para_huishang_pub',
     "天河区召开科技创新大会\n发布时间：2017-12-27\n12月26日上午，天河"
     "区召开科技创新大会。\n会上，中国科学院广州分院与广州市天河区人民"
     "政府签署科技合作协议。\n",
     {"url": None,
      "agreements": [('2017-12-26', 'day', False)],
      "published": '2017-12-27',
      "source": None}),
]

TRADITIONAL = [
    ('trad_day',
     "中國科協與湖南省簽署合作協議\n來源：湖南日報 發佈時間：2021-05-0"
     "7 09:30\n5月6日，中國科協與湖南省人民政府在長沙簽署全面戰略合作"
     "協議。\n",
     {"url": None,
      "agreements": [('2021-05-06', 'day', False)],
      "published": '2021-05-07',
      "source": '湖南日报'}),
    ('trad_pinyin',
     "中國科協與甘肅省簽署協議\n來源：甘肅日報 發佈時間：2021-05-07\n5"
     "月6日，中國科協與甘肅省(gān sù shěng)人民政府簽署戰略合作協議。"
     "\n",
     {"url": None,
      "agreements": [('2021-05-06', 'day', False)],
      "published": '2021-05-07',
      "source": '甘肃日报'}),
    ('trad_dagong',
     "港科大與南沙簽約\n2021-05-07 09:30 來源：大公報\n【大公報訊】記"
     "者王某報道：5月6日，香港科技大學與廣州市南沙區人民政府簽署合作協"
     "議。\n",
     {"url": None,
      "agreements": [('2021-05-06', 'day', False)],
      "published": '2021-05-07',
      "source": '大公报'}),
    ('trad_cna',
     "港科大與南沙簽約\n（中央社記者王某臺北6日電）香港科技大學與廣州"
     "市南沙區人民政府簽署合作協議。\n",
     {"url": None,
      "agreements": [(None, 'unknown', False)],
      "published": None,
      "source": '中央社'}),
    ('trad_pub_cn_date',
     "港科大與南沙簽約\n發佈日期：2021年5月7日\n昨日，香港科技大學與廣"
     "州市南沙區人民政府簽署合作協議。\n",
     {"url": None,
      "agreements": [('2021-05-06', 'day', False)],
      "published": '2021-05-07',
      "source": None}),
    ('trad_jinri_src',
     "港科大與南沙簽約\n日期：2021-05-07 來源：文匯報\n近日，香港科技"
     "大學與廣州市南沙區人民政府簽署合作協議。\n",
     {"url": None,
      "agreements": [('2021-05', 'approx', False)],
      "published": '2021-05-07',
      "source": '文汇报'}),
    ('trad_bg_zeng',
     "港科大與南沙簽約\n發佈時間：2021-05-07\n5月6日，香港科技大學與廣"
     "州市南沙區人民政府簽署合作協議。香港科技大學曾於2018年與廣州市人"
     "民政府簽署合作協議。\n",
     {"url": None,
      "agreements": [('2021-05-06', 'day', False),
                     ('2018', 'year', True)],
      "published": '2021-05-07',
      "source": None}),
]

PUBLISHED_FORMS = [
    ('bracket_date_alone',
     "中国科协与青海省签署协议\n【2021-05-07】\n5月6日，中国科协与青海"
     "省人民政府签署战略合作协议。\n青海省领导出席。",
     {"url": None,
      "agreements": [('2021-05-06', 'day', False)],
      "published": '2021-05-07',
      "source": None}),
    ('author_bar_date',
     "中国科协与青海省签署协议\n作者：张三 | 2021-05-07 | 阅读 123\n5"
     "月6日，中国科协与青海省人民政府签署战略合作协议。\n青海省领导出"
     "席。",
     {"url": None,
      "agreements": [('2021-05-06', 'day', False)],
      "published": '2021-05-07',
      "source": None}),
    ('fabuyuan',
     "中国科协与青海省签署协议\n发布时间：2021-05-07 16:30:00 发布人："
     "admin\n5月6日，中国科协与青海省人民政府签署战略合作协议。\n青海"
     "省领导出席。",
     {"url": None,
      "agreements": [('2021-05-06', 'day', False)],
      "published": '2021-05-07',
      "source": None}),
    ('gengxin_only',
     "中国科协与青海省签署协议\n更新时间：2021-05-07\n5月6日，中国科协"
     "与青海省人民政府签署战略合作协议。\n青海省领导出席。",
     {"url": None,
      "agreements": [('2021-05-06', 'day', False)],
      "published": '2021-05-07',
      "source": None}),
    ('time_first',
     "中国科协与青海省签署协议\n09:30 2021-05-07 来源：青海日报\n5月6"
     "日，中国科协与青海省人民政府签署战略合作协议。\n青海省领导出席。",
     {"url": None,
      "agreements": [('2021-05-06', 'day', False)],
      "published": '2021-05-07',
      "source": '青海日报'}),
    ('fagao',
     "中国科协与青海省签署协议\n发稿时间：2021-05-07 09:30:00\n5月6日"
     "，中国科协与青海省人民政府签署战略合作协议。\n青海省领导出席。",
     {"url": None,
      "agreements": [('2021-05-06', 'day', False)],
      "published": '2021-05-07',
      "source": None}),
    ('fabu_danwei',
     "中国科协与青海省签署协议\n【发布单位：青海省科协】【发布时间：20"
     "21-05-07】\n5月6日，中国科协与青海省人民政府签署战略合作协议。\n"
     "青海省领导出席。",
     {"url": None,
      "agreements": [('2021-05-06', 'day', False)],
      "published": '2021-05-07',
      "source": None}),
    ('riqi_weekday',
     "中国科协与青海省签署协议\n日期：2021年5月7日 星期五\n5月6日，中"
     "国科协与青海省人民政府签署战略合作协议。\n青海省领导出席。",
     {"url": None,
      "agreements": [('2021-05-06', 'day', False)],
      "published": '2021-05-07',
      "source": None}),
    ('footer_laiyuan_date',
     "中国科协与青海省签署协议\n5月6日，中国科协与青海省人民政府签署战"
     "略合作协议。\n青海省领导出席。\n来源：青海日报\u3000\u3000时间："
     "2021-05-07",
     {"url": None,
      "agreements": [('2021-05-06', 'day', False)],
      "published": '2021-05-07',
      "source": '青海日报'}),
    ('footer_editor_date',
     "中国科协与青海省签署协议\n5月6日，中国科协与青海省人民政府签署战"
     "略合作协议。\n青海省领导出席。\n（编辑：王五）2021-05-07",
     {"url": None,
      "agreements": [('2021-05-06', 'day', False)],
      "published": '2021-05-07',
      "source": None}),
]

KNOWN_LIMITS = [
    ('fullwidth',
     "中国科协与甘肃省签署协议\n发布时间：２０２１－０５－０７\n５月６"
     "日，中国科协与甘肃省人民政府签署战略合作协议。\n",
     {"url": None,
      "agreements": [('2021-05-06', 'day', False)],
      "published": '2021-05-07',
      "source": None}),
    ('year_month_day_spaces',
     "浙江大学与宁波市签约\n发布时间： 2021 - 05 - 07\n2021 年 5 月 6 "
     "日，浙江大学与宁波市人民政府签署全面合作协议。\n",
     {"url": None,
      "agreements": [('2021-05-06', 'day', False)],
      "published": '2021-05-07',
      "source": None}),
]


def _date_ok(want: str | None, precision: str, got: str | None) -> bool:
    if want is None:
        return True
    if precision == "approx":
        return (got or "")[:4] == want[:4]
    return (got or "")[:len(want)] == want


def _check(page: str, expected: dict[str, Any]) -> None:
    url = expected["url"]
    got = sorted(((a.date, a.date_precision, a.background or not a.is_new_signing)
                  for a in page_agreements(page, url)), key=lambda k: (k[2], str(k[0])))
    want = [tuple(w) for w in expected["agreements"]]
    assert len(got) == len(want), got
    for (wd, wp, wb), (gd, _gp, gb) in zip(want, got, strict=True):
        assert gb == wb and _date_ok(wd, wp, gd), (got, want)
    meta = clean_page(page, url).metadata
    assert (meta.published or "")[:10] == (expected["published"] or "")
    assert meta.source == expected["source"]


@pytest.mark.parametrize(("page", "expected"), phenomenon_cases(
    source_and_stamp_lines=SOURCE_AND_STAMP_LINES,
    datelines=DATELINES,
    merged_info_lead=MERGED_INFO_LEAD,
    relative_and_written_dates=RELATIVE_AND_WRITTEN_DATES,
    windows=WINDOWS,
    url_dates=URL_DATES,
    background=BACKGROUND,
    anchors=ANCHORS,
    traditional=TRADITIONAL,
    published_forms=PUBLISHED_FORMS,
) + known_limits(KNOWN_LIMITS))
def test_page_dates(page: str, expected: dict[str, Any]) -> None:
    _check(page, expected)
