"""Every variable the script editor lists has its own description in Russian and Polish:
one missing from the UI's table fell back to the core's English on a Russian screen
(client.salutation, seen in a screenshot)."""

from __future__ import annotations

import pytest

from planner.services.script_context import VARIABLES
from ui.i18n import Translations
from ui.script_texts import variable_description


@pytest.mark.parametrize("language", ["ru", "pl"])
def test_every_script_variable_is_described_in_the_language(qapp, language: str) -> None:
    translations = Translations()
    try:
        assert translations.apply(language)
        english = [v.name for v in VARIABLES if variable_description(v) == v.description]
        assert english == []
        assert translations.apply("en")
        in_english = {v.name: variable_description(v) for v in VARIABLES}
        assert translations.apply(language)
        same = [v.name for v in VARIABLES if variable_description(v) == in_english[v.name]]
    finally:
        translations.apply("en")
    assert same == []
