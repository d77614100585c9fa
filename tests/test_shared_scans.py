"""Results shared or scanned for more cheaply within one article: each is checked against the
plain form it replaces (the same matches, the same answers), and the caches against repeats.

These are the per-article speed-ups of BENCHMARKS.md §5 ("find_organisations and the whole-text
scans"); a change that made one of them answer differently would change the exports.
"""

from __future__ import annotations

import dataclasses
import pickle
import re
from collections import Counter

import pytest
from hypothesis import given
from hypothesis import strategies as st

from etl.extraction import gazetteer, organisations, party_lists
from etl.extraction.article import _counted_as, dateline, reference_date
from etl.extraction.dates import DateMention, _with_context, find_dates
from etl.extraction.organisations import _is_name_char
from etl.extraction.orgs import has_free_shape
from etl.records import CleanDocument, Metadata, Party
from etl.vocabulary import orgs as org_voc
from etl.vocabulary import signing as sig
from etl.vocabulary.article import DATELINE_RE
from etl.vocabulary.common import HAN, HAN_CHAR

# The photo-position pattern as it was written before (its lookbehind first): the oracle.
_PHOTO_LOOKBEHIND_FIRST = re.compile(
    rf"(?<=[{HAN}])[（(](?:左|右|中|前排|后排|前|后)[一二三四五六七八九\d]?(?:起)?[）)]"
)


@given(st.text(alphabet="（()）左右中前后排一二三九0起张三甲 ,", max_size=16))
def test_photo_position_finds_what_the_lookbehind_first_form_found(text: str) -> None:
    assert [m.span() for m in sig.PHOTO_POSITION_RE.finditer(text)] == \
        [m.span() for m in _PHOTO_LOOKBEHIND_FIRST.finditer(text)]
    assert sig.PHOTO_POSITION_RE.sub("#", text) == _PHOTO_LOOKBEHIND_FIRST.sub("#", text)


def test_photo_position_needs_a_han_letter_before_the_bracket() -> None:
    text = "张三（左）与李四(右二)签署协议，见图 (左)。"
    assert [m.group() for m in sig.PHOTO_POSITION_RE.finditer(text)] == ["（左）", "(右二)"]


@given(st.text(alphabet="本报网新华社中长沙北京电讯消息专月日0123456789 ，\n", max_size=30))
def test_dateline_is_the_leftmost_match_of_the_whole_pattern(head: str) -> None:
    fast, plain = dateline(head), DATELINE_RE.search(head)
    assert (fast is None) == (plain is None)
    if plain is not None:
        assert (fast.span(), fast.span("m"), fast.span("d")) == \
            (plain.span(), plain.span("m"), plain.span("d"))


def test_dateline_far_into_the_head_dates_the_story() -> None:
    head = ("某某新闻网\n" + "来源：某某日报 " * 8
            + "\n本报长沙10月16日电 湖南省科协与某市政府签约。")
    assert dateline(head).group("m", "d") == ("10", "16")
    doc = CleanDocument(doc_id="d", text=head, original=head, offsets=(),
                        metadata=Metadata(published="2023-10-18"))
    assert str(reference_date(doc)) == "2023-10-16"


def test_free_shape_agrees_with_the_pattern_and_is_kept() -> None:
    names = ["中国科学院成都分院", "四川大学", "某某科技有限公司", "签署协议", "与", "中科院"]
    for name in names:
        assert has_free_shape(name) == (org_voc.FREE_ANY_RE.fullmatch(name) is not None)
    before = has_free_shape.cache_info().hits
    for name in names:
        has_free_shape(name)
    assert has_free_shape.cache_info().hits == before + len(names)


def test_name_letters_are_han_letters_and_the_names_own_marks() -> None:
    for ch in "科协A（·-1 ,\n":
        assert _is_name_char(ch) == (HAN_CHAR.match(ch) is not None
                                     or ch in org_voc.NAME_SPAN_CHARS)


def test_signing_verbs_are_found_once_per_text() -> None:
    text = "8月3日，甲省科协与乙市政府签署合作协议。双方还签订了补充协议，并举行签约仪式。"
    verbs = party_lists.signing_verbs(text)
    assert [m.span() for m in verbs] == [m.span() for m in sig.TRIGGER_RE.finditer(text)]
    assert [m.group() for m in verbs] == ["签署", "签订", "签约仪式"]
    assert party_lists.signing_verbs(text) is verbs  # the frames and subject_lists share it


