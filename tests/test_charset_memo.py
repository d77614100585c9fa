"""The memo of re's character-class optimiser (etl/vocabulary/charset_memo.py) changes how fast
patterns compile, never what they compile to."""

from __future__ import annotations

import importlib
import pkgutil
import re

import pytest

import etl.vocabulary
from etl.vocabulary import charset_memo

_compiler = pytest.importorskip("re._compiler")
_parser = pytest.importorskip("re._parser")


def _vocabulary_patterns() -> list[re.Pattern[str]]:
    out = []
    for info in pkgutil.iter_modules(etl.vocabulary.__path__):
        mod = importlib.import_module(f"etl.vocabulary.{info.name}")
        out.extend(v for v in vars(mod).values() if isinstance(v, re.Pattern))
    return out


def _code(pattern: str, flags: int) -> list[int]:
    return _compiler._code(_parser.parse(pattern, flags), flags)


def test_the_memo_is_installed_by_the_vocabulary():
    assert charset_memo.install() is True
    assert getattr(_compiler._optimize_charset, "memoised", False)


def test_every_vocabulary_pattern_compiles_to_the_same_code_with_and_without_the_memo():
    patterns = _vocabulary_patterns()
    assert len(patterns) > 500  # (the vocabulary's patterns, not an empty list)
    memoised = _compiler._optimize_charset
    with_memo = [_code(p.pattern, p.flags) for p in patterns]
    _compiler._optimize_charset = memoised.original
    try:
        without = [_code(p.pattern, p.flags) for p in patterns]
    finally:
        _compiler._optimize_charset = memoised
    assert with_memo == without


@pytest.mark.parametrize("pattern, flags, text, expected", [
    ("[\u4e00-\u9fff]+", 0, "ab科学技术协会cd", "科学技术协会"),
    ("[\u4e00-\u9fff]+", 0, "ab科学cd", "科学"),  # the same class again, from the memo
    ("[^\u4e00-\u9fff]+", 0, "科学ab12技术", "ab12"),
    ("[a-z\u00e9]+", re.IGNORECASE, "12ÉtÉ34", "ÉtÉ"),  # case-insensitive: as re does it
    ("[\U00020000-\U0002a6df]", 0, "a\U00020001b", "\U00020001"),  # beyond the BMP
])
def test_classes_match_as_re_matches_them(pattern, flags, text, expected):
    assert re.compile(pattern, flags).search(text).group() == expected


def test_a_caller_changing_the_result_does_not_change_the_memo():
    charset = [(_parser.RANGE, (0x4E00, 0x9FFF))]
    first, _ = _compiler._optimize_charset(list(charset))
    first.append((_parser.LITERAL, 0x41))
    again, _ = _compiler._optimize_charset(list(charset))
    assert (_parser.LITERAL, 0x41) not in again
