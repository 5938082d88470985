"""In Russian and Polish, no screen or dialog shows an English string of ours or of Qt's."""

from __future__ import annotations

import xml.etree.ElementTree as ET

import pytest
from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import (
    QAbstractButton,
    QComboBox,
    QGroupBox,
    QLabel,
    QLineEdit,
    QTabWidget,
    QWidget,
)

from ui.i18n import TRANSLATIONS_DIR, Translations


def english_sources() -> set[str]:
    """Our English strings whose translation differs from them (so seeing one is a bug)."""
    tree = ET.parse(TRANSLATIONS_DIR / "contact_planner_ru.ts")
    out = set()
    for m in tree.getroot().iter("message"):
        source = (m.findtext("source") or "").strip()
        translation = (m.findtext("translation") or "").strip()
        if source and translation and translation != source and any(c.isalpha() for c in source):
            out.add(source.replace("&", ""))
    return out


def visible_texts(root: QWidget) -> list[tuple[str, str]]:
    found: list[tuple[str, str]] = [("window title", root.windowTitle())]
    for w in [root, *root.findChildren(QWidget)]:
        if not w.isVisible():
            continue
        name = f"{type(w).__name__} {w.objectName()}"
        if isinstance(w, QLabel | QAbstractButton | QGroupBox):
            text = w.title() if isinstance(w, QGroupBox) else w.text()
            found.append((name, text))
        if isinstance(w, QLineEdit):
            found.append((name + " placeholder", w.placeholderText()))
        if isinstance(w, QComboBox):
            found += [(name + " item", w.itemText(i)) for i in range(w.count())]
        if isinstance(w, QTabWidget):
            found += [(name + " tab", w.tabText(i)) for i in range(w.count())]
        if w.toolTip():
            found.append((name + " tooltip", w.toolTip()))
    return [(n, t.replace("&", "").strip()) for n, t in found if t.strip()]


def untranslated(root: QWidget, sources: set[str]) -> list[tuple[str, str]]:
    return [(n, t) for n, t in visible_texts(root) if t in sources]


@pytest.mark.parametrize("language", ["ru", "pl"])
def test_no_screen_or_dialog_shows_english(make_window, book_path, qtbot, language):
    sources = english_sources()
    win = make_window(book_path, language=language)
    qtbot.waitUntil(lambda: win.today.data is not None, timeout=20_000)
    leaks: list[tuple[str, str, str]] = []
    for key in list(win.views):
        win.show_view(key)
        qtbot.wait(50)
        leaks += [(key, n, t) for n, t in untranslated(win, sources)]
    win.open_settings()
    dlg = win.settings_dialog
    qtbot.waitUntil(lambda: dlg.loaded)
    for i in range(dlg.tabs.count()):
        dlg.tabs.setCurrentIndex(i)
        leaks += [("settings", n, t) for n, t in untranslated(dlg, sources)]
    dlg.reject()
    assert leaks == []


@pytest.mark.parametrize(("language", "look_in"), [("ru", "Перейти к:"), ("pl", "Szukaj w:")])
def test_qt_standard_dialogs_speak_the_ui_language(qapp, language, look_in):
    translations = Translations()
    try:
        translations.apply(language)
        assert QCoreApplication.translate("QFileDialog", "Look in:") == look_in
    finally:
        translations.apply("en")