# --- frozen records built without their __init__: the same objects as the dataclass's -----------


def _same_record(fast: object, plain: object) -> None:
    assert type(fast) is type(plain)
    assert fast == plain and hash(fast) == hash(plain) and repr(fast) == repr(plain)
    assert list(fast.__dict__) == [f.name for f in dataclasses.fields(plain)]
    assert pickle.loads(pickle.dumps(fast)) == plain
    with pytest.raises(dataclasses.FrozenInstanceError):
        fast.start = 0  # type: ignore[misc]


def test_place_mentions_and_resolved_places_are_the_dataclasses() -> None:
    regions = gazetteer.load_regions()
    m = gazetteer._place_mention(3, 6, "信阳市", ("411500",))
    _same_record(m, gazetteer.PlaceMention(3, 6, "信阳市", ("411500",)))
    r = gazetteer._resolved_place(m, "411500", regions["411500"], "unique")
    _same_record(r, gazetteer.ResolvedPlace(3, 6, "信阳市", "411500", regions["411500"],
                                            ("411500",), "unique", False))
    text = "河南省科协与信阳市人民政府签署协议，朝阳区也来了。"
    for p in gazetteer.resolve_places(gazetteer.find_places(text), text):
        assert text[p.start:p.end] == p.surface and p.region is regions[p.adcode]


def test_recognised_names_are_the_dataclass() -> None:
    p = Party(name="信阳市人民政府", mention="信阳市政府", kind="government",
              level="prefecture", adcode="411500")
    fast = organisations._named(6, 11, "信阳市政府", p, False, False, 6)
    _same_record(fast, organisations.OrgMention(6, 11, "信阳市政府", p.name, p.kind, p.level,
                                                p.adcode, relative=False, bare=False, lead=6))
    assert fast.party() == Party(name=p.name, mention="信阳市政府", kind=p.kind, level=p.level,
                                 adcode=p.adcode)


def test_dates_with_their_context_are_the_dataclass() -> None:
    dm = DateMention(4, 13, "2023年8月8日", "2023-08-08", "day")
    _same_record(_with_context(dm, "签于"), dataclasses.replace(dm, context="签于"))
    text = "双方于2023年8月8日签署协议。"
    assert [d.context for d in find_dates(text, None)] == ["双方于"]


def test_a_place_counts_for_its_province_prefecture_city_and_county() -> None:
    assert _counted_as("411502") == ("410000", "411500", "411500", "411502")  # 信阳 浉河区
    assert _counted_as("411500") == ("410000", "411500", "411500", None)  # 信阳市
    assert _counted_as("410000") == ("410000", None, None, None)  # 河南省
    assert _counted_as("110105") == ("110000", None, "110000", "110105")  # 北京 朝阳区
    assert _counted_as("110105") is _counted_as("110105")  # kept per place


# --- speed5: a long alternation as a prefix tree; the not-signing words as one alternation ---

_TREE_WORDS = ["科技园", "科技园区", "科技周", "中心", "分中心", "示范市", "示范城市", "园区", "区"]


@given(st.text(alphabet="科技园区周中心分示范城市与a。", max_size=40))
def test_alt_tree_matches_like_the_flat_alternation(text: str) -> None:
    from etl.vocabulary.common import alt, alt_tree
    flat = re.compile(alt(_TREE_WORDS) + "(?!周|市)")
    tree = re.compile(alt_tree(_TREE_WORDS) + "(?!周|市)")
    assert [m.span() for m in tree.finditer(text)] == [m.span() for m in flat.finditer(text)]


@given(st.text(alphabet="科技园区周中心分示范城市与a。", max_size=40))
def test_alt_tree_branches_at_the_top_level_match_like_the_tree(text: str) -> None:
    # (a lookahead after the tree is the same after each of its branches: MENTION_END_RE)
    from etl.vocabulary.common import alt, alt_tree_branches
    flat = re.compile(alt(_TREE_WORDS) + "(?!周|市)|a")
    top = re.compile("|".join([*(b + "(?!周|市)" for b in alt_tree_branches(_TREE_WORDS)), "a"]))
    assert [m.span() for m in top.finditer(text)] == [m.span() for m in flat.finditer(text)]
    assert all(b[:1] in "科中分示园区" for b in alt_tree_branches(_TREE_WORDS))


