"""Reading a PDF's lines back (pypdf) and checking how its words break at line ends:
only at a point the language allows, with a hyphen drawn; never in mid-syllable."""

from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass
from pathlib import Path

from pypdf import PdfReader

from planner.sales.hyphenation import break_points

WORD = re.compile(r"[^\W\d_]+")
PUNCT = ".,;:!?—()«»„”\"'·/"


@dataclass(frozen=True)
class Breaks:
    lines: list[str]
    flat: str  # the lines, legal hyphenated breaks joined back into their words
    hyphenated: list[tuple[str, int]]  # (word, where it broke)


def pdf_lines(path: Path) -> list[str]:
    text = "\n".join(p.extract_text() for p in PdfReader(path).pages)
    # NFKC: the font's ligatures (ﬁ, ﬀ) back to letters; pypdf puts tabs between words
    text = unicodedata.normalize("NFKC", text).replace("\u00a0", " ").replace("\t", " ")
    return [line.strip() for line in text.splitlines() if line.strip()]


def check_breaks(path: Path, texts: list[str], language: str) -> Breaks:
    """Assert every line-end break inside one of the words of `texts` is at a legal
    hyphenation point of `language` with a hyphen; return the text with those joined."""
    words = {w for t in texts for w in WORD.findall(t)}
    lines = pdf_lines(path)
    hyphenated: list[tuple[str, int]] = []
    joined = [lines[0]] if lines else []
    for line in lines[1:]:
        a = joined[-1].split()[-1].lstrip(PUNCT)
        b = line.split()[0].rstrip(PUNCT)
        b_word = (WORD.match(b) or [""])[0]
        if a.endswith("-") and WORD.fullmatch(a[:-1] or "-"):
            whole = a[:-1] + b_word
            if whole in words and a[:-1] not in words:
                where = len(a) - 1
                assert where in break_points(whole, language), (whole, where, language)
                hyphenated.append((whole, where))
                joined[-1] = joined[-1][:-1] + line  # the word whole again
                continue
            assert a[:-1] in words, (a, b)  # a compound's own hyphen, as in "Żółć-Gęślą"
            assert b_word in words, (a, b)
        else:
            a_word = (re.search(r"[^\W\d_]+$", a) or [""])[0]
            assert not (
                a_word
                and b_word
                and a_word + b_word in words
                and (a_word not in words or b_word not in words)
            ), f"{a_word}|{b_word} split without a hyphen"
        joined.append(line)
    return Breaks(lines, "\n".join(joined), hyphenated)
