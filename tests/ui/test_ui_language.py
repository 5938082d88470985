"""Languages: every string has a Russian and a Polish translation, and switching the
language in Settings changes what is on screen without a restart."""

from __future__ import annotations

import shutil
import subprocess
import xml.etree.ElementTree as ET
from pathlib import Path

import pytest
from PySide6.QtCore import Qt

from ui import state
from ui.i18n import TRANSLATIONS_DIR, qm_path

LRELEASE = Path(__file__).resolve().parents[2] / ".venv" / "bin" / "pyside6-lrelease"


def messages(language: str) -> list[ET.Element]:
    tree = ET.parse(TRANSLATIONS_DIR / f"contact_planner_{language}.ts")
    return list(tree.getroot().iter("message"))


@pytest.mark.parametrize("language", ["ru", "pl"])
def test_every_string_is_translated(language):
    found = messages(language)
    assert len(found) > 300
    for m in found:
        source = m.find("source").text
        tr = m.find("translation")
        assert tr.get("type") not in ("unfinished", "vanished", "obsolete"), source
        if m.get("numerus") == "yes":
            forms = [f.text for f in tr.findall("numerusform")]
            assert len(forms) == 3, source  # one, few, many
            assert all(forms), source
        else:
            assert tr.text, source
            for token in ("{", "}"):  # placeholders survive translation
                assert source.count(token) == tr.text.count(token), source


def test_sources_are_the_same_in_every_language():
    sources = [{m.find("source").text for m in messages(lang)} for lang in ("en", "ru", "pl")]
    assert sources[0] == sources[1] == sources[2]


def test_english_has_plural_forms():
    for m in messages("en"):
        if m.get("numerus") == "yes":
            assert len([f for f in m.find("translation").findall("numerusform") if f.text]) == 2


@pytest.mark.skipif(not LRELEASE.exists(), reason="pyside6-lrelease is not installed")
@pytest.mark.parametrize("language", ["en", "ru", "pl"])
def test_built_qm_files_are_up_to_date(language, tmp_path):
    ts = TRANSLATIONS_DIR / f"contact_planner_{language}.ts"
    out = tmp_path / "built.qm"
    subprocess.run([str(LRELEASE), "-silent", str(ts), "-qm", str(out)], check=True)
    assert out.read_bytes() == qm_path(language).read_bytes(), (
        "run resources/translations/update.sh"
    )


def switch_language(win, qtbot, code):
    win.window_actions.open_settings()
    dlg = win.window_actions.settings_dialog
    qtbot.waitUntil(lambda: dlg.loaded)
    dlg.general.language.setCurrentIndex(dlg.general.language.findData(code))
    with qtbot.waitSignal(dlg.finished, timeout=30_000):
        dlg.save()


def test_language_switch_changes_visible_texts(window, qtbot):
    menus = window.menus
    assert menus.file.title() == "&File"
    qtbot.waitUntil(lambda: window.today.data is not None)
    switch_language(window, qtbot, "ru")
    qtbot.waitUntil(lambda: menus.file.title() == "&Файл")
    assert menus.edit.title() == "&Правка"
    assert window.nav.item(0).text().startswith("Сегодня")
    assert window.today.title.text().startswith("Сегодня, ")
    assert "марта" in window.today.title.text()  # the date in Russian, through QLocale
    assert window.today.outcomes.buttons["no-answer"].text().startswith("Не ответил")
    group = window.today.model.index(0, 0).data()
    assert group.split()[0] in ("Звонки", "Встречи", "E-mail", "SMS", "WhatsApp", "Видеозвонки")
    assert window.ops._services.settings.get("ui.language") == "ru"
    assert state.value("ui/language") == "ru"
    switch_language(window, qtbot, "pl")
    qtbot.waitUntil(lambda: menus.file.title() == "&Plik")
    assert window.nav.item(1).text() == "Baza"
    assert "marca" in window.today.title.text()
    book = window.book_view
    window.show_view("book")
    assert book.new_button.text() == "Nowy klient…"
    assert (
        book.model.headerData(0, Qt.Orientation.Horizontal, Qt.ItemDataRole.DisplayRole) == "Nazwa"
    )
    switch_language(window, qtbot, "en")
    qtbot.waitUntil(lambda: menus.file.title() == "&File")
    assert window.today.title.text().startswith("Today, Thursday")


def test_language_from_the_command_line_and_qsettings(qtbot, book_path):
    from ui.app import parse_args

    args = parse_args(["--db", str(book_path), "--lang", "pl"])
    assert args.db == book_path
    assert args.lang == "pl"
    with pytest.raises(SystemExit):
        parse_args(["--lang", "de"])


def test_update_script_exists():
    script = TRANSLATIONS_DIR / "update.sh"
    assert script.exists()
    assert shutil.which("bash")


def test_contact_planner_lang_reaches_the_app(monkeypatch, book_path):
    """`contact-planner --lang ru` (no command) hands --lang to ui.app.main."""
    import ui.app
    from planner.cli import main

    seen: list[list[str]] = []
    monkeypatch.setattr(ui.app, "main", lambda argv=None: seen.append(list(argv or [])) or 0)
    assert main(["--lang", "ru", "--db", str(book_path)]) == 0
    assert seen == [["--db", str(book_path), "--lang", "ru"]]