@given(st.text(alphabet="我本该市省校区经济开发技术与，中心自治州", max_size=30), st.data())
def test_a_window_without_the_first_characters_has_no_pointing_form_or_zone(
        text: str, data: st.DataObject) -> None:
    # (the recogniser scans for them only where one of their first characters stands)
    from etl.vocabulary import orgs as voc
    lo = data.draw(st.integers(0, len(text)))
    hi = data.draw(st.integers(lo, len(text)))
    written = re.compile(  # POINTING_RE as it was written before it was split by first character
        r"[我本该](?:自治区|自治州|省|市|区|县|州|旗|盟)|[我本][校院所会局厅委]|我中心")
    assert [m.span() for m in voc.POINTING_RE.finditer(text, lo, hi)] == [
        m.span() for m in written.finditer(text, lo, hi)]
    if text.find(voc.BARE_ZONE_FIRST, lo, hi) < 0:
        assert voc.BARE_ZONE_START_RE.search(text, lo, hi) is None


@given(st.text(alphabet="泉州企事业单位科研院所高校机构相关家个所间5与和同跟携手会协", max_size=30),
       st.data())
def test_the_group_prefilters_never_hide_a_group(text: str, data: st.DataObject) -> None:
    # (the recogniser tries a place's units and counted groups only where their cue stands;
    # parse_group reads back only where a connector may stand)
    from etl.extraction.agreements import _connector_at
    from etl.vocabulary import orgs as voc
    from etl.vocabulary import signing as sig
    lo = data.draw(st.integers(0, len(text)))
    hi = data.draw(st.integers(lo, len(text)))
    if voc.PLACE_GROUP_NOUN_RE.search(text, lo, hi) is None:
        assert all(voc.GROUP_OF_PLACE_RE.match(text, k, hi) is None for k in range(lo, hi + 1))
    if voc.GROUP_COUNT_CUE_RE.search(text, lo, hi) is None:
        assert voc.GROUP_COUNT_RE.search(text, lo, hi) is None
    at = {m.start() for m in sig.PAIR_CONNECTOR_AT_RE.finditer(text, lo, hi)}
    assert all(k in at for k in range(lo, hi) if _connector_at(text, k, hi))


@given(st.lists(st.tuples(st.integers(0, 30), st.integers(1, 6)), max_size=6), st.data())
def test_end_before_is_the_next_end_read_right_to_left(spans: list[tuple[int, int]],
                                                      data: st.DataObject) -> None:
    from etl.extraction.organisations import OrgIndex, OrgMention
    # (any mentions, overlapping ones too: end_before assumes no order of their ends)
    idx = OrgIndex(tuple(OrgMention(a, a + n, "x" * n, "x", "other", "other")
                         for a, n in sorted(spans)))
    end = data.draw(st.integers(0, 40))
    lo = data.draw(st.integers(0, 40))
    expected = next((e for e in range(end - 1, -1, -1) if idx.ending_at(e, lo) is not None),
                    None)
    assert idx.end_before(end, lo) == expected


def _not_signing_words() -> list[str]:
    from etl.vocabulary import signing as sig
    return sorted({w for row in sig._R["not_signing"] for w in row["words"]})


@given(st.sampled_from(["签约", "签署", "签订", "达成"]),
       st.lists(st.lists(st.sampled_from(["甲", "，", "与乙", "了", "将"])
                         | st.sampled_from(_not_signing_words()), max_size=4).map("".join),
                min_size=5, max_size=5))
def test_not_signing_groups_hold_where_a_rule_holds(trigger: str, texts: list[str]) -> None:
    # (the rules grouped by the text they read, each group's words searched at once)
    from etl.vocabulary import signing as sig
    sentence, clause, before, after, lead = texts
    around = sig.texts_around(sentence, clause, before, after, lead)  # (as every reader builds)
    grouped = [r for _, _, rules in sig.not_signing_groups(trigger) for r in rules]
    assert sorted(map(id, grouped)) == sorted(map(id, sig.not_signing_for(trigger)))
    for where, words, rules in sig.not_signing_groups(trigger):
        if words is not None and words.search(around[where]) is None:
            assert not any(r.holds(trigger, around) for r in rules)


