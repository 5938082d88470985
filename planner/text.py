"""Text folding for search: case, diacritics, ё = е, ł = l (DESIGN.md section 8)."""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Iterable
from functools import lru_cache

from phonenumbers import COUNTRY_CODE_TO_REGION_CODE, PhoneMetadata

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
    """Lower-case, strip diacritics and fold special letters: 'Łódź Ёлкин' -> 'lodz елкин'.

    Word by word (no step of the fold reaches across a space: a space is a starter that
    composes with nothing), an ASCII word by `lower` (what the fold makes of it) and any
    other from a cache: an import folds 100,000 rows whose words repeat (first names,
    surnames, towns, e-mail domains)."""
    if text.isascii():
        return text.lower()
    return " ".join([w.lower() if w.isascii() else _fold_word(w) for w in text.split(" ")])


@lru_cache(maxsize=16_384)
def _fold_word(text: str) -> str:
    text = unicodedata.normalize(
        "NFKD", unicodedata.normalize("NFC", text).casefold().translate(_SPECIAL)
    )
    text = "".join(ch for ch in text if not unicodedata.combining(ch))
    return unicodedata.normalize("NFC", text).replace("\ue000", "й")


def tokens(text: str) -> list[str]:
    return _WORD.findall(fold(text))


def digits(text: str) -> str:
    return "".join(ch for ch in text if ch.isdigit())


PHONE_CHANNELS = frozenset({"call", "sms", "whatsapp", "viber"})


def is_phone_point(channel: str, value: str) -> bool:
    return channel in PHONE_CHANNELS or (channel == "telegram" and value.startswith("+"))


MIN_PHONE_TAIL = 4  # "the last 4 or more digits", the way one looks up a caller


def phone_terms(phone: str) -> list[str]:
    """What a phone is found by (search is by prefix): the whole number ("48601…"), the
    national part ("601…"), the national form with the trunk prefix ("0601…", "8916…" for
    Russia, where 8 is still written) and every tail of 4 or more digits ("…441706")."""
    d = digits(phone)
    terms = [d]
    if phone.startswith("+"):
        for n in (1, 2, 3):  # E.164 country codes are 1 to 3 digits long
            code = int(d[:n] or 0)
            if code in COUNTRY_CODE_TO_REGION_CODE:
                national = d[n:]
                terms.append(national)
                prefix = _trunk_prefix(code)
                if prefix and national:
                    terms.append(prefix + national)
                terms.extend(national[i:] for i in range(1, len(national) - MIN_PHONE_TAIL + 1))
                break
    return terms


@lru_cache(maxsize=512)
def _trunk_prefix(code: int) -> str:
    """The national (trunk) prefix of a country code: "0" for DE or UK, "8" for RU/KZ."""
    if code == 7:
        return "8"
    region = COUNTRY_CODE_TO_REGION_CODE.get(code, ("",))[0]
    metadata = PhoneMetadata.metadata_for_region(region, None) if region else None
    prefix = getattr(metadata, "national_prefix", None) if metadata is not None else None
    return str(prefix) if prefix and str(prefix).isdigit() else ""


def search_text(
    name: str, company: str | None, points: Iterable[tuple[str, str]], tags: Iterable[str]
) -> str:
    """The one normalised line a client is found by: name, company, contact points, tags.

    `points` are (channel, value): phones give their digits, everything else its words.
    """
    parts = [name, company or ""]
    for channel, value in points:
        if is_phone_point(channel, value):
            parts.extend(phone_terms(value))
        else:
            parts.append(value)  # e-mails split at "@" and ".", so "anna@x" finds anna@x.pl
    parts.extend(tags)
    return " ".join(tokens(" ".join(parts)))
