"""术语 Glossary: the words of the dashboard (glossary.toml), and the links to them.

Every help icon of the dashboard ends with a link to its glossary section (`help_text`), so a
person who wonders what 会市合作 or 约 means is one click from the answer. The cooperation models'
rules are read from the ETL's decision table (etl/vocabulary/rules/signing.toml), not rewritten.
"""

from __future__ import annotations

import tomllib
from dataclasses import dataclass
from functools import cache
from pathlib import Path

from dashboard_lib import labels

PATH = Path(__file__).resolve().parent / "glossary.toml"
PAGE = "/glossary"


@dataclass(frozen=True)
class Term:
    term: str
    zh: str
    en: str


@dataclass(frozen=True)
class Section:
    key: str  # the anchor on the glossary page (/glossary#models)
    title: str
    intro: str
    terms: tuple[Term, ...]


@cache
def sections() -> dict[str, Section]:
    data = tomllib.loads(PATH.read_text(encoding="utf-8"))
    return {key: Section(key, s["title"], s["intro"], tuple(Term(*t) for t in s["terms"]))
            for key, s in data.items()}


def link(section: str) -> str:
    """A markdown link to a glossary section."""
    if section not in sections():
        raise KeyError(section)
    return f"[术语 Glossary: {sections()[section].title}]({PAGE}#{section.replace('_', '-')})"


def help_text(text: str, section: str) -> str:
    """A help icon's text, ending with the link to its glossary section."""
    return f"{text}\n\n{link(section)}"


def _side(pattern: object) -> str:
    kinds = "/".join(labels.value("party_kind", k).split(" ")[0]
                     for k in sorted(pattern.kinds))  # type: ignore[attr-defined]
    levels = pattern.levels  # type: ignore[attr-defined]
    if not levels:
        return kinds
    return kinds + "（" + "/".join(labels.value("party_level", lv).split(" ")[0]
                                   for lv in sorted(levels)) + "）"


def model_rules() -> dict[str, list[str]]:
    """Each cooperation model's rules from the ETL's decision table, in words:
    科协（国家级） + 政府（省级）."""
    from etl.vocabulary import signing

    out: dict[str, list[str]] = {}
    for rule in signing.COOPERATION_MODELS:
        if rule.pair is not None:
            text = f"{_side(rule.pair[0])} + {_side(rule.pair[1])}"
        else:
            text = f"各方皆为 all of {_side(rule.every)}，其中有 with a {_side(rule.some)}"
        out.setdefault(rule.model, []).append(text)
    out.setdefault("其他", []).append("以上都不成立 none of the above")
    return out