@given(st.text(alphabet="甲乙。，,：!?\n；", max_size=30), st.data())
def test_a_span_found_by_search_is_the_span_read_character_by_character(
        text: str, data: st.DataObject) -> None:
    from etl.extraction.initiatives import _span
    from etl.vocabulary import initiatives as pat
    pos = data.draw(st.integers(0, len(text)))
    for ends in (pat.CLAUSE_END_CHARS, pat.SENTENCE_END_CHARS):
        start, end = pos, pos
        while start > 0 and text[start - 1] not in ends:
            start -= 1
        while end < len(text) and text[end] not in ends:
            end += 1
        assert _span(text, pos, ends) == (start, end)


@given(st.text(alphabet="甲乙，。:；\n!", max_size=20), st.data())
def test_a_clause_start_found_in_reverse_is_the_last_break_before(text: str,
                                                                 data: st.DataObject) -> None:
    from etl.extraction.agreements import _clause_start
    from etl.vocabulary import signing as sig
    lo = data.draw(st.integers(0, len(text)))
    pos = data.draw(st.integers(lo, len(text)))
    last = max(text.rfind(c, lo, pos) for c in sig.CLAUSE_BREAK_CHARS)
    assert _clause_start(text, lo, pos) == (last + 1 if last >= 0 else lo)


@given(st.text(alphabet="中国电科集团流域沿线简称下称甲38所", max_size=20), st.data())
def test_a_cue_search_finds_what_a_find_per_cue_finds(text: str, data: st.DataObject) -> None:
    # (the recogniser's cheap tests: one search of all the cues instead of one find per cue)
    from etl.vocabulary import orgs as voc
    lo = data.draw(st.integers(0, len(text)))
    hi = data.draw(st.integers(lo, len(text)))
    for cues, rx in ((voc.GROUP_INSTITUTE_STEMS, voc.GROUP_INSTITUTE_STEM_RE),
                     (voc.ALIAS_DEFINITION_CUES, voc.ALIAS_DEFINITION_CUE_RE),
                     (voc.COLLECTIVE_CUES, voc.COLLECTIVE_CUE_RE)):
        assert (rx.search(text, lo, hi) is not None) == any(
            text.find(c, lo, hi) >= 0 for c in cues)


@given(st.text(alphabet="一二年初底次日翌第天本月上个近期当时同周星期礼拜这1３a", max_size=16))
def test_date_starts_are_those_of_the_pattern_as_written_word_by_word(text: str) -> None:
    from etl.vocabulary.dates import DATE_START_RE
    written = re.compile(
        r"(?=[\d０-９〇○零一二两三四五六七八九十今去前明上本昨近日最年次翌第当同这])"
        r"(?:[\d０-９〇○零二两三四五六七八九十今去前明昨最日]|一(?=[〇○零一二三四五六七八九十月日年])"
        r"|年(?=[初底末])|次日|翌日|第二天|本月|上个?月|近[日期]|当[天日时]|同(?:日|一)"
        r"|(?:上个?|本|这个?)(?:周|星期|礼拜))")
    assert [m.span() for m in DATE_START_RE.finditer(text)] == [
        m.span() for m in written.finditer(text)]


@given(st.text(alphabet="甲（(）揭牌授旗建立落户，。上线", max_size=24), st.data())
def test_the_facility_clause_cue_is_any_of_its_words_or_a_bracket(text: str,
                                                                  data: st.DataObject) -> None:
    from etl.vocabulary import initiatives as pat
    lo = data.draw(st.integers(0, len(text)))
    hi = data.draw(st.integers(lo, len(text)))
    assert (pat.FACILITY_CLAUSE_CUE_RE.search(text, lo, hi) is not None) == bool(
        pat.FOUNDING_RE.search(text, lo, hi) or pat.FOUNDING_PLAQUE_RE.search(text, lo, hi)
        or "（" in text[lo:hi] or "(" in text[lo:hi])


@given(st.text(alphabet="甲乙13800138000 0571-8888888微信号：ab.c-@x", max_size=30))
def test_contact_without_an_at_sign_is_found_without_the_email_pattern(text: str) -> None:
    from etl.vocabulary import cleaning as tp
    if "@" not in text:
        got, full = tp.CONTACT_WITHOUT_EMAIL.search(text), tp.CONTACT.search(text)
        assert (got and got.span()) == (full and full.span())


