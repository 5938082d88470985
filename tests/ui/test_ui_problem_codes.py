"""The UI translates the core's problems by code: every code in Russian and Polish, no
patterns over English sentences, and the client form shows a bad phone in Russian."""

from __future__ import annotations

import ast
import string
from pathlib import Path

import pytest

from planner.problem_texts import ENGLISH
from planner.problems import Problem
from ui.i18n import Translations
from ui.problems import TEXTS, problem_message

UI_CODES = sorted(c for c in ENGLISH if not c.startswith("cli."))  # cli.*: the CLI's own


def sample(code: str) -> Problem:
    names = {f for _, f, _, _ in string.Formatter().parse(ENGLISH[code]) if f}
    return Problem(code, None, {n: f"<{n}>" for n in names})


def test_every_code_the_ui_may_show_has_a_ui_text() -> None:
    assert [c for c in UI_CODES if c not in TEXTS] == []
    assert [c for c in TEXTS if c not in ENGLISH] == []


@pytest.mark.parametrize("language", ["ru", "pl"])
def test_every_code_is_translated(qapp, language: str) -> None:
    translations = Translations()
    try:
        assert translations.apply("en")
        english = {c: problem_message(sample(c)) for c in UI_CODES}
        assert translations.apply(language)
        untranslated = [c for c in UI_CODES if problem_message(sample(c)) == english[c]]
    finally:
        translations.apply("en")
    assert untranslated == []


def test_the_ui_translates_by_code_without_regular_expressions() -> None:
    import ui.problems

    tree = ast.parse(Path(ui.problems.__file__).read_text(encoding="utf-8"))
    imported = set()
    for node in ast.walk(tree):
        if isinstance(node, ast.Import):
            imported |= {a.name.split(".")[0] for a in node.names}
        elif isinstance(node, ast.ImportFrom):
            imported.add((node.module or "").split(".")[0])
    assert "re" not in imported
    assert "regex" not in imported


def test_the_args_fill_the_translation(qapp) -> None:
    translations = Translations()
    try:
        assert translations.apply("ru")
        text = problem_message(Problem.of("contact.not-phone", "contacts.0", value="abc"))
    finally:
        translations.apply("en")
    assert text == "«abc» — не номер телефона."


def test_a_bad_phone_in_the_client_form_shows_russian(make_window, book_path, qtbot) -> None:
    win = make_window(book_path, language="ru")
    view = win.book_view
    with qtbot.waitSignal(view.searched, timeout=10_000):
        win.show_view("book")
    view.new_client()
    dlg = view.edit_dialog
    dlg.name.setText("Зоя Петрова")
    dlg.contacts.set_value(0, "abc")
    dlg.save()
    qtbot.waitUntil(lambda: dlg.error_text("contacts") != "", timeout=10_000)
    assert dlg.error_text("contacts") == "Строка 1: «abc» — не номер телефона."
    assert set(dlg.problems) == {"contacts.0"}
    dlg.reject()


def test_a_validation_error_reaching_a_message_box_is_translated(qapp) -> None:
    from planner.errors import ValidationError
    from ui.texts import error_text

    exc = ValidationError([Problem.of("script.tier-needs-purpose", "purpose")])
    translations = Translations()
    try:
        assert translations.apply("pl")
        text = error_text(exc)
    finally:
        translations.apply("en")
    assert text == "Własny szablon poziomu wymaga celu."
