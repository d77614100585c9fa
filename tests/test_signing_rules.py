"""The decision tables of etl/vocabulary/rules/signing.toml are what decides, rule by rule.

`not_signing`: each rule drops a sentence written for it (and without the rule, or without its cue,
the sentence is a signing). `cooperation_model`: the table, not the code, names the model (a changed
table changes the model), and every model it names is one the database accepts.
"""

from __future__ import annotations

import tomllib
from dataclasses import replace
from datetime import date

import pytest

from etl.extraction.agreements import cooperation_model, extract_agreements
from etl.extraction.article import article_context
from etl.records import Party
from etl.vocabulary import signing as voc
from tests.conftest import ROOT


def signed(text: str) -> list[tuple[str, ...]]:
    got = extract_agreements(text, article_context(text), published=date(2024, 5, 20))
    return [tuple(p.name for p in a.parties) for a in got]


PAIR = ("湖北省科学技术协会", "宜昌市人民政府")

# (the rule's `why`, a sentence it drops, the same sentence without the cue: a signing)
NOT_SIGNING = [
    ("no agreement named in the sentence: a signature on something else",
     "5月8日,湖北省科协与宜昌市人民政府签署会议纪要。",
     "5月8日,湖北省科协与宜昌市人民政府签署合作协议。"),
    ("a draft, or only an intention reached",
     "5月8日,湖北省科协与宜昌市人民政府签署合作协议草案。",
     "5月8日,湖北省科协与宜昌市人民政府签署合作协议。"),
    ("an intention is what is signed",
     "5月8日,湖北省科协与宜昌市人民政府签订战略合作意向协议。",
     "5月8日,湖北省科协与宜昌市人民政府签订战略合作协议,达成进一步合作意向。"),
    ("an intention, and a signing that names no document",
     "5月8日,湖北省科协与宜昌市人民政府达成合作意向并现场签约。",
     "5月8日,湖北省科协与宜昌市人民政府达成合作共识并现场签约。"),
    ("a plan: the signing is yet to come (将于…签署, 推动早日签署)",
     "湖北省科协与宜昌市人民政府还将签署合作协议。",
     "湖北省科协与宜昌市人民政府于5月8日签署合作协议。"),
    ("a plan or a condition opening the clause, its parties between (待A与B签署后, 一旦A与B签约)",
     "5月8日,待湖北省科协与宜昌市人民政府签署合作协议后,双方共建研究院。",
     "5月8日,湖北省科协与宜昌市人民政府签署合作协议后,双方共建研究院。"),
    ("the signing studied, not done (研究签署会市合作协议); 研究院签约 is a name",
     "5月8日,湖北省科协与宜昌市人民政府研究签署合作协议。",
     "5月8日,湖北省科协与宜昌市人民政府签署合作协议。"),
    ("a signing put off, called off, failed or at hand (签约推迟, 签约在即, 签约未果, 签约前夕)",
     "5月8日,湖北省科协与宜昌市人民政府合作协议签约推迟。",
     "5月8日,湖北省科协与宜昌市人民政府合作协议签约。"),
    ("签约 as the attribute of a person or a firm (与10名签约专家座谈, 签约企业, 签约医生)",
     "5月8日,湖北省科协与宜昌市人民政府签约专家座谈。",
     "5月8日,湖北省科协与宜昌市人民政府签约。"),
    ("所签 (A与B所签协议的执行情况): the document signed, named, not a signing reported",
     "5月8日,湖北省科协与宜昌市人民政府所签协议生效。",
     "5月8日,湖北省科协与宜昌市人民政府签协议。"),
    ("a signing set for a date to come (将于6月10日在长沙签署)",
     "湖北省科协与宜昌市人民政府将于6月10日在宜昌正式签署合作协议。",
     "湖北省科协与宜昌市人民政府于5月8日在宜昌正式签署合作协议。"),
    ("a total over the years (近年来先后与8个市州签署, 截至目前已与14个市签署), not one signing",
     "近年来，湖北省科协与宜昌市人民政府先后签署合作协议。",
     "5月8日，湖北省科协与宜昌市人民政府先后签署合作协议。"),
    ("a period summed up (今年以来先后与A、B签署, 一年来已与…签署), not one signing",
     "今年以来，湖北省科协先后与宜昌市人民政府签署合作协议。",
     "5月8日，湖北省科协先后与宜昌市人民政府签署合作协议。"),
    ("a state reached by a date (截至5月，A已与B、C签署), not one signing",
     "截至4月，湖北省科协已与宜昌市人民政府签署合作协议。",
     "4月8日，湖北省科协已与宜昌市人民政府签署合作协议。"),
    ("签约 as an event people attend (出席签约, 出席了此次签约仪式), not a report of who signed",
     "5月8日,湖北省科协与宜昌市人民政府领导出席了此次签约。",
     "5月8日,湖北省科协与宜昌市人民政府签约。"),
    ("the signing is the topic of a talk (就…签订《…》进行座谈对接)",
     "5月8日,湖北省科协与宜昌市人民政府就签订合作协议进行座谈对接。",
     "5月8日,湖北省科协与宜昌市人民政府签订合作协议。"),
    ("the signing as a task or a matter (推进协议签署工作, 商定签约事宜), not a report of one",
     "5月8日,湖北省科协与宜昌市人民政府座谈,双方将加快推进合作协议签署工作。",
     "5月8日,湖北省科协与宜昌市人民政府座谈,双方签署合作协议。"),
    ("a step towards a signing (为…协议的签署奠定基础, 为签约创造条件), not the signing",
     "5月8日,湖北省科协与宜昌市人民政府座谈,为合作协议的签署奠定了基础。",
     "5月8日,湖北省科协与宜昌市人民政府座谈,合作协议的签署仪式随后举行。"),
    ("a town twinning (缔结为友好城市), not an agreement signed",
     "5月8日,湖北省科协与宜昌市人民政府缔结为友好城市,双方交换了协议文本。",
     "5月8日,湖北省科协与宜昌市人民政府缔结合作协议。"),
    ("a document to be reached, as a goal (支持A与B达成…协议, 推动双方早日达成协议)",
     "湖北省科协将支持湖北省科协与宜昌市人民政府达成战略合作协议。",
     "5月8日,湖北省科协与宜昌市人民政府达成战略合作协议。"),
    ("the texts of a town twinning exchanged (缔结为友好城市，双方交换了协议文本)",
     "5月8日,湖北省科协与宜昌市人民政府结为友好城市,双方互换了协议文本。",
     "5月8日,湖北省科协与宜昌市人民政府结为合作伙伴,双方互换了协议文本。"),
    ("an umbrella ceremony of sub-agreements (子协议签署仪式): the sub-agreements are the signings",
     "5月8日,湖北省科协与宜昌市人民政府合作子协议签署仪式在宜昌举行。",
     "5月8日,湖北省科协与宜昌市人民政府合作协议签署仪式在宜昌举行。"),
    ("the parent pair signing sub-agreements (A与B签署校地合作子协议): its units are the signers",
     "5月8日,湖北省科协与宜昌市人民政府签署校地合作子协议。",
     "5月8日,湖北省科协与宜昌市人民政府签署校地合作协议。"),
    ("an anniversary of a signing (协议签署五周年座谈会), not the signing",
     "5月8日,湖北省科协与宜昌市人民政府合作协议签署十周年座谈会在宜昌召开。",
     "5月8日,湖北省科协与宜昌市人民政府合作协议签署仪式在宜昌举行。"),
    ("a meeting that holds a signing of projects (…会议暨项目签约仪式): its hosts are no signers",
     "5月8日,湖北省科协与宜昌市人民政府合作推进会暨项目签约仪式在宜昌举行。",
     "5月8日,湖北省科协与宜昌市人民政府合作协议签约仪式在宜昌举行。"),
    ("a ceremony to be held (本次论坛将举行…签约仪式, 届时将举行签约仪式, 将于某日举行签约仪式)",
     "5月8日,本次论坛将举行湖北省科协与宜昌市人民政府合作签约仪式。",
     "5月8日,本次论坛举行湖北省科协与宜昌市人民政府合作签约仪式。"),
    ("a ceremony announced, not held (签约仪式定于下周举行)",
     "湖北省科协与宜昌市人民政府合作协议签约仪式定于下周举行。",
     "湖北省科协与宜昌市人民政府合作协议签约仪式5月8日在宜昌举行。"),
]


