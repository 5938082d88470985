"""Spreadsheet cells never become formulas from client data (DESIGN.md section 9).

Every writer in the app writes text with `write_string` (xlsxwriter) or as a forced string;
text that `is_formula_like` also gets Excel's quote prefix, so that editing the cell and
pressing Enter does not turn it into a formula either. CSV files written for people to
open in Excel (the import report) prefix such text with an apostrophe.
"""

from __future__ import annotations

import unicodedata

# What Excel, LibreOffice and Google Sheets read as the start of a formula (or of DDE).
FORMULA_STARTS = ("=", "+", "-", "@", "\t", "\r", "\n", "＝", "＋", "－", "＠")
# Blanks that a spreadsheet skips before it looks for "=": spaces of every width, NBSP,
# zero-width characters and a BOM. Tab, CR and LF are not skipped: they start a formula.
_BLANKS = (
    " \u00a0\u1680\u2000\u2001\u2002\u2003\u2004\u2005\u2006\u2007\u2008\u2009\u200a"
    "\u200b\u200c\u200d\u2028\u2029\u202f\u205f\u2060\u3000\ufeff"
)
# A first character that settles the question at once: printable ASCII that is neither a
# blank nor a formula start. NFKC leaves ASCII alone, and a combining mark after it only
# makes another letter or symbol, never "=", "+", "-" or "@".
SAFE_FIRST = frozenset(chr(c) for c in range(0x21, 0x7F)) - set("=+-@")


def is_formula_like(text: str) -> bool:
    """Would a spreadsheet read `text` as a formula, now or once the cell is edited?

    True when the text, as given or after NFKC normalisation, starts after leading blanks
    with = + - @ tab CR LF, or the full-width ＝ ＋ － ＠ (which NFKC turns into ASCII).
    """
    if not text or text[0] in SAFE_FIRST:
        return False
    if text.lstrip(_BLANKS).startswith(FORMULA_STARTS):
        return True
    return unicodedata.normalize("NFKC", text).lstrip(_BLANKS).startswith(FORMULA_STARTS)


def csv_safe(text: str) -> str:
    """Text for a CSV cell that a person will open in a spreadsheet: formulas defused."""
    return "'" + text if is_formula_like(text) else text
