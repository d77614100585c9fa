"""Data shown as text, never as markup.

- `highlight_html`: article text as safe HTML: every character escaped; the only markup is ours
  (<mark> around evidence spans, a scrolling box). Article text is never rendered as HTML.
- `md_escape`: data placed inside Streamlit markdown (captions, messages, tooltips) with every
  markdown character backslash-escaped, so e.g. `![](http://…)` in a shared ?q= link cannot make
  the page load an image from elsewhere.
"""

from __future__ import annotations

import html
import re
from collections.abc import Iterable

BOX_STYLE = ("white-space: pre-wrap; overflow-wrap: anywhere; max-height: 460px; "
             "overflow-y: auto; padding: 0.6rem 0.8rem; border: 1px solid #d5d9de; "
             "border-radius: 0.4rem; font-size: 0.92rem; line-height: 1.6;")
MARK_STYLE = "background: #ffe08a; padding: 0 1px; border-radius: 2px;"
_MD_SPECIAL = re.compile(r"([\\`*_{}\[\]()#+\-.!|<>~$:^=&\"'])")


def md_escape(text: object) -> str:
    """Text that Streamlit's markdown shows literally (ASCII punctuation backslash-escaped)."""
    return _MD_SPECIAL.sub(r"\\\1", "" if text is None else str(text))


def merge_spans(spans: Iterable[tuple[int, int]], length: int) -> list[tuple[int, int]]:
    """Clip spans to [0, length), drop empty ones, merge overlapping or touching ones."""
    clipped = sorted((max(0, int(s)), min(length, int(e))) for s, e in spans)
    merged: list[tuple[int, int]] = []
    for start, end in clipped:
        if end <= start:
            continue
        if merged and start <= merged[-1][1]:
            merged[-1] = (merged[-1][0], max(merged[-1][1], end))
        else:
            merged.append((start, end))
    return merged


def highlight_html(text: str, spans: Iterable[tuple[int, int]], *, test_id: str) -> str:
    """The text, escaped, in a scrolling box, with the spans wrapped in <mark>."""
    out: list[str] = []
    pos = 0
    for start, end in merge_spans(spans, len(text)):
        out.append(html.escape(text[pos:start]))
        out.append(f'<mark style="{MARK_STYLE}">{html.escape(text[start:end])}</mark>')
        pos = end
    out.append(html.escape(text[pos:]))
    return f'<div data-testid="{html.escape(test_id)}" style="{BOX_STYLE}">{"".join(out)}</div>'