@given(st.text(alphabet="甲乙丙丁大学所院小中与，。签分别院长", max_size=24), st.data())
def test_a_stretch_without_a_short_forms_end_holds_no_short_form(text: str,
                                                                data: st.DataObject) -> None:
    from etl.vocabulary import orgs as voc
    lo = data.draw(st.integers(0, len(text)))
    hi = data.draw(st.integers(lo, len(text)))
    if voc.ABBREVIATION_END_RE.search(text, lo, hi) is None:
        assert voc.ABBREVIATION_RE.search(text, lo, hi) is None


@given(st.text(alphabet="张三李四院长市长主任与、代表双方签署，兼 ", max_size=24), st.data())
def test_two_titled_people_hold_a_title_then_a_joiner(text: str, data: st.DataObject) -> None:
    # (_person_bodies tries the pairs' patterns only where that holds)
    from etl.vocabulary import signing as sig
    lo = data.draw(st.integers(0, len(text)))
    hi = data.draw(st.integers(lo, len(text)))
    if sig.TITLE_THEN_JOINER_RE.search(text, lo, hi) is None:
        assert sig.PERSONS_TITLED_AFTER_RE.search(text, lo, hi) is None
    if text.find(sig.REPRESENT_WORD, lo, hi) < 0:
        assert sig.PERSONS_REPRESENT_RE.search(text, lo, hi) is None


@given(st.text(alphabet="甲乙a1·（)，。 -", max_size=50), st.data())
def test_the_name_run_before_a_head_found_in_reverse(text: str, data: st.DataObject) -> None:
    from etl.extraction.initiatives import _reversed
    from etl.vocabulary import initiatives as pat
    head = data.draw(st.integers(0, len(text)))
    lo, n = max(0, head - 40), len(text)
    stop = pat.NOT_NAME_CHAR_RE.search(_reversed(text), n - head, n - lo)
    assert (n - stop.start() if stop else lo) == pat.NAME_RUN_BEFORE_RE.search(
        text, lo, head).start()


@given(st.sampled_from(["签约", "签署", "签订", "达成"]),
       st.lists(st.lists(st.sampled_from(["甲", "，", "与乙", "了", "将"])
                         | st.sampled_from(_not_signing_words()), max_size=4).map("".join),
                min_size=5, max_size=5), st.data())
def test_not_a_signing_reads_the_lead_only_where_needed_and_holds_as_every_rule(
        trigger: str, texts: list[str], data: st.DataObject) -> None:
    from etl.extraction.agreements import _not_a_signing
    from etl.vocabulary import signing as sig
    sentence, clause, before, after, _ = texts
    k = data.draw(st.integers(0, len(sentence)))
    lead = sentence[k:]  # (the lead is the end of the sentence's part before the trigger)
    around = sig.texts_around(sentence, clause, before, after, lead)
    expected = any(r.holds(trigger, around) for r in sig.not_signing_for(trigger))
    assert _not_a_signing(trigger, sentence, clause, before, after, lambda: lead) == expected


def test_the_listed_whitespace_is_what_backslash_s_matches() -> None:
    # (PINYIN_NOTE opens with the listed characters instead of \s)
    from etl.vocabulary import cleaning as tp
    space = re.compile(r"\s")
    assert set(tp.WHITESPACE) == {chr(i) for i in range(0x110000) if space.match(chr(i))}


@given(st.text(alphabet="河南\u3000 \n(（)）hé nán xie2甲", max_size=30))
def test_pinyin_notes_are_those_of_the_pattern_opening_with_backslash_s(text: str) -> None:
    from etl.vocabulary import cleaning as tp
    written = re.compile(r"[\s(（]" + tp.PINYIN_NOTE.pattern.split("(（]", 1)[1])
    assert [m.span(1) for m in tp.PINYIN_NOTE.finditer(text)] == [
        m.span(1) for m in written.finditer(text)]


def test_not_signing_rules_per_trigger_keep_file_order() -> None:
    from etl.vocabulary import signing as sig
    for trigger in ("签约", "签署", "签订"):
        assert sig.not_signing_for(trigger) == tuple(
            r for r in sig.NOT_SIGNING if r.triggers is None or trigger in r.triggers)
    for rule, row in zip(sig.NOT_SIGNING, sig._R["not_signing"], strict=True):
        for w in row["words"]:  # the words' alternation: any word in the text
            assert rule.any_word is not None and rule.any_word.search(f"甲{w}乙")


