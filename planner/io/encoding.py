"""Guess the encoding of an imported text file (CSV, vCard) from its first 64 KB.

Salespeople's files come from Excel and old phones: UTF-8 (with or without a BOM), UTF-16
with or without a BOM (Excel's "Unicode text", old phone suites), cp1251 (Russian Windows),
cp1250 (Polish Windows), KOI8-R, ISO-8859-2, Shift_JIS and other code pages.
The rule, in order:

1. a BOM decides (UTF-8, UTF-32 or UTF-16);
2. NUL bytes in the places UTF-16/32 puts them (ASCII text as 00 xx or xx 00) mean UTF-16 or
   UTF-32 without a BOM; other NUL bytes or many control characters mean a binary file;
3. the sample decodes as UTF-8, or does so except for a few bytes (fewer bad bytes than half
   the valid multi-byte characters): UTF-8, and the rows with the bad bytes are reported;
4. otherwise charset-normalizer chooses among the code pages real exports use; when it picks a
   Central/Western/Cyrillic Windows page (or a CJK one on too little text to tell) both cp1251
   and cp1250 decodings are scored by the share of non-ASCII letters that
   sit where their script is expected: a Cyrillic letter counts for cp1251 only inside a word
   with no ASCII letters (Russian words are wholly Cyrillic, while Polish read as cp1251 turns
   into Latin words with stray Cyrillic letters); a Latin letter counts for cp1250 inside a word
   with ASCII letters, or anywhere if it is a Polish letter. The higher score wins; a tie goes
   to cp1250, the Latin fallback that also reads most Western European text.

Every encoding chosen in step 4 (or 2) is a guess: `TextSample.guessed` says so, and the
import report and the preview name it.
"""

from __future__ import annotations

import codecs
import re
from dataclasses import dataclass

import charset_normalizer

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
    guessed: bool = False  # not told by a BOM nor valid UTF-8: the report names it

    @property
    def wide(self) -> bool:
        """UTF-16 or UTF-32: the byte grammar of a vCard needs the text re-encoded."""
        return self.encoding.startswith(("utf-16", "utf-32"))

    @property
    def errors(self) -> str:
        """The error handler for streaming: bad bytes later in the file are marked, not fatal."""
        return "replace" if self.wide else "surrogateescape"

    def has_bad_text(self, value: str) -> bool:
        """Whether `value` holds characters that could not be decoded (see `errors`)."""
        pattern = _BAD_UTF16 if self.wide else _BAD_SINGLE_BYTE
        return pattern.search(value) is not None


def detect_encoding(head: bytes, complete: bool) -> TextSample:
    """Choose the codec of a text file from its first bytes; `complete` if `head` is all of it."""
    guessed = False
    if head.startswith(codecs.BOM_UTF8):
        encoding = "utf-8-sig"
    elif head.startswith((codecs.BOM_UTF32_LE, codecs.BOM_UTF32_BE)):
        encoding = "utf-32"
    elif head.startswith((codecs.BOM_UTF16_LE, codecs.BOM_UTF16_BE)):
        encoding = "utf-16"
    elif b"\x00" in head:
        encoding = _wide_without_bom(head)
        guessed = True
    elif _is_mostly_utf8(head, complete):
        encoding = "utf-8"
    else:
        encoding = guess_code_page(head)
        guessed = True
    decoder = codecs.getincrementaldecoder(encoding)(errors="replace")
    text = decoder.decode(head, final=complete).lstrip("\ufeff")
    if encoding.startswith(("utf-16", "utf-32")) and "\ufffd" in text:
        raise ImportRefused(
            "bad-encoding",
            "The file claims to be UTF-16 but is not valid UTF-16.",
            reason="utf16",
            encoding=encoding,
        )
    if len(_CONTROLS.findall(text)) > max(2, len(text) // 200):
        raise not_text()
    return TextSample(encoding, text, guessed)


def _wide_without_bom(head: bytes) -> str:
    """UTF-16/32 LE or BE told by where the NUL bytes of ASCII characters sit; else binary."""
    size = len(head) - len(head) % 4
    if size < 4:
        raise not_text()
    for width, names in ((4, ("utf-32-le", "utf-32-be")), (2, ("utf-16-le", "utf-16-be"))):
        count = size // width
        # Little-endian: the high bytes (last of each unit) are zero; big-endian: the first.
        low_first = sum(head[i + width - 1] == 0 for i in range(0, size, width)) / count
        high_first = sum(head[i] == 0 for i in range(0, size, width)) / count
        nonzero_low = sum(head[i] != 0 for i in range(0, size, width)) / count
        nonzero_high = sum(head[i + width - 1] != 0 for i in range(0, size, width)) / count
        if width == 4:
            middle = sum(head[i + 1] == 0 and head[i + 2] == 0 for i in range(0, size, 4))
            if middle / count < 0.9:
                continue
        if low_first > 0.6 and nonzero_low > 0.9:
            return names[0]
        if high_first > 0.6 and nonzero_high > 0.9:
            return names[1]
    raise not_text()


def not_text() -> ImportRefused:
    return ImportRefused(
        "binary",
        "The file is not a text file (CSV or vCard) and not an Excel workbook: it holds binary "
        "data or an unknown encoding.",
    )


def _is_mostly_utf8(head: bytes, complete: bool) -> bool:
    """Valid UTF-8, or UTF-8 but for a few stray bytes (their rows are reported, not guessed)."""
    text = codecs.getincrementaldecoder("utf-8")(errors="surrogateescape").decode(
        head, final=complete
    )
    bad = len(_BAD_SINGLE_BYTE.findall(text))
    if bad == 0:
        return True
    valid = sum(1 for ch in text if 0x7F < ord(ch) < 0xD800 or ord(ch) > 0xDFFF)
    return valid >= 2 * bad


# The code pages real exports come in; charset-normalizer chooses among them.
CANDIDATES = (
    "cp1251", "cp1250", "cp1252", "iso8859_2", "iso8859_5", "koi8_r", "koi8_u", "cp866",
    "mac_cyrillic", "iso8859_15", "cp1257", "shift_jis", "euc_jp", "gb18030", "big5", "euc_kr",
)  # fmt: skip
_CJK = frozenset({"shift_jis", "euc_jp", "gb18030", "big5", "euc_kr"})
_MIN_CJK_BYTES = 24  # on fewer non-ASCII bytes any Latin text "is" Big5 or Shift_JIS
_WINDOWS = frozenset({"cp1250", "cp1251", "cp1252", "mac_cyrillic"})


def guess_code_page(data: bytes) -> str:
    """The code page of bytes that are not UTF-8 (a whole file or one vCard value)."""
    best = charset_normalizer.from_bytes(data, cp_isolation=list(CANDIDATES)).best()
    found = best.encoding if best is not None else None
    non_ascii = sum(1 for byte in data if byte > 0x7F)
    if found is None or found in _WINDOWS or (found in _CJK and non_ascii < _MIN_CJK_BYTES):
        return _guess_single_byte(data)
    return str(found)


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
