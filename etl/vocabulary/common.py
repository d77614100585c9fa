"""What every vocabulary module builds on: the rules loader, the alternation builder, Han.

Word lists and decision tables live in etl/vocabulary/rules/*.toml, read once per process by
`rules`; `alt` turns a word list into a regex alternation; `HAN` is the one definition of what a
Han character is, for patterns written here and, as `{HAN}`, in the rule files (`with_han`).
"""

from __future__ import annotations

import re
import tomllib
from collections.abc import Iterable
from functools import cache
from pathlib import Path

RULES_DIR = Path(__file__).resolve().parent / "rules"

# Han ideographs: CJK unified (with extension A) and compatibility ideographs, for character
# classes ("[" + HAN + "]").
HAN = "\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff"
# One Han character.
HAN_CHAR = re.compile(f"[{HAN}]")


@cache
def rules(name: str) -> dict:
    """The rules file etl/vocabulary/rules/<name>.toml, parsed once per process."""
    with (RULES_DIR / f"{name}.toml").open("rb") as f:
        return tomllib.load(f)


def alt(words: Iterable[str]) -> str:
    """A non-capturing alternation of literal words, longest first (so 签订 never loses to 签).

    A colon in a word matches both the half- and the full-width colon ("声明:" = "声明："). An
    empty list is an error: an empty alternation would silently match everywhere.
    """
    toks = sorted({w for w in words if w}, key=len, reverse=True)
    if not toks:
        raise ValueError("an alternation needs at least one word")
    return "(?:" + "|".join(re.escape(t).replace(":", "[:：]") for t in toks) + ")"


def alt_tree(words: Iterable[str]) -> str:
    """alt(words) written as a prefix tree (科技(?:园(?:区|)|周)): the same matches, tried in
    the same order (the words that match at one position are prefixes of one another, and the
    tree tries each longer one first). re tries a flat alternation word by word at every
    position; for a long list scanned over whole texts the tree is cheaper (UNQ_HEAD_RE's 54
    head words: 0.055 -> 0.038 CPU s over 1,500 pages). Not for short lists or for words with
    a colon."""
    branches = alt_tree_branches(words)
    return "(?:" + (branches[0] if len(branches) == 1 else "(?:" + "|".join(branches) + ")") + ")"


def alt_tree_branches(words: Iterable[str]) -> list[str]:
    """The top-level branches of alt_tree(words), in its order, each starting with a literal
    character (科技(?:园(?:区|)|周), 中心 …).

    For a pattern made of several lists (MENTION_END_RE: head words, aliases with a lookahead,
    a bracket), `|`.join of all their branches at the pattern's top level matches as the
    alternation of their trees does (same order; a lookahead after a tree is the same after each
    of its branches), and lets re skip every position whose character starts no branch (a
    set of first characters, tested in C) instead of entering each tree there: MENTION_END_RE
    over the recogniser's windows 0.073 -> 0.032 CPU s (3 x 6,423 windows)."""
    toks = sorted({w for w in words if w}, key=len, reverse=True)
    if not toks or any(":" in t for t in toks):
        raise ValueError("alt_tree needs words, none with a colon")
    root: dict[str, dict] = {}
    for w in toks:
        node = root
        for ch in w:
            node = node.setdefault(ch, {})
        node[""] = {}  # a word ends here

    def emit(node: dict[str, dict]) -> str:
        opts = [re.escape(ch) + emit(sub) for ch, sub in node.items() if ch]
        if "" in node:
            opts.append("")  # the word ending here: after every longer one
        return opts[0] if len(opts) == 1 else "(?:" + "|".join(opts) + ")"

    return [re.escape(ch) + emit(sub) for ch, sub in root.items() if ch]


def with_han(pattern: str) -> str:
    """A pattern of a rules file with `{HAN}` written for the Han character range."""
    return pattern.replace("{HAN}", HAN)
