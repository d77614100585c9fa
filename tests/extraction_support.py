"""Helpers shared by the extraction tests that read whole invented pages.

A page goes through the real cleaning stage (as a crawl gives it: Traditional script, chrome,
source lines) and then the extraction, so a row checks what an analyst would get.
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

import pytest

from etl.cleaning.clean import clean_document
from etl.cleaning.repair import repair_text
from etl.extraction.article import extract, full_context
from etl.extraction.initiatives import extract_initiatives
from etl.extraction.organisations import find_organisations
from etl.records import Agreement, CleanDocument, RawDocument


def clean_page(page: str, url: str | None = None) -> CleanDocument:
    """The page as the cleaning stage hands it to the extraction."""
    return clean_document(RawDocument("t", "t.txt", "txt", page, "0", url=url))


def names_on_page(page: str, url: str | None = None) -> dict[str, str]:
    """mention (in the clean, Simplified text) -> canonical name, for every organisation."""
    doc = clean_page(page, url)
    ctx = full_context(doc.text, doc.metadata.source, doc.metadata.url)
    return {m.mention: m.name for m in find_organisations(doc.text, ctx) if not m.group}


def page_agreements(page: str, url: str | None = None) -> tuple[Agreement, ...]:
    """The agreements the extraction finds on the page."""
    return extract(clean_page(page, url))[0]


def page_parties(page: str) -> list[frozenset[str]]:
    """The party sets of the page's agreements, in a stable order (for tables of expected
    pairs)."""
    return sorted((frozenset(p.name for p in a.parties) for a in page_agreements(page)),
                  key=sorted)


def page_programme_names(page: str) -> set[str]:
    """The names of the programmes the whole extraction finds on the page."""
    return {i.name for i in extract(clean_page(page))[1]}


def initiative_names(text: str) -> set[str]:
    """The programme names extracted from a sentence, repaired as the cleaning stage repairs it
    (Traditional script, quote marks)."""
    return {i.name for i in extract_initiatives(repair_text(text).text)}


def phenomenon_cases(**tables: Sequence[tuple[str, str, Any]]) -> list[Any]:
    """The rows (case, text, expected) of several phenomenon tables as pytest parameters
    (text, expected), each named `<phenomenon>-<case>`: one test runs every table."""
    return [pytest.param(text, expected, id=f"{name}-{case}")
            for name, rows in tables.items() for case, text, expected in rows]


def known_limits(rows: Sequence[tuple[str, str, Any]]) -> list[Any]:
    """The rows (case, text, expected) the code does not follow yet, as parameters (text,
    expected) that must fail (strict: a fix shows as an unexpected pass), ids
    `known_limit-<case>`."""
    return [pytest.param(text, expected, id=f"known_limit-{case}",
                         marks=pytest.mark.xfail(strict=True, reason="known limit (KNOWN_LIMITS)"))
            for case, text, expected in rows]

