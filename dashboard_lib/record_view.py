"""Building blocks of the permalink pages (organisation, agreement, programme): the record's
fields as a card, a report with its evidence highlighted in the article text, the note that the
sidebar filters do not apply. Article text is escaped (textview.highlight_html)."""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any

import pandas as pd
import streamlit as st

from dashboard_lib import labels, links, textview
from dashboard_lib.queries import records as q

WHOLE_RECORD = ("永久链接：本页显示完整记录，不受侧栏筛选影响。 "
                "A permalink: this page shows the whole record; the sidebar filters do not "
                "apply to it.")


def key_from_url(param: str) -> str | None:
    value = st.query_params.get(param)
    return value.strip() if isinstance(value, str) and value.strip() else None


def _text(value: Any, column: str) -> str:
    if value is None or (isinstance(value, float) and pd.isna(value)):
        return ""
    if isinstance(value, (list, tuple)) or hasattr(value, "tolist"):
        items = value.tolist() if hasattr(value, "tolist") else list(value)
        return "、".join(str(v) for v in items)
    if isinstance(value, bool):
        return "是 yes" if value else "否 no"
    if hasattr(value, "date") and not isinstance(value, str):
        return str(value.date()) if hasattr(value, "hour") else str(value)
    vocabulary = labels.COLUMN_VALUES.get(column)
    return labels.value(vocabulary, value) if vocabulary else str(value)


def fields(record: Mapping[str, Any], columns: list[str], *, key: str) -> None:
    """The record's fields as a two-column table: label, value (escaped, as text)."""
    rows = [{"字段 Field": labels.label(c), "值 Value": _text(record.get(c), c)}
            for c in columns if c in record]
    frame = pd.DataFrame(rows, index=pd.RangeIndex(1, len(rows) + 1))
    st.dataframe(frame, hide_index=True, key=key, width="stretch",
                 column_config={"值 Value": st.column_config.TextColumn(width="large")})


def evidence_box(article_id: str, span_start: Any, span_end: Any, evidence: str,
                 *, test_id: str) -> None:
    """The evidence sentence in its article's text, highlighted; the sentence alone when the
    article's offsets are unknown."""
    if span_start is None or pd.isna(span_start):
        st.html(textview.highlight_html(evidence, [(0, len(evidence))], test_id=test_id))
        return
    start, end = int(span_start), int(span_end)
    excerpt, offset = q.article_excerpt(article_id, start, end)
    st.html(textview.highlight_html(excerpt, [(start - offset, end - offset)],
                                    test_id=test_id))


def page_link(kind: str, key: str, label: str) -> None:
    """A link to a permalink page in this tab (the sidebar filters come along)."""
    path, param = links.page(kind), links.PAGES[kind][2]
    st.page_link(path, label=label, query_params={param: key}, icon=":material/open_in_new:")
