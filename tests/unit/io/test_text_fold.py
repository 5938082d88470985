"""The search fold, word by word from a cache (planner/text.py), folds as the whole-text
fold does: on every letter an import meets and on random Unicode text with spaces."""

from __future__ import annotations

import unicodedata

from hypothesis import given, settings
from hypothesis import strategies as st

from planner.text import _SPECIAL, fold, search_text


def reference(text: str) -> str:
    """The fold of the whole text at once, as it was before the cache."""
    text = unicodedata.normalize(
        "NFKD", unicodedata.normalize("NFC", text).casefold().translate(_SPECIAL)
    )
    text = "".join(ch for ch in text if not unicodedata.combining(ch))
    return unicodedata.normalize("NFC", text).replace("\ue000", "й")


SAMPLES = [
    "Łódź Ёлкин",
    "Małgorzata Żółw 17 klient17@firma17.pl",
    "Иван Смирнова ёлка Йошкар-Ола",
    "STRASSE Straße ÆØ œuvre ı İstanbul",
    "e\u0301 \u0301a  a\u0308 \u00a8 ½ ﬁ",  # marks after a space, compatibility forms
    "Σίσυφος ΣΑΣ",  # final sigma: casefold has no context
    "  two  spaces ",
    "",
]


def test_samples_fold_as_the_whole_text() -> None:
    for text in SAMPLES:
        assert fold(text) == reference(text), text


@settings(max_examples=400, deadline=None)
@given(st.lists(st.text(max_size=8), max_size=6))
def test_random_words_fold_as_the_whole_text(words: list[str]) -> None:
    text = " ".join(words)
    assert fold(text) == reference(text)


def test_search_line_is_unchanged() -> None:
    line = search_text("Łukasz Wiśniewski", "Firma 7 sp. z o.o.", [("email", "ŁW@x.pl")], ["VIP"])
    assert line == "lukasz wisniewski firma 7 sp z o o lw x pl vip"
