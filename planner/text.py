"""Text folding for search: case, diacritics, ё = е, ł = l (DESIGN.md section 8)."""

from __future__ import annotations

import re
import unicodedata

# Letters that Unicode does not decompose into a base letter plus a mark.
_SPECIAL = str.maketrans(
    {
        "ł": "l",
        "đ": "d",
        "ø": "o",
        "ß": "ss",
        "æ": "ae",
        "œ": "oe",
        "ı": "i",
        "ё": "е",  # Cyrillic yo folds to ye, as Russian readers expect
        "й": "\ue000",  # kept as itself: й is a letter of its own, not и with a mark
    }
)
_WORD = re.compile(r"\w+", re.UNICODE)


def fold(text: str) -> str:
    """Lower-case, strip diacritics and fold special letters: 'Łódź Ёлкин' -> 'lodz елкин'."""
    text = unicodedata.normalize(
        "NFKD", unicodedata.normalize("NFC", text).casefold().translate(_SPECIAL)
    )
    text = "".join(ch for ch in text if not unicodedata.combining(ch))
    return unicodedata.normalize("NFC", text).replace("\ue000", "й")


def tokens(text: str) -> list[str]:
    return _WORD.findall(fold(text))


def digits(text: str) -> str:
    return "".join(ch for ch in text if ch.isdigit())


def search_text(
    name: str, company: str | None, phones: list[str], emails: list[str], tags: list[str]
) -> str:
    """The one normalised line a client is found by."""
    parts = [name, company or ""]
    for phone in phones:
        d = digits(phone)
        # Whole number, and national part without the country code, so "601 234" finds it.
        parts.append(d)
        if len(d) > 9:
            parts.append(d[-9:])
    parts.extend(emails)  # tokens split at "@" and ".", so "anna@x" finds anna@x.pl
    parts.extend(tags)
    return " ".join(tokens(" ".join(parts)))
