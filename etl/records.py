"""Record types passed between ETL stages.

Every stage is a pure function from one of these to the next:

    RawDocument    --cleaning.clean.clean_document-->  CleanDocument
    CleanDocument  --extraction.article.extract-->     (Agreement, ...), (Initiative, ...)
    RawDocument    --pipeline.process_document-->      ArticleResult (the whole per-article step)

They are frozen dataclasses so that a stage cannot mutate what an earlier stage produced, and
plain enough (str, int, tuples) to pickle across processes and Spark workers.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any, TypeVar

_Frozen = TypeVar("_Frozen")


def built(cls: type[_Frozen], **fields: Any) -> _Frozen:
    """cls(**fields) for a frozen dataclass, without its __init__ (which sets each field through
    object.__setattr__: 3-5x the cost), for the records made by the dozen on every page (lines,
    places, dates, names, programme candidates). The caller passes every field;
    tests/test_shared_scans.py compares each use with the constructor."""
    obj = object.__new__(cls)
    obj.__dict__.update(fields)
    return obj


@dataclass(frozen=True)
class RawDocument:
    """One article as read from disk or a crawl, decoded to text but otherwise untouched."""

    doc_id: str  # the input file's stem; "<stem>#<n>" for line n of a .jsonl dump
    path: str  # where it came from (file path, or path#line, or WARC record URI)
    fmt: str  # txt | html | jsonl | warc | wet
    text: str  # decoded text; for HTML, the main text (trafilatura) after <rt>/<rp> removal
    raw_sha256: str  # hash of the raw bytes: the incremental build's change detector
    encoding: str = "utf-8"  # the encoding the bytes were decoded with
    url: str | None = None
    title_hint: str | None = None  # title given by the container (HTML <title>, JSONL field)
    date_hint: str | None = None  # date given by the container (meta tag, JSONL field)
    source_hint: str | None = None  # outlet given by the container
    author_hint: str | None = None


@dataclass(frozen=True)
class Reject:
    """Input that could not become an article: recorded in the `rejects` table, never fatal."""

    path: str
    reason: str  # short code (etl/reading/readers.py lists them): empty | too_large | bad_json …
    message: str  # a sentence a person can act on
    doc_id: str | None = None


@dataclass(frozen=True)
class Metadata:
    """Article-level facts found in the text or its container."""

    title: str | None = None
    published: str | None = None  # ISO: YYYY-MM-DD or YYYY-MM-DDTHH:MM[:SS]
    published_precision: str = "unknown"  # second | minute | day | month | year | unknown
    source: str | None = None  # outlet (来源)
    # the body whose site the page is, by its chrome (版权所有 某某大学; its name above the title):
    # what 我校/我院 mean where the source names a unit (来源：党委宣传部); not exported
    owner: str | None = None
    author: str | None = None  # reporter / author (记者, 作者)
    url: str | None = None
    script: str = "simplified"  # simplified | traditional | traditional+pinyin
    content_hash: str = ""  # sha256 of the clean text
    simhash: str = ""  # 64-bit SimHash as 16 hex chars: the near-duplicate key


@dataclass(frozen=True)
class CleanDocument:
    """Repaired, simplified, boilerplate-free article text with a map back to the original."""

    doc_id: str
    text: str  # clean simplified text, paragraphs separated by "\n"
    original: str  # the text as read (RawDocument.text)
    offsets: tuple[int, ...]  # offsets[i] = index in `original` of clean character i
    metadata: Metadata = field(default_factory=Metadata)
    repairs: tuple[str, ...] = ()  # names of the repairs that changed something
    removed_lines: int = 0  # boilerplate lines dropped

    def original_span(self, start: int, end: int) -> tuple[int, int]:
        """Map a clean-text span [start, end) to the original text."""
        if not self.offsets or start >= len(self.offsets):
            return (0, 0)
        o_start = self.offsets[start]
        o_end = self.offsets[min(end, len(self.offsets)) - 1] + 1 if end > start else o_start
        return (o_start, o_end)


@dataclass(frozen=True)
class Party:
    """One signatory, normalised."""

    name: str  # canonical full name: 河南省科学技术协会, 信阳市人民政府
    mention: str  # as written in the clean text: 省科协, 信阳
    # 科协 | 学会 | government | bureau | university | institute | enterprise | zone | other
    kind: str
    level: str  # national | provincial | prefecture | county | other
    adcode: str | None = None  # region of the party's seat (6 digits)


@dataclass(frozen=True)
class Agreement:
    """One signing event as reported by one article."""

    parties: tuple[Party, ...]
    date: str | None  # YYYY-MM-DD, YYYY-MM or YYYY at its precision; None when unknown
    date_precision: str  # day | month | year | approx | unknown
    date_after: str | None = None  # lower bound when only an order is known (随后)
    date_before: str | None = None  # upper bound (publication date for 近日, the next event …)
    date_text: str | None = None  # the expression the date came from
    type: str = "合作协议"  # as written, simplified: 全面战略合作协议 …
    title: str | None = None  # full document title when given (《…》)
    model: str = "其他"  # 省会合作 | 会市合作 | 会地合作 | 会会合作 | 市市合作 | 其他
    provinces: tuple[str, ...] = ()  # full names of the parties' provinces
    cities: tuple[str, ...] = ()  # prefecture-level units of the parties' seats
    counties: tuple[str, ...] = ()  # county-level units, written with their parent
    is_new_signing: bool = True
    background: bool = False
    online: bool = False  # signed online (线上 / 云签约)
    confidence: float = 0.5
    evidence: str = ""  # the sentence that says so (clean text)
    span: tuple[int, int] = (0, 0)  # character span of `evidence` in the clean text


@dataclass(frozen=True)
class Initiative:
    """A named programme, brand, platform, pilot designation or event mentioned by an article."""

    name: str
    family: str  # 科普 | 科创 | 智库 | 人才 | 组织 | 党建 | 其他
    kind: str  # pilot | action | project | platform | brand | event | other
    region: str | None = None  # full name of the region it belongs to
    region_adcode: str | None = None
    place: str | None = None  # a more specific place (a park, a zone)
    designated: str | None = None  # YYYY[-MM[-DD]] when the article says when it was designated
    evidence: str = ""
    span: tuple[int, int] = (0, 0)


@dataclass(frozen=True)
class ArticleResult:
    """Everything the ETL derives from one article: the unit of work of the pipeline."""

    doc: CleanDocument
    raw: RawDocument
    agreements: tuple[Agreement, ...] = ()
    initiatives: tuple[Initiative, ...] = ()
