"""One optimisation per distinct character class, for the whole process.

`re` optimises each character class of each pattern it compiles on its own, walking a class
code point by code point: the vocabulary's ~760 patterns hold ~2,500 classes but only ~700
distinct ones (most of them the Han range, `common.HAN`), and that walk was 0.3 s of the 1.0 s a
process took to import the ETL (BENCHMARKS.md, round 9). The optimiser is a pure function of
the class, so its result is kept by the class and handed out again: the same compiled code
(tests/test_charset_memo.py compiles every vocabulary pattern both ways), 0.3 s less for every
`python -m etl` command, worker, dashboard start and test subprocess.

This wraps a private function of the standard library (`re._compiler._optimize_charset`,
Python 3.11-3.13). Where it is missing or takes other arguments, nothing is installed and `re`
works as it always does.
"""

from __future__ import annotations

import inspect
from typing import Any

try:  # (a private module: absent or changed, the memo is simply not installed)
    import re._compiler as _compiler
except ImportError:  # pragma: no cover - Python < 3.11
    _compiler = None  # type: ignore[assignment]

# classes kept at most (a process that compiles patterns from user input stays bounded)
MAX_CLASSES = 8192
_EXPECTED_PARAMETERS = ["charset", "iscased", "fixup", "fixes"]


def install() -> bool:
    """Memoise re's character-class optimiser in this process (once); True if it is in place."""
    original = getattr(_compiler, "_optimize_charset", None)
    if original is None:
        return False
    if getattr(original, "memoised", False):
        return True
    try:
        params = list(inspect.signature(original).parameters)
    except (TypeError, ValueError):  # pragma: no cover
        return False
    if params != _EXPECTED_PARAMETERS:
        return False
    memo: dict[tuple, tuple[tuple, Any]] = {}

    def optimise(charset, iscased=None, fixup=None, fixes=None):  # type: ignore[no-untyped-def]
        if fixup is not None:  # case-insensitive classes: as re does it
            return original(charset, iscased, fixup, fixes)
        try:
            key = tuple(charset)
            got = memo.get(key)
        except TypeError:  # an unhashable item: as re does it
            return original(charset, iscased, fixup, fixes)
        if got is None:
            out, cased = original(charset, iscased, fixup, fixes)
            got = (tuple(out), cased)  # (a copy: `out` may be the caller's own list)
            if len(memo) < MAX_CLASSES:
                memo[key] = got
        return list(got[0]), got[1]

    optimise.memoised = True  # type: ignore[attr-defined]
    optimise.original = original  # type: ignore[attr-defined]
    _compiler._optimize_charset = optimise
    return True
