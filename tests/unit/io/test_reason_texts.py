"""Reasons in exported documents speak the chosen language; every core code has a text."""

from __future__ import annotations

import pytest

from planner.io.reason_texts import _TEXTS, reason_line
from planner.scheduling import reasons as R

CODES = [
    *sorted(v for k, v in vars(R).items() if k.isupper() and isinstance(v, str)),
    "rescheduled",
]

CADENCE = (
    (
        "cadence",
        {
            "tier": "B",
            "count": "2",
            "unit": "week",
            "anchor": "2026-10-01",
            "since": "last-reached",
        },
    ),
    ("weekend", {"from": "2026-11-07", "days": "2"}),
    ("capacity", {"from": "2026-11-09", "channel": "call"}),
)


@pytest.mark.parametrize("language", ["ru", "pl"])
def test_every_reason_code_has_a_text(language):
    assert [c for c in CODES if c not in _TEXTS[language]] == []


def test_the_line_in_each_language():
    assert reason_line(CADENCE, "en") == (
        "Tier B: every 2 weeks since last reached 2026-10-01; "
        "moved from Sat 2026-11-07 (weekend); carried over: call full on Mon 2026-11-09"
    )
    assert reason_line(CADENCE, "ru") == (
        "Категория B: каждые 2 нед. с последнего контакта 01.10.2026; "
        "перенесено с 07.11.2026 (выходной); перенесено с 09.11.2026: канал Звонок заполнен"
    )
    assert reason_line(CADENCE, "pl").startswith("Kategoria B: co 2 tyg. od ostatniego kontaktu")


def test_an_unknown_code_falls_back_to_english():
    assert reason_line((("new-code", {"a": "1"}),), "ru") == "new-code (a=1)"
