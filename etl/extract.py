"""Stage 2 (stub): CleanDocument -> agreements and initiatives."""

from __future__ import annotations

from etl.records import Agreement, CleanDocument, Initiative


def extract(doc: CleanDocument) -> tuple[tuple[Agreement, ...], tuple[Initiative, ...]]:
    return (), ()
