"""Guess the encoding of an imported text file (CSV, vCard) from its first 64 KB.

Salespeople's files come from Excel and old phones: UTF-8 (with or without a BOM), UTF-16
with a BOM (Excel's "Unicode text"), cp1251 (Russian Windows) and cp1250 (Polish Windows).
The rule, in order:

1. a BOM decides (UTF-8 or UTF-16);
2. NUL bytes or many control characters mean a binary file: refused;
3. the sample decodes as strict UTF-8: UTF-8 (ASCII is UTF-8 too);
4. otherwise both cp1251 and cp1250 decodings are scored by the share of non-ASCII letters that
   sit where their script is expected: a Cyrillic letter counts for cp1251 only inside a word
   with no ASCII letters (Russian words are wholly Cyrillic, while Polish read as cp1251 turns
   into Latin words with stray Cyrillic letters); a Latin letter counts for cp1250 inside a word
   with ASCII letters, or anywhere if it is a Polish letter. The higher score wins; a tie goes
   to cp1250, the Latin fallback that also reads most Western European text.
"""

from __future__ import annotations

import codecs
import re
from dataclasses import dataclass

from planner.io.records import ImportRefused

SAMPLE_BYTES = 64 * 1024
_POLISH = frozenset("ąćęłńóśźżĄĆĘŁŃÓŚŹŻ")
_WORD = re.compile(r"[^\W\d_]+")
_CONTROLS = re.compile(r"[\x00-\x08\x0b\x0e-\x19\x1b-\x1f\x7f]")
# Undecodable bytes show up as lone surrogates (surrogateescape) or U+FFFD (UTF-16 'replace').
_BAD_SINGLE_BYTE = re.compile(r"[\udc80-\udcff]")
_BAD_UTF16 = re.compile("\ufffd")


@dataclass(frozen=True, slots=True)
class TextSample:
    """The chosen codec and the decoded sample (a cut multi-byte character at the end dropped)."""

    encoding: str
    text: str

    @property
    def errors(self) -> str:
        """The error handler for streaming: bad bytes later in the file are marked, not fatal."""
        return "replace" if self.encoding == "utf-16" else "surrogateescape"

    def has_bad_text(self, value: str) -> bool:
        """Whether `value` holds characters that could not be decoded (see `errors`)."""
        pattern = _BAD_UTF16 if self.encoding == "utf-16" else _BAD_SINGLE_BYTE
        return pattern.search(value) is not None


def detect_encoding(head: bytes, complete: bool) -> TextSample:
    """Choose the codec of a text file from its first bytes; `complete` if `head` is all of it."""
    if head.startswith(codecs.BOM_UTF8):
        encoding = "utf-8-sig"
    elif head.startswith((codecs.BOM_UTF16_LE, codecs.BOM_UTF16_BE)):
        encoding = "utf-16"
    elif b"\x00" in head:
        raise not_text()
    elif _is_utf8(head, complete):
        encoding = "utf-8"
    else:
        encoding = _guess_single_byte(head)
    decoder = codecs.getincrementaldecoder(encoding)(errors="replace")
    text = decoder.decode(head, final=complete)
    if encoding == "utf-16" and "\ufffd" in text:
        raise ImportRefused("bad-encoding", "The file claims to be UTF-16 but is not valid UTF-16.")
    if len(_CONTROLS.findall(text)) > max(2, len(text) // 200):
        raise not_text()
    return TextSample(encoding, text)


def not_text() -> ImportRefused:
    return ImportRefused(
        "binary",
        "The file is not a text file (CSV or vCard) and not an Excel workbook: it holds binary "
        "data or an unknown encoding.",
    )


def _is_utf8(head: bytes, complete: bool) -> bool:
    try:
        codecs.getincrementaldecoder("utf-8")().decode(head, final=complete)
    except UnicodeDecodeError:
        return False
    return True


def _guess_single_byte(head: bytes) -> str:
    cyrillic = _script_share(head.decode("cp1251", errors="replace"), cyrillic=True)
    latin = _script_share(head.decode("cp1250", errors="replace"), cyrillic=False)
    return "cp1251" if cyrillic > latin else "cp1250"


def _script_share(text: str, *, cyrillic: bool) -> float:
    """Share of the non-ASCII characters that are letters where the script expects them."""
    non_ascii = sum(1 for ch in text if ord(ch) > 0x7F)
    if non_ascii == 0:
        return 0.0
    good = 0
    for word in _WORD.findall(text):
        has_ascii = any(ord(ch) < 0x80 for ch in word)
        for ch in word:
            if ord(ch) < 0x80:
                continue
            is_cyrillic = "\u0400" <= ch <= "\u04ff"
            if cyrillic:
                good += is_cyrillic and not has_ascii
            else:
                good += not is_cyrillic and (has_ascii or ch in _POLISH)
    return good / non_ascii
