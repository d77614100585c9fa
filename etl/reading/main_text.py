"""HTML -> the main text of the page (the article without navigation, sidebars and footers).

trafilatura finds the main text after lxml has dropped ruby annotations (<rt>, <rp>: pinyin over
the characters); the headline and the 时间/来源 info line, which trafilatura leaves out, are put
back in front, so that the cleaning stage reads metadata the same way for every format.
"""

from __future__ import annotations

import copy
import logging
import warnings
from dataclasses import dataclass

from etl.vocabulary.reading import INFO_LINE

LOGGER = logging.getLogger(__name__)



@dataclass(frozen=True)
class Page:
    """What an HTML page gives: main text (headline and info line in front), hints."""

    text: str
    title: str | None
    date: str | None
    url: str | None


_BLOCKS = ("p", "div", "br", "li", "h1", "h2", "h3", "h4", "h5", "h6", "tr", "td", "section",
           "article", "header", "footer", "span", "dd", "dt", "table", "ul", "ol", "font")


def _page_lines(tree) -> list[str]:
    """The visible text of a page, one line per block element (a copy is changed, not `tree`)."""
    body = copy.deepcopy(tree)
    for el in body.xpath("//script|//style|//noscript|//template"):
        el.drop_tree()
    for el in body.iter(*_BLOCKS):
        el.tail = "\n" + (el.tail or "")
    return [ln.strip() for ln in body.text_content().split("\n") if ln.strip()]


def main_text(html: str) -> Page | None:
    """Main text of a page via trafilatura, after dropping ruby annotations (<rt>, <rp>).

    trafilatura drops the headline and the 时间/来源 info line from the text; both are put back
    in front of it (from its metadata and from the page's visible lines) so that the clean
    stage reads metadata the same way for every format. Falls back to the page's <p>
    paragraphs when trafilatura is unavailable or finds nothing.
    """
    from lxml import html as lxml_html
    from lxml.etree import ParserError

    try:
        tree = lxml_html.document_fromstring(html.encode("utf-8"),
                                             parser=lxml_html.HTMLParser(encoding="utf-8"))
    except (ParserError, ValueError):
        return None
    for el in tree.xpath("//rt|//rp"):
        el.drop_tree()
    lines = _page_lines(tree)
    info = [ln for ln in lines if len(ln) <= 90 and INFO_LINE.search(ln)][:1]
    title = date = url = None
    main = ""
    try:
        import trafilatura

        with warnings.catch_warnings():  # lxml's FutureWarning on element truth-testing
            warnings.simplefilter("ignore", FutureWarning)
            doc = trafilatura.bare_extraction(copy.deepcopy(tree), with_metadata=True,
                                              include_comments=False, include_tables=True)
        if doc is not None:
            main = doc.text or ""
            title, date, url = doc.title, doc.date, doc.url
    except ImportError as exc:  # a broken install must not stop the build
        LOGGER.warning("trafilatura unavailable (%s); using <p> paragraphs", exc)
    if not main.strip():
        main = "\n".join(p.text_content().strip() for p in tree.xpath("//p")
                         if p.text_content().strip())
    if not title:
        h1 = tree.xpath("//h1")
        t = tree.xpath("//title")
        title = (h1[0].text_content() if h1 else t[0].text_content() if t else "").strip() or None
    if not main.strip():
        return Page("", title, date, url)
    first = {ln.strip() for ln in main.split("\n", 3)[:3]}
    front = [x for x in ([title] if title else []) + info if x and x.strip() not in first]
    return Page("\n".join([*front, main]), title, date, url)

