"""Signing frames on invented variants: each construction written many ways (connectors, verbs,
orders, kinds of party, officials, titles, lists, windows, negatives), so the rules follow the
language rather than the wording of any page.

Every sentence here was written for this test; the parties expected are exact and in order.
"""

from __future__ import annotations

from datetime import date

import pytest

from etl.extraction.agreements import extract_agreements
from etl.extraction.article import article_context, full_context
from etl.extraction.organisations import find_organisations


def parties(text: str) -> list[tuple[str, ...]]:
    got = extract_agreements(text, article_context(text), published=date(2024, 5, 20))
    return [tuple(p.name for p in a.parties) for a in got]


VARIANTS = [
    (
        'connector_yu',
        '5月8日，黑龙江省科协与佳木斯市人民政府签署战略合作协议。',
        [('黑龙江省科学技术协会', '佳木斯市人民政府')],
    ),
    (
        'connector_he',
        '5月8日，黑龙江省科协和鹤岗市政府签订会市合作协议。',
        [('黑龙江省科学技术协会', '鹤岗市人民政府')],
    ),
    (
        'connector_tong',
        '5月8日，吉林省科技厅同白山市人民政府签署厅市会商协议。',
        [('吉林省科学技术厅', '白山市人民政府')],
    ),
    (
        'connector_gen',
        '5月8日，辽宁省科协跟丹东市人民政府签订合作协议。',
        [('辽宁省科学技术协会', '丹东市人民政府')],
    ),
    (
        'connector_xieshou',
        '5月8日，湖北省科协携手宜昌市人民政府签署战略合作协议。',
        [('湖北省科学技术协会', '宜昌市人民政府')],
    ),
    (
        'connector_lianhe',
        '5月8日，湖南大学联合株洲市人民政府签署校地合作协议。',
        [('湖南大学', '株洲市人民政府')],
    ),
    (
        'connector_qianshou',
        '5月8日，广西科协牵手柳州市人民政府签订科技合作协议。',
        [('广西壮族自治区科学技术协会', '柳州市人民政府')],
    ),
    (
        'connector_huitong',
        '5月8日，海南省科技厅会同三亚市人民政府签署科技合作协议。',
        [('海南省科学技术厅', '三亚市人民政府')],
    ),
    (
        'verb_dijie',
        '5月8日，青海省科协与海东市人民政府缔结科技合作协议。',
        [('青海省科学技术协会', '海东市人民政府')],
    ),
    (
        'verb_zhengshi_qianyue',
        '5月8日，宁夏科协与吴忠市人民政府正式签约。',
        [('宁夏回族自治区科学技术协会', '吴忠市人民政府')],
    ),
    (
        'verb_qianxia',
        '5月8日，山西省科协与长治市人民政府签下会市合作协议。',
        [('山西省科学技术协会', '长治市人民政府')],
    ),
    (
        'verb_dacheng_bing_qianshu',
        '5月8日，陕西省科协与汉中市人民政府达成并签署战略合作协议。',
        [('陕西省科学技术协会', '汉中市人民政府')],
    ),
    (
        'verb_nominal_qianyue',
        '5月8日，河北省科协与邢台市人民政府战略合作签约。',
        [('河北省科学技术协会', '邢台市人民政府')],
    ),
    (
        'verb_jinxing_qianyue',
        '5月8日，山东省科协与日照市人民政府进行了战略合作签约。',
        [('山东省科学技术协会', '日照市人民政府')],
    ),
    (
        'verb_ceremony_object',
        '5月8日，福建省科协与莆田市人民政府举行战略合作签约仪式。',
        [('福建省科学技术协会', '莆田市人民政府')],
    ),
    (
        'verb_long_object',
        '5月8日，贵州省科协与铜仁市人民政府签署了为期三年的战略合作协议。',
        [('贵州省科学技术协会', '铜仁市人民政府')],
    ),
    (
        'order_date_after_parties',
        '云南省科协与保山市人民政府5月8日在保山签署战略合作协议。',
        [('云南省科学技术协会', '保山市人民政府')],
    ),
    (
        'order_date_place_between',
        '云南省科协5月8日在保山与保山市人民政府签署战略合作协议。',
        [('云南省科学技术协会', '保山市人民政府')],
    ),
    (
        'order_place_first',
        '在保山，5月8日，云南省科协与保山市人民政府签署战略合作协议。',
        [('云南省科学技术协会', '保山市人民政府')],
    ),
    (
        'order_ceremony_clause_first',
        ('5月8日在保山举行的签约仪式上，云南省科协与保山市人民政府签署战略合作协'
         '议。'),
        [('云南省科学技术协会', '保山市人民政府')],
    ),
    (
        'order_reversed_parties',
        '5月8日，丽江市人民政府与云南省科协在丽江签订科技合作协议。',
        [('丽江市人民政府', '云南省科学技术协会')],
    ),
    (
        'nominal_ceremony_held',
        '5月8日，四川省科协与绵阳市人民政府战略合作协议签约仪式在绵阳举行。',
        [('四川省科学技术协会', '绵阳市人民政府')],
    ),
    (
        'nominal_list_ceremony',
        '5月8日，四川省科协、德阳市人民政府战略合作签约仪式在德阳举行。',
        [('四川省科学技术协会', '德阳市人民政府')],
    ),
    (
        'nominal_activity',
        '5月8日，四川省科协与乐山市人民政府科技合作签约活动在乐山举行。',
        [('四川省科学技术协会', '乐山市人民政府')],
    ),
    (
        'nominal_titled_ceremony',
        '5月8日，四川省科协与南充市人民政府举行《战略合作协议》签约仪式。',
        [('四川省科学技术协会', '南充市人民政府')],
    ),
    (
        'nominal_dash',
        '5月8日，四川省科协—宜宾市人民政府战略合作签约仪式在宜宾举行。',
        [('四川省科学技术协会', '宜宾市人民政府')],
    ),
    (
        'nominal_quoted_dash',
        '5月8日，“四川省科协—泸州市人民政府”会市合作签约仪式举行。',
        [('四川省科学技术协会', '泸州市人民政府')],
    ),
    (
        'nominal_dot',
        '5月8日，四川省科协·达州市人民政府战略合作签约仪式在达州举行。',
        [('四川省科学技术协会', '达州市人民政府')],
    ),
    (
        'clause_shuangfang_after_meeting',
        ('5月8日，甘肃省科协与张掖市人民政府召开科技合作座谈会，双方签署了战略合'
         '作协议。'),
        [('甘肃省科学技术协会', '张掖市人民政府')],
    ),
    (
        'clause_joint_consultation',
        '5月8日，甘肃省科协和武威市人民政府共同协商，签订了科技合作协议。',
        [('甘肃省科学技术协会', '武威市人民政府')],
    ),
    (
        'clause_joint_event_then_sign',
        ('5月8日，甘肃省科协与酒泉市人民政府联合举办科技活动周，并签署战略合作协'
         '议。'),
        [('甘肃省科学技术协会', '酒泉市人民政府')],
    ),
    (
        'clause_visit_then_sign',
        ('5月8日，甘肃省科协党组书记张伟一行赴定西市考察，与定西市人民政府签署了'
         '战略合作协议。'),
        [('甘肃省科学技术协会', '定西市人民政府')],
    ),
    (
        'clause_meeting_shuangfang',
        ('5月8日，平凉市委书记王强、市长李明会见甘肃省科协党组书记张伟一行，双方'
         '签署战略合作协议。'),
        [('平凉市人民政府', '甘肃省科学技术协会')],
    ),
    (
        'officials_both_sides',
        ('5月8日，浙江省科协党组书记张伟与台州市市长李明代表双方签署战略合作协议'
         '。'),
        [('浙江省科学技术协会', '台州市人民政府')],
    ),
    (
        'officials_title_chain',
        ('5月8日，浙江省科协党组书记、常务副主席张伟与丽水市人民政府副市长李明签'
         '署了合作协议。'),
        [('浙江省科学技术协会', '丽水市人民政府')],
    ),
    (
        'officials_listed_before_connector',
        ('5月8日，衢州市委书记王强、市长李明与浙江省科协党组书记张伟共同签署战略'
         '合作协议。'),
        [('衢州市人民政府', '浙江省科学技术协会')],
    ),
    (
        'academician_signs_not_the_academy',  # ANNOTATION: the person is the party
        ('5月8日，中国工程院院士王某率团到舟山考察，与舟山某海洋科技有限公司签订'
         '院士工作站建站协议。'),
        [('王某', '舟山某海洋科技有限公司')],
    ),
    (
        'title_space',
        ('5月8日，双方代表签署《广东省科学技术协会 韶关市人民政府战略合作协议》'
         '。'),
        [('广东省科学技术协会', '韶关市人民政府')],
    ),
    (
        'title_with_yu',
        '5月8日，会上签署了《广东省科协与梅州市人民政府科技合作协议》。',
        [('广东省科学技术协会', '梅州市人民政府')],
    ),
    (
        'title_with_dunhao',
        ('5月8日，会上签订了《广东省科学技术协会、汕尾市人民政府战略合作框架协议'
         '》。'),
        [('广东省科学技术协会', '汕尾市人民政府')],
    ),
    (
        'title_full_names_over_short',
        ('5月8日，兴宁携手嘉应科技大学签署《梅州兴宁经济开发区管理委员会 嘉应科'
         '技大学 战略合作协议》。'),
        [('梅州兴宁经济开发区管理委员会', '嘉应科技大学')],
    ),
    (
        'kind_cas_institute_short',
        '5月8日，中科院合肥物质院与淮南市政府签署全面合作协议。',
        [('中国科学院合肥物质科学研究院', '淮南市人民政府')],
    ),
    (
        'kind_cas_suo_short',
        '5月8日，中科院大连化物所与大连市人民政府签署合作协议。',
        [('中国科学院大连化学物理研究所', '大连市人民政府')],
    ),
    (
        'kind_cas_garden',
        '5月8日，中国科学院西双版纳热带植物园与勐腊县人民政府签署合作协议。',
        [('中国科学院西双版纳热带植物园', '勐腊县人民政府')],
    ),
    (
        'kind_cas_branch',
        '5月8日，南京分院与常州市政府签订战略合作协议。',
        [('中国科学院南京分院', '常州市人民政府')],
    ),
    (
        'kind_provincial_academy_relative',
        '5月8日，省农科院与宿迁市政府签署科技合作协议。',
        [('江苏省农业科学院', '宿迁市人民政府')],
    ),
    (
        'kind_old_kexie',
        '5月8日，江苏省老科协与泰州市科协签署合作协议。',
        [('江苏省老科学技术工作者协会', '泰州市科学技术协会')],
    ),
    (
        'kind_sheke_lian',
        '5月8日，江苏省社科联与连云港市人民政府签署战略合作协议。',
        [('江苏省社会科学界联合会', '连云港市人民政府')],
    ),
    (
        'kind_gongshang_lian',
        '5月8日，江苏省工商联与淮安市人民政府签订合作协议。',
        [('江苏省工商业联合会', '淮安市人民政府')],
    ),
    (
        'kind_national_society',
        '5月8日，中国电子学会与无锡市人民政府签署战略合作协议。',
        [('中国电子学会', '无锡市人民政府')],
    ),
    (
        'kind_provincial_society',
        '5月8日，江苏省机械工程学会与常州市科协签署学会服务站共建协议。',
        [('江苏省机械工程学会', '常州市科学技术协会')],
    ),
    (
        'kind_productivity_centre',
        '5月8日，苏州市生产力促进中心与昆山市科技局签订合作协议。',
        [('苏州市生产力促进中心', '昆山市科学技术局')],
    ),
    (
        'kind_newspaper',
        '5月8日，新华日报社与南通市人民政府签署战略合作协议。',
        [('新华日报社', '南通市人民政府')],
    ),
    (
        'kind_hospital',
        '5月8日，南京鼓楼医院与宿迁市人民政府签署医疗合作协议。',
        [('南京鼓楼医院', '宿迁市人民政府')],
    ),
    (
        'kind_group_company_short',
        '5月8日，徐工集团与中国矿业大学签署战略合作协议。',
        # a group by its usual name is its registered name (rules/known_bodies.toml)
        [('徐州工程机械集团有限公司', '中国矿业大学')],
    ),
    (
        'kind_zone_committee_unplaced',
        '5月8日，西北农林科技大学与杨凌示范区管委会签署合作协议。',
        [('西北农林科技大学', '杨凌示范区管理委员会')],
    ),
    (
        'kind_zone_high_tech',
        '5月8日，武汉东湖高新区管委会与华中科技大学签订合作协议。',
        [('武汉东湖高新技术产业开发区管理委员会', '华中科技大学')],
    ),
    (
        'kind_university_place_short',
        '5月8日，上海交大与宁波市政府签署合作协议。',
        [('上海交通大学', '宁波市人民政府')],
    ),
    (
        'kind_university_place_short_nongda',
        '5月8日，南京农大与淮安市人民政府签署校地合作协议。',
        [('南京农业大学', '淮安市人民政府')],
    ),
    (
        'kind_autonomous_prefecture_short',
        '5月8日，甘孜州政府与四川大学签署合作协议。',
        [('甘孜藏族自治州人民政府', '四川大学')],
    ),
    (
        'kind_autonomous_prefecture_bare',
        '5月8日，湘西州与湖南农业大学签订校地合作协议。',
        [('湘西土家族苗族自治州', '湖南农业大学')],
    ),
    (
        'kind_league',
        '5月8日，锡林郭勒盟与内蒙古农业大学签署合作协议。',
        [('锡林郭勒盟', '内蒙古农业大学')],
    ),
    (
        'kind_league_kexie',
        '5月8日，阿拉善盟科协与内蒙古自治区科协签署合作协议。',
        [('阿拉善盟科学技术协会', '内蒙古自治区科学技术协会')],
    ),
    (
        'kind_district_of_municipality',
        '5月8日，重庆市北碚区人民政府与西南大学签订校地合作协议。',
        [('重庆市北碚区人民政府', '西南大学')],
    ),
    (
        'kind_ministry_province',
        '5月8日，科技部与四川省人民政府签署部省工作会商议定书。',
        [('中华人民共和国科学技术部', '四川省人民政府')],
    ),
    (
        'kind_hk_university',
        '5月8日，香港科技大学与广州市南沙区人民政府签署合作协议。',
        [('香港科技大学', '广州市南沙区人民政府')],
    ),
    (
        'list_each_with_bodies',
        ('5月8日，江西省科协分别与赣州市、吉安市、抚州市人民政府签署会市合作协议'
         '。'),
        [('江西省科学技术协会', '赣州市人民政府'),
      ('江西省科学技术协会', '吉安市人民政府'),
      ('江西省科学技术协会', '抚州市人民政府')],
    ),
    (
        'list_count_of_cities',
        '5月8日，江西省科协与赣州、吉安、抚州三市政府分别签署合作协议。',
        [('江西省科学技术协会', '赣州市人民政府'),
      ('江西省科学技术协会', '吉安市人民政府'),
      ('江西省科学技术协会', '抚州市人民政府')],
    ),
    (
        'list_joint_three_bodies',
        '5月8日，赣州市、吉安市、抚州市科协共同签署区域科协协同发展协议。',
        [('赣州市科学技术协会', '吉安市科学技术协会', '抚州市科学技术协会')],
    ),
    (
        'list_sanfang',
        '5月8日，赣州市科协、吉安市科协和抚州市科协三方签署合作协议。',
        [('赣州市科学技术协会', '吉安市科学技术协会', '抚州市科学技术协会')],
    ),
    (
        'list_two_governments',
        '5月8日，江西省科协与上饶市政府、景德镇市政府签署合作协议。',
        [('江西省科学技术协会', '上饶市人民政府'),
      ('江西省科学技术协会', '景德镇市人民政府')],
    ),
    (
        'two_province_abbrev_kexie',
        '5月8日，赣闽两省科协签署合作协议。',
        [('江西省科学技术协会', '福建省科学技术协会')],
    ),
    (
        'two_province_abbrev_bureau',
        '5月8日，苏陕两省科技厅在西安签署科技合作协议。',
        [('江苏省科学技术厅', '陕西省科学技术厅')],
    ),
    (
        'window_visit',
        ('5月7日至9日，江西省科协代表团赴上饶市考察，期间与上饶市人民政府签署了'
         '合作协议。'),
        [('江西省科学技术协会', '上饶市人民政府')],
    ),
    (
        'window_dash',
        ('5月7日—9日，江西省科协党组书记率队赴上饶调研，并与上饶市政府签订会市'
         '合作协议。'),
        [('江西省科学技术协会', '上饶市人民政府')],
    ),
    (
        'negative_plan',
        '5月8日，江西省科协与上饶市人民政府将于下月签署合作协议。',
        [],
    ),
    (
        'negative_talks_about_signing',
        '5月8日，江西省科协与上饶市人民政府就签署合作协议进行了洽谈。',
        [],
    ),
    (
        'negative_intent',
        '5月8日，江西省科协与上饶市人民政府达成合作意向。',
        [],
    ),
    (
        'negative_anniversary',
        '5月8日，江西省科协与上饶市人民政府合作协议签署五周年座谈会召开。',
        [],
    ),
    (
        'negative_attended',
        '5月8日，省科协领导出席了上饶市人民政府与南昌大学的签约仪式。',
        [],
    ),
    (
        'negative_draft',
        ('5月8日，市政府常务会议审议通过了《上饶市人民政府与江西省科学技术协会战'
         '略合作协议（草案）》。'),
        [],
    ),
    (
        'negative_proposed',
        '5月8日，江西省科协与上饶市人民政府拟签署战略合作协议。',
        [],
    ),
    (
        'negative_promise',
        ('5月8日，江西省科协与上饶市人民政府举行会谈，双方表示将尽快签署合作协议'
         '。'),
        [],
    ),

    (
        'person_titles_carry_bodies',
        ('5月8日，中国工程院副院长张三与山西省副省长李四代表双方签署战略合作协议'
         '。'),
        [('中国工程院', '山西省人民政府')],
    ),
    (
        'person_signs_on_document',
        ('5月8日，中国工程院副院长张三与山西省人民政府副省长李四在共建协议上签字'
         '。'),
        [('中国工程院', '山西省人民政府')],
    ),
    (
        'persons_represent_listed_bodies',
        '5月8日，王某和李某分别代表江苏省科协和南通市政府签署合作协议。',
        [('江苏省科学技术协会', '南通市人民政府')],
    ),
    (
        'persons_listed_represent_both_sides',
        ('5月8日，湖南省科协党组书记王某、怀化市市长李某分别代表双方签署战略合作'
         '协议。'),
        [('湖南省科学技术协会', '怀化市人民政府')],
    ),
    (
        'person_of_district',
        '5月8日，南开大学校长王某与滨海新区区长李某代表双方签署合作协议。',
        [('南开大学', '天津市滨海新区人民政府')],
    ),
    (
        'person_standing_committee',
        ('5月8日，株洲市委常委、副市长李某与湖南省科协党组副书记王某签署合作协议'
         '。'),
        [('株洲市人民政府', '湖南省科学技术协会')],
    ),
    (
        'person_heads_academy_province',
        '5月8日，中国科学院院长白某与河北省省长许某签署院省合作协议。',
        [('中国科学院', '河北省人民政府')],
    ),
    (
        'title_glued_national_province',
        '5月8日，会上签署了《中国工程院河南省人民政府共建战略研究院合作协议》。',
        [('中国工程院', '河南省人民政府')],
    ),
    (
        'title_glued_government_university',
        '5月8日，双方签署《漳州市人民政府厦门大学全面合作协议》。',
        [('漳州市人民政府', '厦门大学')],
    ),
    (
        'pairwise_listed_pairs',
        ('5月8日，南京市科协与镇江市科协、扬州市科协与泰州市科协分别签订了合作协'
         '议。'),
        [('南京市科学技术协会', '镇江市科学技术协会'),
      ('扬州市科学技术协会', '泰州市科学技术协会')],
    ),
    (
        'pairwise_without_each',
        ('5月8日，江苏省化学化工学会与南通市科协、江苏省力学学会与盐城市科协签署'
         '了合作协议。'),
        [('江苏省化学化工学会', '南通市科学技术协会'),
      ('江苏省力学学会', '盐城市科学技术协会')],
    ),
    (
        'tripartite_sanfang',
        '5月8日，南京大学、江北新区管委会、南京市科技局三方签署共建协议。',
        [('南京大学', '江苏省江北新区管理委员会', '南京市科学技术局')],
    ),
    (
        'tripartite_he',
        '5月8日，南京大学、江北新区管委会和南京市科技局签署三方合作协议。',
        [('南京大学', '江苏省江北新区管理委员会', '南京市科学技术局')],
    ),
    (
        'nominal_bare_city',
        '5月8日，中国科学院沈阳分院与鞍山市合作协议签约仪式在分院举行。',
        [('中国科学院沈阳分院', '鞍山市')],
    ),
    (
        'zone_subzone_committee',
        '5月8日，西咸新区沣西新城管委会与西北工业大学签订战略合作协议。',
        [('陕西省西咸新区沣西新城管理委员会', '西北工业大学')],
    ),
    (
        'zone_economic_committee',
        '5月8日，南京江宁经济技术开发区管委会与东南大学签订合作协议。',
        [('南京江宁经济技术开发区管理委员会', '东南大学')],
    ),
    (
        'zone_short_economic',
        '5月8日，长沙经开区与湖南大学签订合作协议。',
        [('长沙经济技术开发区管理委员会', '湖南大学')],
    ),
    (
        'zone_committee_no_place',
        ('5月8日，长沙市岳麓区人民政府与中关村管委会、长沙先导投资控股集团有限公'
         '司签订框架协议。'),
        # counterparts of different kinds, no 分别: one three-party document (ANNOTATION)
        [('长沙市岳麓区人民政府', '中关村管理委员会', '长沙先导投资控股集团有限公司')],
    ),
    (
        'renewal_xuqian',
        '5月8日，贵州省科协与六盘水市人民政府续签合作协议。',
        [('贵州省科学技术协会', '六盘水市人民政府')],
    ),
    (
        'renewal_second_round',
        '5月8日，贵州省科协与六盘水市人民政府签署第二轮会市合作协议。',
        [('贵州省科学技术协会', '六盘水市人民政府')],
    ),
    (
        'object_after_sign',
        '5月8日，长沙市人民政府和中南大学签约共建研究院。',
        [('长沙市人民政府', '中南大学')],
    ),
    (
        'object_in_nominal',
        '5月8日，长沙市人民政府与中南大学合作共建研究院签约仪式举行。',
        [('长沙市人民政府', '中南大学')],
    ),
    (
        'object_inside_document',
        '5月8日，长沙市人民政府与中南大学签订共建湖南先进技术研究院协议。',
        [('长沙市人民政府', '中南大学')],
    ),
    (
        'each_of_two_with_one',
        '5月8日，湘潭市、衡阳市分别与湖南省科协签订会市合作协议。',
        [('湘潭市人民政府', '湖南省科学技术协会'),
      ('衡阳市人民政府', '湖南省科学技术协会')],
    ),
    (
        'each_bodies_with_one',
        '5月8日，湘潭市科协、衡阳市科协分别与湖南大学签订合作协议。',
        [('湘潭市科学技术协会', '湖南大学'),
      ('衡阳市科学技术协会', '湖南大学')],
    ),
    (
        'negative_counts_only',
        '5月8日，本届博览会集中签约项目36项，其中框架协议1项。',
        [],
    ),
    (
        'negative_minutes',
        '5月8日，双方签署了会议纪要。',
        [],
    ),
    (
        'negative_letter_of_intent',
        '5月8日，贵州省科协与毕节市人民政府签订合作意向书。',
        [],
    ),
    (
        'negative_ceremony_nobody',
        '5月8日，会议期间举行了合作项目揭牌签约仪式。',
        [],
    ),
    (
        'negative_preview',
        '5月8日，首届科技合作周将于6月在遵义举办，届时将举行签约仪式。',
        [],
    ),
    (
        'negative_undated_recall',
        '5月8日，部长对两地签署合作协议10年以来取得的成果表示满意。',
        [],
    ),
    (
        'negative_implementing',
        ('5月8日，为落实贵州省科协与遵义市人民政府签署的战略合作协议，双方召开联'
         '席会议。'),
        [],
    ),
    (
        'subject_signs_again_after_comma',
        ('5月8日，安徽省科协与池州市人民政府签署了合作协议，与铜陵市人民政府签署'
         '了科普合作协议。'),
        [('安徽省科学技术协会', '池州市人民政府'),
      ('安徽省科学技术协会', '铜陵市人民政府')],
    ),
    (
        'subject_signs_again_after_semicolon',
        ('5月8日，安徽省科协与池州市人民政府签署了合作协议；与铜陵市人民政府签署'
         '了科普合作协议。'),
        [('安徽省科学技术协会', '池州市人民政府'),
      ('安徽省科学技术协会', '铜陵市人民政府')],
    ),
    (
        'each_with_tong',
        '5月8日，安徽省科协分别同池州市、铜陵市人民政府签订合作协议。',
        [('安徽省科学技术协会', '池州市人民政府'),
      ('安徽省科学技术协会', '铜陵市人民政府')],
    ),
    (
        'one_with_two_each_after',
        ('5月8日，池州市人民政府与合肥工业大学、安徽农业大学分别签订校地合作协议'
         '。'),
        [('池州市人民政府', '合肥工业大学'),
      ('池州市人民政府', '安徽农业大学')],
    ),
    (
        'topic_with_jiu_is_signing',
        '5月8日，安徽省科协与池州市人民政府就共建学会服务站签署合作协议。',
        [('安徽省科学技术协会', '池州市人民政府')],
    ),
    (
        'ceremony_held_by_pair',
        '5月8日上午，安徽省科协与池州市人民政府在池州举行会市合作签约仪式。',
        [('安徽省科学技术协会', '池州市人民政府')],
    ),
    (
        'three_parties_listed_with_place',
        ('5月8日，安徽省科协、池州市人民政府、安徽师范大学三方在池州签署科普合作'
         '协议。'),
        [('安徽省科学技术协会', '池州市人民政府', '安徽师范大学')],
    ),
    (
        'visit_then_sign_bare_city',
        '5月8日，安徽省科协党组书记张某一行赴池州市考察，并签订了会市合作协议。',
        [('安徽省科学技术协会', '池州市人民政府')],
    ),
    (
        'visit_university_then_sign',
        '5月8日，池州市副市长李某率队走访安徽农业大学，并签署校地合作协议。',
        [('池州市人民政府', '安徽农业大学')],
    ),
    (
        'visit_with_departments_then_sign',
        ('5月8日，文成县副县长李某带队，县科技、科协等部门到浙江农林大学开展校地'
         '合作交流，并签订合作协议。'),
        [('文成县人民政府', '浙江农林大学')],
    ),
    (
        'visit_witnessing_others',
        ('5月8日，安徽省科协党组书记张某赴池州市考察，见证了池州学院与池州市贵池'
         '区人民政府签署合作协议。'),
        [('池州学院', '池州市贵池区人民政府')],
    ),
    (
        'visit_two_places_unsaid',
        ('5月8日，安徽省科协党组书记张某一行赴池州市、铜陵市考察，并签订了合作协'
         '议。'),
        [],
    ),
    (
        'visit_shuangfang_next_sentence',
        ('5月8日，安徽省科协党组书记张某带队到池州市调研。期间，双方签订了会市合'
         '作协议。'),
        [('安徽省科学技术协会', '池州市人民政府')],
    ),
    (
        'meeting_then_officials_sign',
        ('安徽省科协与池州市人民政府科技合作座谈会在池州召开。会上，省科协党组书记'
         '张某与市长李某代表双方签署了合作协议。'),
        [('安徽省科学技术协会', '池州市人民政府')],
    ),
    (
        'possessive_own_ceremony',
        '5月8日，安徽省科协与池州市人民政府的战略合作签约仪式在池州举行。',
        [('安徽省科学技术协会', '池州市人民政府')],
    ),
    (
        'possessive_own_ceremony_plain',
        '5月8日，宣城市人民政府与安徽大学的签约仪式在宣城举行。',
        [('宣城市人民政府', '安徽大学')],
    ),
    (
        'possessive_attended_ceremony',
        '5月8日，省科协领导出席了宣城市人民政府与安徽大学的签约仪式。',
        [],
    ),
    (
        'possessive_projects_of_places',
        '5月8日，宣城、池州两市企业的多个项目签约。',
        [],
    ),
    (
        'document_signed_passive',
        '5月8日，安徽省科协与池州市人民政府战略合作协议正式签署。',
        [('安徽省科学技术协会', '池州市人民政府')],
    ),
    (
        'title_then_passive_signing',
        '5月8日，《安徽省科学技术协会与池州市人民政府会市合作协议》在池州签署。',
        [('安徽省科学技术协会', '池州市人民政府')],
    ),
    (
        'title_space_ceremony',
        '5月8日，《安徽省科协 池州市人民政府战略合作协议》签约仪式在池州举行。',
        [('安徽省科学技术协会', '池州市人民政府')],
    ),
    (
        'ceremony_joined_with_unveiling',
        ('5月8日，池州市人民政府与安徽省科协合作签约暨学会服务站揭牌仪式在池州举'
         '行。'),
        [('池州市人民政府', '安徽省科学技术协会')],
    ),
    (
        'ceremony_of_building_together',
        '5月8日，池州市与安徽省科协携手共建创新高地签约仪式在池州举行。',
        [('池州市人民政府', '安徽省科学技术协会')],
    ),
    (
        'witnessed_by_leaders_officials_sign',
        ('5月8日，在省科协党组书记张某和池州市市长李某的见证下，省科协副主席王某'
         '与池州市副市长赵某签署合作协议。'),
        [('安徽省科学技术协会', '池州市人民政府')],
    ),
    (
        'attended_by_own_leaders',
        ('5月8日，池州市人民政府与安徽省科协签订战略合作协议，市委书记王某、市长'
         '李某出席。'),
        [('池州市人民政府', '安徽省科学技术协会')],
    ),
    (
        'committee_and_government_first',
        '5月8日，池州市委、市政府与安徽省科协签订战略合作协议。',
        [('池州市人民政府', '安徽省科学技术协会')],
    ),
    (
        'party_department',
        '5月8日，安徽省科协与池州市委组织部签订人才合作协议。',
        [('安徽省科学技术协会', '池州市委组织部')],
    ),
    (
        'relative_list_with_counterpart',
        '5月8日，省科协、省科技厅与池州市政府签署三方合作协议。',
        [('安徽省科学技术协会', '安徽省科学技术厅', '池州市人民政府')],
    ),
    (
        'count_says_three',
        '5月8日，庆阳市人民政府、陇东学院及我所三方共建研究中心协议在庆阳签署。',
        [],
    ),
    (
        'epithet_revolutionary_base',
        '5月8日，江西省科协与革命老区瑞金市人民政府签署合作协议。',
        [('江西省科学技术协会', '瑞金市人民政府')],
    ),
    (
        'epithet_stacked',
        ('5月8日，中国科学院上海药物研究所与国家级贫困县云南省屏边县人民政府签署'
         '合作协议。'),
        [('中国科学院上海药物研究所', '屏边苗族自治县人民政府')],
    ),
    (
        'epithet_named_region',
        '5月8日，山东省科协与沂蒙革命老区临沂市人民政府签署科技合作协议。',
        [('山东省科学技术协会', '临沂市人民政府')],
    ),
    (
        'nominal_museum_with_venue_then_shuangfang',
        ('近日，黔南州人民政府与北京天文馆战略合作协议签约仪式在都匀举行。双方负责'
         '人代表双方进行签约。'),
        [('黔南布依族苗族自治州人民政府', '北京天文馆')],
    ),
    (
        'nominal_bank_branch_joint_kinds',
        ('5月8日，中国建设银行安徽省分行与安徽省农业科学院举行战略合作协议暨金融'
         '服务协议签约仪式。'),
        [('中国建设银行安徽省分行', '安徽省农业科学院')],
    ),
    (
        'long_phrase_between_pair_and_verb',
        ('3月5日，安徽省气象局与江苏省气象局围绕台风监测需求，按照“共享、共赢”'
         '的原则，签署了《联合观测合作协议》。'),
        [('安徽省气象局', '江苏省气象局')],
    ),
    (
        'topic_phrase_before_connector',
        ('3月5日，安徽省科协就人才培养、科学普及等方面与合肥工业大学签订战略合作'
         '框架协议。'),
        [('安徽省科学技术协会', '合肥工业大学')],
    ),
    (
        'ji_joins_pair_with_witnesses',
        ('3月5日，香港科技园公司及香港生产力促进局亦于多位嘉宾见证下签署合作协议'
         '。'),
        [('香港科技园公司', '香港生产力促进局')],
    ),
    (
        'science_park_not_cut_at_university',
        '5月8日，合肥学院与国家大学科技园签署合作协议。',
        [('合肥学院', '国家大学科技园')],
    ),
    (
        'umbrella_of_sub_agreements',
        '5月8日，举行校地合作子协议签署仪式，安徽大学与宣城市人民政府出席。',
        [],
    ),
    (
        'recalled_since_without_year',
        ('大会上，南京分院院长回顾了在南京分院和浦口区人民政府共同签署合作协议背景'
         '下取得的成果。'),
        [],
    ),
    (
        'recalled_since_undated',
        ('5月8日，省科协主席在讲话中说，自省科协与宣城市人民政府签署合作协议以来'
         '，合作成效明显。'),
        [],
    ),
    (
        'count_of_projects_by_region',
        '本次大会宁夏回族自治区与北京市、天津市等地新签约30项合作项目。',
        [],
    ),
    (
        'twinning_is_no_signing',
        '5月8日，合肥市和济南市、芜湖市和青岛市结为友好城市。',
        [],
    ),
    (
        'twinning_then_signing',
        ('5月8日，合肥市和济南市缔结为友好城市，安庆市和烟台市签署了友好合作协议'
         '。'),
        [('安庆市', '烟台市')],
    ),
    (
        'persons_named_with_bodies_before',
        ('5月8日，中国科学院广州分院院长张三应邀出席大会。越秀区区长李四致辞。会'
         '上，张三、李四代表双方签署科技合作协议。'),
        [('中国科学院广州分院', '广州市越秀区人民政府')],
    ),
    (
        'persons_each_represent',
        ('5月8日，安徽省科协党组书记王强到宣城市调研，宣城市市长李明陪同。随后，'
         '王强与李明分别代表双方签署合作协议。'),
        [('安徽省科学技术协会', '宣城市人民政府')],
    ),
    (
        'persons_without_bodies',
        '5月8日，会上，王强、李明代表双方签署合作协议。',
        [],
    ),
    (
        'spaces_around_connector',
        '5月8日，安徽省科协 与 池州市人民政府 签署合作协议。',
        [('安徽省科学技术协会', '池州市人民政府')],
    ),
    (
        'place_adverbial_yu',
        '5月8日，安徽省科协和池州市人民政府于池州签署合作协议。',
        [('安徽省科学技术协会', '池州市人民政府')],
    ),
    (
        'time_and_place_adverbials',
        '5月8日，安徽省科协与池州市人民政府今天上午在池州签订合作协议。',
        [('安徽省科学技术协会', '池州市人民政府')],
    ),
    (
        'shuangfang_between_pair_and_verb',
        '5月8日，安徽省科协与池州市人民政府双方在池州签订合作协议。',
        [('安徽省科学技术协会', '池州市人民政府')],
    ),
    (
        'representatives_between_pair_and_verb',
        '5月8日，安徽省科协与池州市人民政府有关负责人在池州签订合作协议。',
        [('安徽省科学技术协会', '池州市人民政府')],
    ),
    (
        'negative_visit_talks',
        ('5月8日，安徽省科协党组书记张某一行赴池州市调研，双方就深化合作进行了座'
         '谈。'),
        [],
    ),
    (
        'negative_visit_intention',
        '5月8日，池州市副市长李某带队到安徽大学考察，双方表示将进一步加强合作。',
        [],
    ),
    (
        'negative_review_meeting',
        '5月8日，安徽省科协与池州市人民政府召开联席会议，总结合作协议执行情况。',
        [],
    ),
    (
        'negative_according_to_signed',
        ('5月8日，根据安徽省科协与池州市人民政府签订的合作协议，双方共建学会服务'
         '站。'),
        [],
    ),
    (
        'negative_in_negotiation',
        '5月8日，安徽省科协与池州市人民政府正在洽谈合作协议。',
        [],
    ),
    (
        'negative_forum_will_hold_ceremony',
        '5月8日，本次论坛将举行安徽省科协与池州市人民政府合作签约仪式。',
        [],
    ),
    (
        'negative_draft_reviewed',
        '5月8日，会议审议了安徽省科协与池州市人民政府合作协议草案。',
        [],
    ),
    (
        'negative_consensus_sign_soon',
        '5月8日，安徽省科协与池州市人民政府达成共识，同意尽快签署合作协议。',
        [],
    ),
    (
        'negative_projects_counted',
        '5月8日，安徽省科协在池州举办科技活动周，现场签约项目12个。',
        [],
    ),
    (
        'negative_counted_firms_unnamed_partner',
        '5月8日，科技成果对接会上，30家企业与高校院所签订合作协议。',
        [],
    ),
    (
        'negative_experts_and_firms_counted',
        '5月8日，院士专家与企业签订13个技术合作项目。',
        [],
    ),
    (
        'negative_application_material',
        '5月8日，申报材料：学会与企业签订的建站协议（复印件）。',
        [],
    ),
    (
        'negative_rules_issued',
        '5月8日，安徽省科协印发《会市合作协议实施细则》。',
        [],
    ),
    (
        'negative_meeting_exchange_views',
        ('5月8日，安徽省科协党组书记张某会见池州市市长李某，双方就签署合作协议交'
         '换了意见。'),
        [],
    ),
    (
        'negative_year_since_signing',
        ('5月8日，安徽省科协与池州市人民政府合作协议签订一年来，已建成学会服务站'
         '8个。'),
        [],
    ),
    (
        'negative_preparation',
        '5月8日，安徽省科协与池州市人民政府签署合作协议的筹备工作全面启动。',
        [],
    ),
    (
        'long_joiner_yiji_pair',
        '5月8日，安徽省科协以及池州市人民政府签署合作协议。',
        [('安徽省科学技术协会', '池州市人民政府')],
    ),
    (
        'long_joiner_yiji_list',
        '5月8日，安徽省科协、池州市人民政府以及安徽大学三方签署合作协议。',
        [('安徽省科学技术协会', '池州市人民政府', '安徽大学')],
    ),
    (
        'he_inside_counterparts',
        '5月8日，安徽省科协同池州市人民政府和安徽大学共同签署了合作协议。',
        [('安徽省科学技术协会', '池州市人民政府', '安徽大学')],
    ),
    (
        'three_party_document_one_with_two',
        ('5月8日，池州市人民政府与安徽省科协、中国科学技术大学先进技术研究院签订'
         '三方合作协议。'),
        [('池州市人民政府', '安徽省科学技术协会', '中国科学技术大学先进技术研究院')],
    ),
    (
        'three_party_document_yiji',
        '5月8日，安徽省科协与池州市人民政府以及安徽大学签署三方合作协议。',
        [('安徽省科学技术协会', '池州市人民政府', '安徽大学')],
    ),
]


