"""Why a tier is suggested reaches the salesperson in their language: every `suggest.*`
code the analytics give has a translation in ru and pl, and English from the same table."""

from __future__ import annotations

import pytest

from planner.problem_texts import ENGLISH, english
from planner.problems import Problem
from ui.dialogs.tier_suggestions import rule_text

CODES = sorted(code for code in ENGLISH if code.startswith("suggest."))
ARGS = {"days": "3", "window": "365"}


def test_the_analytics_codes_are_all_in_the_table() -> None:
    assert CODES == [
        "suggest.irregular",
        "suggest.no-purchases",
        "suggest.once",
        "suggest.regular",
        "suggest.top-value",
    ]


@pytest.mark.parametrize("language", ["ru", "pl"])
def test_every_suggestion_reason_is_translated(qapp, language: str) -> None:
    from ui.i18n import Translations

    translations = Translations()
    translations.apply(language)
    try:
        for code in CODES:
            problem = Problem(code, None, dict(ARGS))
            text = rule_text(problem)
            assert text != english(problem), (language, code)
            assert "{" not in text, text  # every blank filled
            if "days" in english(problem):
                assert "3" in text
    finally:
        translations.apply("en")


def test_in_english_the_reasons_read_as_the_cli_prints_them(qapp) -> None:
    assert rule_text(Problem.of("suggest.regular", days=3, window=365)) == (
        "bought on 3 days in the last 365 days"
    )
    assert rule_text(Problem.of("suggest.once")) == "bought once"
