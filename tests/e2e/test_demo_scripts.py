"""Every default call script, rendered for demo clients in en/ru/pl, greets the client
with their salutation (the language's default, or the client's own when written)."""

from __future__ import annotations

import dataclasses
import sqlite3
from collections.abc import Callable
from pathlib import Path

import pytest
from e2e_support import copy_book, fixed_clock

from planner.app import Services
from planner.sales.salutation import default_salutation
from planner.services.scripts import PURPOSES, RenderedScript

OPENING = {"en": " this is ", "ru": " Это ", "pl": " tu "}


def _clients(book: Path, where: str, *args: object) -> list[tuple[int, str, str]]:
    with sqlite3.connect(book) as db:
        return db.execute(
            "SELECT id, name, language FROM client WHERE status = 'active' AND " + where
            + " ORDER BY id LIMIT 3",
            args,
        ).fetchall()  # fmt: skip


@pytest.mark.parametrize("locale", ["en", "ru", "pl"])
def test_every_default_script_greets_a_demo_client_with_the_salutation(
    templates: Callable[[str], Path], tmp_path: Path, locale: str
) -> None:
    book = copy_book(templates(locale), tmp_path / "book.sqlite")
    native = _clients(book, "language = ? AND id IN (SELECT client_id FROM sale)", locale)
    foreign = _clients(book, "language IS NOT NULL AND language != ?", locale)
    assert native
    services = Services.open(book, clock=fixed_clock)
    try:
        for cid, name, language in native + foreign:
            greeting = default_salutation(name, language)
            assert greeting.startswith({"en": "Dear", "ru": "Уважаем", "pl": "Szanown"}[language])
            for purpose in PURPOSES:
                result = services.scripts.render(cid, purpose)
                assert isinstance(result, RenderedScript), (purpose, result)
                assert result.language == language
                assert greeting + OPENING[language] in result.text, (purpose, name)
                assert "{{" not in result.text
        cid, name, language = native[0]
        client = services.clients.get(cid)
        own = {"en": "Good morning, Dr Brown,", "ru": "Добрый день, коллега!",
               "pl": "Szanowny Panie Prezesie,"}[language]  # fmt: skip
        services.clients.edit(cid, dataclasses.replace(client.to_input(), salutation=own))
        result = services.scripts.render(cid, "check-in")
        assert isinstance(result, RenderedScript)
        assert own + OPENING[language] in result.text
        assert default_salutation(name, language) not in result.text
    finally:
        services.close()