@pytest.mark.parametrize(("phenomenon", "text", "expected"), VARIANTS,
                         ids=[v[0] for v in VARIANTS])
def test_variant(phenomenon: str, text: str, expected: list[tuple[str, ...]]) -> None:
    assert parties(text) == expected, phenomenon


def test_phenomena_are_named_once() -> None:
    names = [v[0] for v in VARIANTS]
    assert len(names) == len(set(names))


# Organisations by the shape of their names, beyond governments and 科协: (phenomenon, name,
# canonical name, kind). Each is read on both sides of a connector.
SHAPES = [
    ('science_museum_full', '安徽省科学技术馆', '安徽省科学技术馆', 'other'),
    ('science_museum_short', '合肥市科技馆', '合肥市科学技术馆', 'other'),
    ('society_writers', '安徽省科普作家协会', '安徽省科普作家协会', '学会'),
    ('promotion_association', '安徽省技术市场促进会', '安徽省技术市场促进会', '学会'),
    ('society_consortium', '安徽省学会联合体', '安徽省学会联合体', '学会'),
    ('engineering_centre', '安徽省农业工程技术研究中心', '安徽省农业工程技术研究中心', 'institute'),
    ('university_institute', '中国科学技术大学先进技术研究院',
     '中国科学技术大学先进技术研究院', 'institute'),
    ('university_college_with_connector', '安徽农业大学茶与食品科技学院',
     '安徽农业大学茶与食品科技学院', 'university'),
    ('vocational_college', '安徽水利水电职业技术学院', '安徽水利水电职业技术学院', 'university'),
    ('bureau_weather', '安徽省气象局', '安徽省气象局', 'bureau'),
    ('customs', '合肥海关', '合肥海关', 'bureau'),
    ('commission_with_he', '安徽省发展和改革委员会', '安徽省发展和改革委员会', 'bureau'),
    ('commission_short', '合肥市发改委', '合肥市发展和改革委员会', 'bureau'),
    ('commission_health_short', '合肥市卫健委', '合肥市卫生健康委员会', 'bureau'),
    ('department_with_he', '安徽省人力资源和社会保障厅', '安徽省人力资源和社会保障厅', 'bureau'),
    ('department_industry_with_he', '安徽省工业和信息化厅', '安徽省工业和信息化厅', 'bureau'),
    ('supply_cooperative_union', '安徽省供销合作社联合社', '安徽省供销合作社联合社', 'other'),
    ('media_centre', '合肥市融媒体中心', '合肥市融媒体中心', 'institute'),
    ('broadcaster', '安徽广播电视台', '安徽广播电视台', 'other'),
    ('newspaper_group', '安徽日报报业集团', '安徽日报报业集团', 'enterprise'),
    ('newspaper_office', '新安晚报社', '新安晚报社', 'other'),
    ('design_institute', '安徽省城乡规划设计研究院', '安徽省城乡规划设计研究院', 'institute'),
    ('company_bureau_in_name', '中铁四局集团有限公司', '中铁四局集团有限公司', 'enterprise'),
    ('company_brand_before_province', '国网安徽省电力有限公司',
     '国网安徽省电力有限公司', 'enterprise'),
    ('bank_branch', '中国建设银行安徽省分行', '中国建设银行安徽省分行', 'enterprise'),
    ('service_centre', '安徽省科技成果转化服务中心', '安徽省科技成果转化服务中心', 'institute'),
    ('science_city_committee', '合肥滨湖科学城管委会', '合肥滨湖科学城管理委员会', 'zone'),
    ('district_kexie_with_city', '合肥市包河区科协', '合肥市包河区科学技术协会', '科协'),
    ('town_government', '肥西县上派镇人民政府', '肥西县上派镇人民政府', 'government'),
    ('county_one_character', '歙县人民政府', '歙县人民政府', 'government'),
    ('district_same_name_as_city', '黄山区人民政府', '黄山市黄山区人民政府', 'government'),
    ('county_level_city_with_prefecture', '宣城市宁国市人民政府', '宁国市人民政府', 'government'),
    ('county_with_prefecture', '六安市金寨县人民政府', '金寨县人民政府', 'government'),
    ('academy_institute', '安徽省农业科学院茶叶研究所', '安徽省农业科学院茶叶研究所', 'institute'),
    ('cas_institute_long', '中国科学院合肥物质科学研究院等离子体物理研究所',
     '中国科学院合肥物质科学研究院等离子体物理研究所', 'institute'),
    ('cas_short', '中科院合肥研究院', '中国科学院合肥研究院', 'institute'),
    ('hospital_affiliated', '安徽医科大学第一附属医院', '安徽医科大学第一附属医院', 'other'),
    ('hospital_city', '合肥市第一人民医院', '合肥市第一人民医院', 'other'),
    ('extension_station', '安徽省农业技术推广总站', '安徽省农业技术推广总站', 'institute'),
    ('kexie_full_is_kexie', '安徽省科学技术协会', '安徽省科学技术协会', '科协'),
    ('enterprise_federation', '安徽省企业联合会', '安徽省企业联合会', '学会'),
    ('national_society', '中国自动化学会', '中国自动化学会', '学会'),
    ('university_placed_institute', '清华大学合肥公共安全研究院',
     '清华大学合肥公共安全研究院', 'institute'),
    ('national_administration', '国家知识产权局', '国家知识产权局', 'bureau'),
    ('national_administration_with_he', '国家林业和草原局', '国家林业和草原局', 'bureau'),
    ('national_bureau', '中国气象局', '中国气象局', 'bureau'),
    ('party_department', '黄山市委组织部', '黄山市委组织部', 'bureau'),
    ('laboratory_own_name', '之江实验室', '之江实验室', 'institute'),
    ('national_laboratory', '合肥国家实验室', '合肥国家实验室', 'institute'),
    ('research_institute_of_group', '中国电子科技集团公司第三十八研究所',
     '中国电子科技集团公司第三十八研究所', 'institute'),
    ('enterprise_with_wei', '华为技术有限公司', '华为技术有限公司', 'enterprise'),
    ('enterprise_short_with_wei', '华为公司', '华为公司', 'enterprise'),
    ('enterprise_with_place_in_brackets', '百度在线网络技术（北京）有限公司',
     '百度在线网络技术(北京)有限公司', 'enterprise'),
    ('enterprise_branch_company', '中国电信股份有限公司安徽分公司',
     '中国电信股份有限公司安徽分公司', 'enterprise'),
    ('enterprise_group_only', '阿里巴巴集团', '阿里巴巴集团', 'enterprise'),
    ('national_innovation_centre_regional', '长三角国家技术创新中心',
     '长三角国家技术创新中心', 'institute'),
    ('national_innovation_centre', '国家新能源汽车技术创新中心',
     '国家新能源汽车技术创新中心', 'institute'),
    ('national_information_centre', '国家信息中心', '国家信息中心', 'institute'),
    ('hospital_with_he', '北京协和医院', '北京协和医院', 'other'),
    ('hospital_affiliated_university', '复旦大学附属中山医院', '复旦大学附属中山医院', 'other'),
    ('national_academy_medical', '中国医学科学院', '中国医学科学院', 'institute'),
    ('national_association_short_rural', '中国农技协', '中国农村专业技术协会', '学会'),
    ('national_old_scientists_short', '中国老科协', '中国老科学技术工作者协会', '学会'),
    ('shenzhen_innovation_commission', '深圳市科技创新委员会', '深圳市科技创新委员会', 'bureau'),
    ('cooperation_zone_own_name', '横琴粤澳深度合作区', '横琴粤澳深度合作区', 'other'),
    ('university_campus_in_brackets', '香港中文大学（深圳）', '香港中文大学(深圳)', 'university'),
    ('sino_foreign_university', '西交利物浦大学', '西交利物浦大学', 'university'),
    ('corps_division_city_kexie', '新疆生产建设兵团第八师石河子市科协',
     '新疆生产建设兵团第八师石河子市科学技术协会', '科协'),
    ('prefecture_administration_short', '大兴安岭地区行署', '大兴安岭地区行政公署', 'government'),
    ('prefecture_area_kexie', '喀什地区科协', '喀什地区科学技术协会', '科协'),
    ('league_kexie', '兴安盟科协', '兴安盟科学技术协会', '科协'),
    ('banner_government', '鄂尔多斯市伊金霍洛旗人民政府', '伊金霍洛旗人民政府', 'government'),
    ('banner_kexie', '伊金霍洛旗科协', '伊金霍洛旗科学技术协会', '科协'),
    ('society_sub_committee', '中国电子学会产业工作委员会', '中国电子学会产业工作委员会', '学会'),
    ('overseas_chinese_association_short', '澳华科协', '澳华科学技术协会', '学会'),
    ('overseas_chinese_association', '澳大利亚华人科学技术协会',
     '澳大利亚华人科学技术协会', 'other'),
    ('national_foundation_commission_short', '国家自然科学基金委',
     '国家自然科学基金委员会', 'bureau'),
    ('zone_long_name', '芜湖长江大桥综合经济开发区管委会',
     '芜湖长江大桥综合经济开发区管理委员会', 'zone'),
]