@given(st.text(alphabet="，。；！？,;!?、：甲乙 a1\u3000", max_size=40))
def test_strong_punct_counts_what_a_count_per_mark_counts(line: str) -> None:
    from etl.cleaning.boilerplate import _strong_punct
    from etl.vocabulary.cleaning import STRONG_PUNCT

    assert _strong_punct(line) == sum(line.count(mark) for mark in STRONG_PUNCT)


def _skip_back_word_by_word(text: str, pos: int, lo: int, words: tuple[str, ...]) -> int:
    """_skip_back's loop over the words as it was written (the oracle): whitespace, then the
    first listed word that ends at `pos`, again and again."""
    moved = True
    while moved:
        moved = False
        while pos > lo and text[pos - 1] in " \u3000":
            pos -= 1
        for w in words:
            if pos - len(w) >= lo and text[pos - len(w):pos] == w:
                pos -= len(w)
                moved = True
                break
    return pos


@given(st.text(alphabet="又还也分别同时代表们负责人同志甲乙 \u3000", max_size=24),
       st.integers(0, 24), st.integers(0, 24))
def test_skip_back_over_words_skips_what_the_word_loop_skipped(text: str, pos: int,
                                                               lo: int) -> None:
    """Over text with no bracket, adverbial or official, _skip_back stops where the loop over
    the words one by one stopped (its prefilter is one endswith of the whole tuple)."""
    from etl.extraction.agreements import _skip_back

    pos, lo = min(pos, len(text)), min(lo, pos, len(text))
    assert _skip_back(text, pos, lo, sig.ADVERBS) == \
        _skip_back_word_by_word(text, pos, lo, sig.ADVERBS)


@given(st.text(alphabet="市长县区省书记主任院局校席者通讯员教授宁波\n 甲", max_size=20))
def test_title_before_a_name_ends_with_a_listed_last_character(text: str) -> None:
    """_find_places searches for a job title before a mention only where the character before
    it is one a title may end with (or a line break): wherever TITLE_BEFORE_RE finds a title
    before a position, that character stands there."""
    from etl.vocabulary.places import TITLE_BEFORE_LAST, TITLE_BEFORE_RE

    for pos in range(len(text) + 1):
        if TITLE_BEFORE_RE.search(text[max(0, pos - 3):pos]) is not None:
            assert pos and text[pos - 1] in TITLE_BEFORE_LAST


@given(st.text(alphabet="、|｜/·•,，;；甲乙海口 \u3000\n\t\xa0a1-。", max_size=14))
def test_list_gap_first_character_rules_out_what_the_gap_pattern_rules_out(text: str) -> None:
    """_chrome_flags reads a gap between two places with LIST_GAP_RE only where it is empty or
    starts with a LIST_GAP_FIRST character: the same gaps as the pattern over every slice."""
    from etl.vocabulary.places import LIST_GAP_FIRST, LIST_GAP_RE

    for a in range(len(text) + 1):
        for b in range(a, len(text) + 1):
            fast = a == b or (text[a] in LIST_GAP_FIRST
                              and LIST_GAP_RE.fullmatch(text, a, b) is not None)
            assert fast == (LIST_GAP_RE.fullmatch(text[a:b]) is not None)


def test_list_gap_first_is_every_character_a_gap_may_start_with() -> None:
    from etl.vocabulary.places import LIST_GAP_FIRST, LIST_GAP_RE

    starts = {chr(i) for i in range(0x110000) if LIST_GAP_RE.fullmatch(chr(i))}
    assert starts == LIST_GAP_FIRST


@given(st.text(alphabet="河南(（)）hénán shi2 甲 \n", max_size=30))
def test_pinyin_notes_end_where_the_trailing_space_pattern_ends_them(text: str) -> None:
    """repair._notes tests the space after a note as a character before the pattern: the
    same notes and ends as the note pattern then NOTE_TRAILING_SPACE_RE at every end."""
    from etl.cleaning.repair import _notes
    from etl.vocabulary import cleaning as tp

    plain = [(m.start(), m.end() + 1 if tp.NOTE_TRAILING_SPACE_RE.match(text, m.end())
              else m.end(), m.group(1)) for m in tp.PINYIN_NOTE.finditer(text)]
    assert _notes(text) == plain


def test_pinyin_note_with_a_space_after_it_ends_after_the_space() -> None:
    from etl.cleaning.repair import _notes

    assert [e for _, e, _ in _notes("河(hé) 南(nán)省")] == [6, 12]  # (the space, not 省)


