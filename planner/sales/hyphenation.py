"""Soft hyphens where the document's language allows a word to break (LibreOffice's
hyphenation dictionaries through pyphen), so that Qt's layout breaks a long word in a
narrow column only there, drawing the hyphen, and never in the middle of a syllable.

Qt honours U+00AD: unbroken it draws nothing (and a PDF's text reads the word whole),
broken it draws "-" at the line's end. Words shorter than `MIN_LETTERS` are left alone:
they wrap whole. Russian and Polish keep at least two letters before a break and three
after it (no "обслужива-е"), as their typesetting rules ask.
"""

from __future__ import annotations

import re
from functools import lru_cache

import pyphen

SOFT_HYPHEN = "\u00ad"
MIN_LETTERS = 10
LEFT, RIGHT = 2, 3
_DICTIONARIES = {"en": "en_GB", "ru": "ru_RU", "pl": "pl_PL"}
_WORD = re.compile(r"[^\W\d_]+")


@lru_cache(maxsize=8)
def _dictionary(language: str) -> pyphen.Pyphen:
    return pyphen.Pyphen(lang=_DICTIONARIES.get(language, "en_GB"), left=LEFT, right=RIGHT)


def break_points(word: str, language: str) -> list[int]:
    """Where `word` may break in `language` (indexes into the word)."""
    return list(_dictionary(language).positions(word))


def hyphenate(text: str | None, language: str, min_letters: int = MIN_LETTERS) -> str:
    """`text` with soft hyphens at the legal break points of its long words."""
    if not text:
        return text or ""
    dictionary = _dictionary(language)

    def soft(match: re.Match[str]) -> str:
        word = match.group(0)
        if len(word) < min_letters:
            return word
        return str(dictionary.inserted(word, hyphen=SOFT_HYPHEN))

    return _WORD.sub(soft, text.replace(SOFT_HYPHEN, ""))


def unhyphenate(text: str) -> str:
    return text.replace(SOFT_HYPHEN, "")