@pytest.mark.parametrize(("phenomenon", "name", "canonical", "kind"), SHAPES,
                         ids=[s[0] for s in SHAPES])
def test_shape(phenomenon: str, name: str, canonical: str, kind: str) -> None:
    for text in (f"5月8日，{name}与黄山市人民政府签署合作协议。",
                 f"5月8日，黄山市人民政府与{name}签署合作协议。"):
        got = {m.mention: (m.name, m.kind) for m in find_organisations(text, full_context(text))}
        assert got.get(name) == (canonical, kind), (phenomenon, text)


# Whole short articles (headline, then body): what the article context and the merging of
# reports do. (phenomenon, text, the parties of every agreement, their dates)
ARTICLES = [
    (
        "headline_short_form_is_the_body_event",
        "芜湖高新区与中科院合肥物质院签约\n"
        "5月8日，芜湖高新区管委会与中国科学院合肥物质科学研究院签署合作协议。",
        [(("芜湖高新技术产业开发区管理委员会", "中国科学院合肥物质科学研究院"),
          "2024-05-08")],
    ),
    (
        "two_universities_one_name_inside_the_other_stay_two",
        "六安市与两所高校签约\n"
        "5月8日，六安市人民政府与安徽大学、安徽农业大学分别签订校地合作协议。",
        [(("六安市人民政府", "安徽大学"), "2024-05-08"),
         (("六安市人民政府", "安徽农业大学"), "2024-05-08")],
    ),
    (
        "then_signs_again_same_event",
        "市科技局与合肥工业大学签署合作协议\n"
        "5月8日，芜湖市科技局与合肥工业大学签署合作协议。"
        "随后，市科技局又与安徽工程大学签订了产学研合作协议。",
        [(("芜湖市科学技术局", "合肥工业大学"), "2024-05-08"),
         (("芜湖市科学技术局", "安徽工程大学"), "2024-05-08")],
    ),
    (
        "relative_bodies_from_headline",
        "宁国市与省科协签署战略合作协议\n"
        "5月8日，省科协与宁国市人民政府签署战略合作协议。宁国市将建设学会服务站。",
        [(("安徽省科学技术协会", "宁国市人民政府"), "2024-05-08")],
    ),
    (
        "relative_government_of_the_county",
        "金寨县与中国科大签约\n"
        "5月8日，县政府与中国科学技术大学签订校地合作协议。金寨县县长李某出席。",
        [(("金寨县人民政府", "中国科学技术大学"), "2024-05-08")],
    ),
    (
        "abbreviation_before_each_and_subject_again",
        "中国水稻研究所与南平市签约\n"
        "5月8日，会上，水稻所分别与南平市人民政府、武夷山市人民政府签订科技共建协议，"
        "与南平市农业科学研究所签订共建研究中心合作协议。",
        [(("中国水稻研究所", "南平市人民政府"), "2024-05-08"),
         (("中国水稻研究所", "武夷山市人民政府"), "2024-05-08"),
         (("中国水稻研究所", "南平市农业科学研究所"), "2024-05-08")],
    ),
    (
        "academy_institute_named_without_academy",
        "中国农业科学院农业信息研究所与临沂市科协签约\n"
        "5月8日，农业信息研究所与临沂市科协签署了科技合作协议。",
        [(("中国农业科学院农业信息研究所", "临沂市科学技术协会"), "2024-05-08")],
    ),
    (
        "own_form_from_headline",
        "安徽农业大学与金寨县签约\n"
        "5月3日，我校与金寨县人民政府签订科技合作协议。",
        [(("安徽农业大学", "金寨县人民政府"), "2024-05-03")],
    ),
    (
        "own_form_from_a_short_form_later",
        "5月8日，省农科院召开会议。会上，我院与宿州市埇桥区人民政府签署战略合作协议。"
        "省农科院院长张某出席。",
        [(("安徽省农业科学院", "宿州市埇桥区人民政府"), "2024-05-08")],
    ),
    (
        "own_form_institute_most_named",
        "科研合作再添新成果\n"
        "5月8日，中国科学院合肥物质科学研究院召开年度工作会。"
        "会上，我院与铜陵市人民政府签署科技合作协议。中国科学院合肥物质科学研究院院长张某出席。",
        [(("中国科学院合肥物质科学研究院", "铜陵市人民政府"), "2024-05-08")],
    ),
    (
        "headline_visit_then_shuangfang",
        "广州市科协代表团访问澳华科协 双方签署合作协议\n"
        "近日，广州市科协代表团访问澳华科协，双方就青年科技人才交流进行了座谈。",
        [(("广州市科学技术协会", "澳华科学技术协会"), "2024-05-20")],
    ),
    (
        "one_with_many_listed_sub_committee",
        "5月8日，合肥高新区管委会与中国电子学会产业工作委员会、安徽大学签订合作协议。",
        [(("合肥高新技术产业开发区管理委员会", "中国电子学会产业工作委员会", "安徽大学"),
          "2024-05-08")],
    ),
    (
        "school_offices_with_district_bureaus",
        "聊城大学与东昌府区签署校地合作子协议\n"
        "5月8日，东昌府区教育局与校教务处签署《共建协议书》，"
        "东昌府区科技局与校科技处签署《产学研合作协议》。",
        [(("聊城市东昌府区教育局", "聊城大学教务处"), "2024-05-08"),
         (("聊城市东昌府区科学技术局", "聊城大学科技处"), "2024-05-08")],
    ),
    (
        "academy_and_institute_cut_by_a_line_break",
        "研究所与临沂市科协签署科技合作协议\n"
        "5月8日，中国农科院\n农业信息研究所与临沂市科协签署了科技合作协议。",
        [(("中国农业科学院农业信息研究所", "临沂市科学技术协会"), "2024-05-08")],
    ),
    (
        "relative_government_after_a_meeting",
        "六安市召开科技大会\n"
        "5月8日，六安市召开科技大会。会上，市政府与中国科学技术大学、合肥工业大学分别签署合作协议。",
        [(("六安市人民政府", "中国科学技术大学"), "2024-05-08"),
         (("六安市人民政府", "合肥工业大学"), "2024-05-08")],
    ),
]