def _simhash_out_of_place(text: str) -> str:
    """metadata.simhash as it was written, a new array per step of the mix (the oracle)."""
    import numpy as np

    from etl.cleaning.metadata import _BYTE_BITS

    s = "".join(text.split())
    if not s:
        return "0" * 16
    cps = np.frombuffer(s.encode("utf-32-le"), dtype=np.uint32).astype(np.uint64)
    if len(cps) < 3:
        cps = np.concatenate([cps, np.zeros(3 - len(cps), dtype=np.uint64)])
    z = cps[:-2] | (cps[1:-1] << np.uint64(21)) | (cps[2:] << np.uint64(42))
    z = z + np.uint64(0x9E3779B97F4A7C15)
    z = (z ^ (z >> np.uint64(30))) * np.uint64(0xBF58476D1CE4E5B9)
    z = (z ^ (z >> np.uint64(27))) * np.uint64(0x94D049BB133111EB)
    hashes = z ^ (z >> np.uint64(31))
    by_byte = hashes.view(np.uint8).reshape(-1, 8)
    votes = np.concatenate([np.bincount(by_byte[:, j], minlength=256) @ _BYTE_BITS
                            for j in range(8)])
    bits = np.packbits(2 * votes > len(hashes), bitorder="little")
    return f"{int.from_bytes(bits.tobytes(), 'little'):016x}"


@given(st.text(max_size=60))
def test_simhash_mixed_in_place_is_the_simhash_mixed_step_by_step(text: str) -> None:
    from etl.cleaning.metadata import simhash

    assert simhash(text) == _simhash_out_of_place(text)


@given(st.lists(st.sampled_from(["北京市", "朝阳区", "吉林", "长春市", "南昌县", "鼓楼区", "福州",
                                 "与", "，", "江苏省", "南京", "海淀区", "\n"]), max_size=12))
def test_resolve_places_takes_the_unique_candidate_as_choose_does(parts: list[str]) -> None:
    """resolve_places answers a mention with one candidate itself ("unique"), as _choose does
    first: the same regions and methods as _choose asked for every mention."""
    text = "".join(parts)
    mentions = gazetteer.find_places(text)
    context: Counter[str] = Counter()
    for m in mentions:
        if len(m.candidates) == 1 and not m.in_chrome:
            for code in gazetteer._ancestors(m.candidates[0]):
                context[code] += 1
    chosen = [gazetteer._choose(m, mentions[i - 1] if i else None, text, context)
              for i, m in enumerate(mentions)]
    assert [(p.adcode, p.method) for p in gazetteer.resolve_places(mentions, text)] == chosen


@pytest.mark.parametrize("trigger", ["签约", "签署", "签订", "签字", "达成", "续签"])
def test_a_worded_not_signing_group_reads_one_place(trigger: str) -> None:
    """_not_a_signing makes the lead for a group with words where the group's place is the lead
    (not asking each rule): every rule of such a group reads that place."""
    from etl.vocabulary import signing as sig

    for where, _, rules in sig.not_signing_groups(trigger):
        if where is not None:
            assert {rule.where for rule in rules} == {where}


@given(st.lists(st.tuples(st.sampled_from(["甲院", "我校", "乙所"]),
                          st.sampled_from(["甲研究院", "某大学", "乙研究所"])), max_size=3))
def test_context_with_aliases_is_the_context_replaced(aliases: list[tuple[str, str]]) -> None:
    """ArticleContext.with_aliases copies the fields as dataclasses.replace would set them: equal,
    the same hash (made anew, not the original's), the same fields."""
    from etl.extraction.orgs import ArticleContext

    ctx = ArticleContext(province="350000", city="350100", provinces=("350000",),
                         cities=("350100",), governments=("350000",), site=("350100",))
    hash(ctx)  # (the original's hash is cached in it)
    fast, plain = ctx.with_aliases(tuple(aliases)), dataclasses.replace(ctx, aliases=tuple(aliases))
    assert fast == plain and hash(fast) == hash(plain)
    assert {f.name: getattr(fast, f.name) for f in dataclasses.fields(fast)} == \
        {f.name: getattr(plain, f.name) for f in dataclasses.fields(plain)}