def test_every_rule_reads_a_text_its_readers_build() -> None:
    # (agreements and party_lists both build the texts by voc.texts_around; "lead" is given
    # lazily by agreements, at once by party_lists)
    built = voc.texts_around("s", "c", "b", "a", "l")
    assert {r.where for r in voc.NOT_SIGNING} <= set(built)


def test_every_not_signing_rule_has_a_case() -> None:
    assert [r.why for r in voc.NOT_SIGNING] == [why for why, _, _ in NOT_SIGNING]


@pytest.mark.parametrize(("why", "dropped", "kept"), NOT_SIGNING,
                         ids=[c[0][:20] for c in NOT_SIGNING])
def test_not_signing_rule(why: str, dropped: str, kept: str,
                          monkeypatch: pytest.MonkeyPatch) -> None:
    assert signed(dropped) == []
    assert signed(kept) == [PAIR]
    # it is this rule of the table that drops the sentence
    monkeypatch.setattr(voc, "NOT_SIGNING", tuple(r for r in voc.NOT_SIGNING if r.why != why))
    assert signed(dropped) == [PAIR]


def parties(*kinds: tuple[str, str]) -> tuple[Party, ...]:
    return tuple(Party(name=f"p{i}", mention="", kind=k, level=lv) for i, (k, lv) in
                 enumerate(kinds))


def test_the_table_names_the_model(monkeypatch: pytest.MonkeyPatch) -> None:
    cast_province = parties(("科协", "national"), ("government", "provincial"))
    assert cooperation_model(cast_province) == "省会合作"
    first = voc.COOPERATION_MODELS[0]
    monkeypatch.setattr(voc, "COOPERATION_MODELS",
                        (replace(first, model="另一种合作"), *voc.COOPERATION_MODELS[1:]))
    assert cooperation_model(cast_province) == "另一种合作"
    monkeypatch.setattr(voc, "COOPERATION_MODELS", ())
    assert cooperation_model(cast_province) == "其他"


def test_models_of_the_table_are_accepted_by_the_contracts() -> None:
    contracts = tomllib.loads((ROOT / "etl" / "storage" / "contracts.toml").read_text("utf-8"))
    accepted = set(contracts["agreements"]["model"]["accepted"])
    assert {r.model for r in voc.COOPERATION_MODELS} | {"其他"} <= accepted


def test_a_model_rule_needs_pair_or_every_and_some() -> None:
    with pytest.raises(ValueError, match="needs pair or every"):
        voc._model_rule({"model": "会会合作", "every": {"kind": "科协"}})