@pytest.mark.parametrize(("phenomenon", "text", "expected"), ARTICLES,
                         ids=[a[0] for a in ARTICLES])
def test_article(phenomenon: str, text: str, expected: list) -> None:
    got = extract_agreements(text, full_context(text), published=date(2024, 5, 20))
    assert [(tuple(p.name for p in a.parties), a.date) for a in got] == expected, phenomenon


def test_recalled_year_does_not_date_the_new_signing() -> None:
    """Without a publication date, a signing recalled with its year (2019年…签订…以来) is
    background, and its year neither dates the new signing nor is lost: the new one came after."""
    text = ("聊城大学与东昌府区签订深化校地合作协议\n"
            "10月14日，我校与东昌府区人民政府签订《深化校地合作协议》。校长在讲话中说，"
            "2019年我校与聊城市政府签订框架协议以来，合作不断深化。")
    got = extract_agreements(text, full_context(text), published=None)
    assert [(tuple(p.name for p in a.parties), a.date, a.is_new_signing, a.date_after)
            for a in got] == [
        (("聊城大学", "聊城市东昌府区人民政府"), None, True, "2019"),
        (("聊城大学", "聊城市人民政府"), "2019", False, None),
    ]


# Documents listed after one trigger: one entry per document, in order under 分别.
DOCUMENTS = [
    (
        "two_titles_one_pair",
        "5月8日，安徽省科协与池州市人民政府签署了《战略合作协议》和《科普合作协议》。",
        [(("安徽省科学技术协会", "池州市人民政府"), "战略合作协议"),
         (("安徽省科学技术协会", "池州市人民政府"), "科普合作协议")],
    ),
    (
        "two_titles_each_in_order",
        "5月8日，安徽省科协分别与池州市、铜陵市人民政府签署《会市合作协议》《科普合作协议》。",
        [(("安徽省科学技术协会", "池州市人民政府"), "会市合作协议"),
         (("安徽省科学技术协会", "铜陵市人民政府"), "科普合作协议")],
    ),
    (
        "one_title_one_entry",
        "5月8日，安徽省科协与池州市人民政府签署了《战略合作协议》。",
        [(("安徽省科学技术协会", "池州市人民政府"), "战略合作协议")],
    ),
    (
        "count_after_named_pair_is_apposition",
        "5月8日，安徽大学、池州学院两家单位签订合作协议。",
        [(("安徽大学", "池州学院"), "合作协议")],
    ),
]


@pytest.mark.parametrize(("phenomenon", "text", "expected"), DOCUMENTS,
                         ids=[d[0] for d in DOCUMENTS])
def test_documents(phenomenon: str, text: str, expected: list) -> None:
    got = extract_agreements(text, article_context(text), published=date(2024, 5, 20))
    assert [(tuple(p.name for p in a.parties), a.type) for a in got] == expected, phenomenon