@given(st.text(alphabet=" \u3000\t\xa0\u2003甲乙。a", max_size=12))
def test_a_line_starts_where_its_leading_whitespace_ends(raw: str) -> None:
    """split_lines finds a stripped line's start as its first letter's first place in the raw
    line: the length of the whitespace lstrip removes."""
    stripped = raw.strip()
    if stripped:
        assert raw.find(stripped[0]) == len(raw) - len(raw.lstrip())


# The lexicon's patterns with an optional prefix as they were written (the oracles): the rules now
# write the prefix as a branch of its own, each branch opening with a literal.
_PREFIXED_AS_WRITTEN = {
    "全国科技工作者日": '(?:[“"]?5[·.．]30[”"]?)?全国科技工作者日',
    "创新驱动助力工程": "(?:中国科协|中国科学技术协会)?创新驱动助力工程",
    "服务站": "(?:省级)?学会(?:基层)?服务站",
    "服务点": "(?:省级)?学会(?:基层)?服务点",
    "海智": "(?:中国科协)?海智(?:工作)?基地",
}


@pytest.mark.parametrize("cue", sorted(_PREFIXED_AS_WRITTEN))
@given(parts=st.lists(st.sampled_from(
    ["“", '"', "”", "5", "·", ".", "30", "5·30", "全国科技工作者日", "中国科协", "中国科学技术协会",
     "创新驱动助力工程", "省级", "学会", "基层", "服务站", "服务点", "海智", "工作", "基地", "甲",
     "，"]), max_size=10))
def test_lexicon_patterns_with_their_prefix_as_a_branch_match_as_written(
        cue: str, parts: list[str]) -> None:
    from etl.vocabulary import initiatives as pat

    text = "".join(parts)
    rx = next(rx for rx, rule in pat.PROGRAMME_RES + pat.FACILITY_RES if rule["cue"] == cue)
    written = re.compile(_PREFIXED_AS_WRITTEN[cue])
    assert [m.span() for m in rx.finditer(text)] == [m.span() for m in written.finditer(text)]


@given(st.text(alphabet="甲乙计划", min_size=1, max_size=6), st.sampled_from(["event", "pilot"]),
       st.integers(0, 50), st.none() | st.text(alphabet="山西", max_size=2),
       st.lists(st.integers(0, 50), max_size=3))
def test_a_candidate_with_changes_is_the_candidate_replaced(
        name: str, kind: str, start: int, region_word: str | None, mentions: list[int]) -> None:
    from etl.extraction.initiatives import _Cand, _cand_with

    c = _Cand("某某工程", "project", start, start + 4, family="科创", place="甲", title=True)
    changes = {"name": name, "kind": kind, "region_word": region_word,
               "mentions": tuple(mentions)}
    fast, plain = _cand_with(c, **changes), dataclasses.replace(c, **changes)
    assert fast == plain and hash(fast) == hash(plain) and vars(fast) == vars(plain)


@given(st.text(alphabet="0123456789０１２-/.年月日 \u3000\n\t甲。", max_size=16))
def test_trailing_date_is_read_where_the_pattern_finds_one(line: str) -> None:
    """boilerplate._trailing_date searches only lines whose last character before whitespace is
    a digit: the same answer as TRAILING_DATE over every line."""
    from etl.cleaning.boilerplate import _trailing_date
    from etl.vocabulary import cleaning as tp

    assert _trailing_date(line) == (tp.TRAILING_DATE.search(line) is not None)


@given(st.text(alphabet="0123456789０１２-/.年月日号星期一 :：时分\u3000甲", max_size=20))
def test_a_numeric_date_holds_a_digit(line: str) -> None:
    """is_info_line searches a line for DATE_NUMERIC only where DIGIT_RE finds a digit: every
    numeric date holds one."""
    from etl.vocabulary import cleaning as tp

    if tp.DATE_NUMERIC.search(line) is not None:
        assert tp.DIGIT_RE.search(line) is not None


@given(st.text(alphabet="0123456789-微信号：: 甲@a.", max_size=20))
def test_contact_without_email_holds_its_cue(line: str) -> None:
    """_contact searches a line without an @ only where CONTACT_CUE_RE finds a phone number's
    first digit or 微: every CONTACT_WITHOUT_EMAIL match holds one."""
    from etl.cleaning.boilerplate import _contact
    from etl.vocabulary import cleaning as tp

    if tp.CONTACT_WITHOUT_EMAIL.search(line) is not None:
        assert tp.CONTACT_CUE_RE.search(line) is not None
    assert _contact(line) == (tp.CONTACT.search(line) is not None)
