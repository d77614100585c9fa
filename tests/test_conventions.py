"""Conventions of the test suite that a reviewer would otherwise have to check by eye."""

from __future__ import annotations

import re

from tests.conftest import ROOT

FIXED_WAIT = re.compile(r"\bwait_for_timeout\(|\btime\.sleep\(|\bsleep\(")


def fixed_waits(text: str) -> list[str]:
    return [line.strip() for line in text.splitlines() if FIXED_WAIT.search(line)]


def test_browser_tests_wait_for_conditions_not_for_time() -> None:
    """The browser tests wait for what a person would see (expect, wait_for_function, …)."""
    found = {str(p.relative_to(ROOT)): waits for p in sorted((ROOT / "tests" / "e2e").glob("*.py"))
             if (waits := fixed_waits(p.read_text(encoding="utf-8")))}
    assert found == {}
    assert fixed_waits("    page.wait_for_timeout(400)\n    expect(x).to_be_visible()") == [
        "page.wait_for_timeout(400)"]
