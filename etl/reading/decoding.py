"""Bytes -> text: the encoding of an article, and the checks that turn bad bytes into a Reject.

The declared charset (BOM, <meta charset>) is used when a strict decode confirms it, else UTF-8,
else charset-normalizer's guess among the encodings of Chinese news. `Rejected` carries a reason
code and a sentence a person can act on out of the readers, which turn it into a `Reject`.
"""

from __future__ import annotations

import codecs
import hashlib
import logging

LOGGER = logging.getLogger(__name__)

_BOMS = ((codecs.BOM_UTF32_LE, "utf-32"), (codecs.BOM_UTF32_BE, "utf-32"),
         (codecs.BOM_UTF8, "utf-8-sig"), (codecs.BOM_UTF16_LE, "utf-16"),
         (codecs.BOM_UTF16_BE, "utf-16"))
_CHARSET_ALIASES = {"gb2312": "gb18030", "gbk": "gb18030", "x-gbk": "gb18030", "cp936": "gb18030",
                    "big5": "big5hkscs", "x-big5": "big5hkscs", "utf8": "utf-8"}
# charset-normalizer guesses we accept for Chinese news (plus ASCII-compatible single-byte).
_ACCEPTED = ("utf_8", "utf-8", "gb18030", "gbk", "gb2312", "big5", "big5hkscs", "cp950",
             "utf_16", "utf_32", "ascii")


class Rejected(Exception):
    """Input that cannot become an article: a reason code and a message for the Reject."""

    def __init__(self, reason: str, message: str) -> None:
        super().__init__(message)
        self.reason, self.message = reason, message


def _normal_charset(name: str) -> str | None:
    name = name.strip().lower()
    name = _CHARSET_ALIASES.get(name, name)
    try:
        return codecs.lookup(name).name
    except LookupError:
        return None


# ASCII text every page has in ASCII: a charset that does not decode it to itself is not the one
# of a page whose <meta charset> could be read as ASCII.
_ASCII_PROBE = bytes(range(0x20, 0x7f)) + b"\t\r\n"


def _ascii_compatible(enc: str) -> bool:
    try:
        return _ASCII_PROBE.decode(enc) == _ASCII_PROBE.decode("ascii")
    except (UnicodeDecodeError, LookupError):
        return False


def decode_bytes(data: bytes, declared: str | None = None) -> tuple[str, str]:
    """(text, encoding): BOM, then the declared charset if it decodes strictly, then UTF-8, then
    charset-normalizer. Raises Rejected (binary | undecodable)."""
    for bom, enc in _BOMS:
        if data.startswith(bom):
            try:
                return data.decode(enc), enc.replace("-sig", "")
            except UnicodeDecodeError:
                break
    if b"\x00" in data[:8192]:
        raise Rejected("binary", "the file holds NUL bytes (binary, or UTF-16 without a BOM); "
                       "it is not a text article")
    if declared and (enc := _normal_charset(declared)):
        if not _ascii_compatible(enc):  # EBCDIC (cp500), UTF-7...: it decodes anything to junk
            LOGGER.info("declared charset %s cannot be that of an HTML page; detecting", declared)
        else:
            try:
                return data.decode(enc), enc
            except UnicodeDecodeError:
                LOGGER.debug("declared charset %s does not decode; detecting", declared)
    try:
        return data.decode("utf-8"), "utf-8"
    except UnicodeDecodeError:
        pass
    import charset_normalizer  # imported lazily: only non-UTF-8 input needs it

    best = charset_normalizer.from_bytes(data).best()
    if best is not None and best.encoding.lower() in _ACCEPTED:
        return str(best), best.encoding
    for enc in ("gb18030", "big5hkscs"):
        try:
            return data.decode(enc), enc
        except UnicodeDecodeError:
            continue
    if best is not None:
        return str(best), best.encoding
    raise Rejected("undecodable", "no encoding (UTF-8, GB18030/GBK, Big5, UTF-16 with BOM) "
                   "decodes these bytes; check that the file is text")


def raw_hash(data: bytes) -> str:
    """sha256 of the raw bytes: the incremental build's change detector."""
    return hashlib.sha256(data).hexdigest()


def check_text(text: str) -> None:
    """Raise Rejected when decoded text is empty or mostly control characters (binary data)."""
    if not text.strip():
        raise Rejected("no_text", "no article text was found")
    ctrl = sum(1 for c in text[:4096] if c < " " and c not in "\n\r\t\f\v")
    if ctrl > 0.05 * min(len(text), 4096):
        raise Rejected("binary", "the decoded text is mostly control characters (binary data)")

