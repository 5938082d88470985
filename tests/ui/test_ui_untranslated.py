"""In Russian and Polish, no screen or dialog shows an English string of ours or of Qt's.

The walk opens every page of the window, every tab of the settings, every page of the
import wizard, the client editor, the outcome panel, the sale and price-list dialogs, the
suggested tiers, the export options, the client picker, About and Keyboard shortcuts, and
Qt's own file dialog; on each it collects every visible text (labels, buttons, group
titles, placeholders, combo items, tabs, tooltips, table headers, window titles) and
fails on any that is one of our English sources (also with its placeholders filled in)
or one of Qt's own English button and file-dialog texts.
"""

from __future__ import annotations

import re
import xml.etree.ElementTree as ET
from collections.abc import Callable
from pathlib import Path

import pytest
from conftest import make_demo
from PySide6.QtCore import QAbstractItemModel, QCoreApplication, QModelIndex, Qt, QTimer
from PySide6.QtWidgets import (
    QAbstractButton,
    QAbstractItemView,
    QApplication,
    QComboBox,
    QFileDialog,
    QGroupBox,
    QLabel,
    QLineEdit,
    QTabWidget,
    QWidget,
    QWizard,
)

from ui.i18n import TRANSLATIONS_DIR, Translations

# Qt's own English that qtbase translates (buttons, the file dialog, the wizard).
QT_ENGLISH = {
    "Cancel",
    "Save",
    "Open",
    "Close",
    "Yes",
    "No",
    "Apply",
    "Discard",
    "Reset",
    "Restore Defaults",
    "Look in:",
    "File name:",
    "Files of type:",
    "Back",
    "Forward",
    "Parent Directory",
    "Create New Folder",
    "List View",
    "Detail View",
    "< Back",
    "Next >",
    "Finish",
    "Commit",
    "Done",
    "Name",
    "Size",
    "Type",
    "Date Modified",
}
PLACEHOLDER = re.compile(r"\{[a-z_]*\}|%L?n|%\d")


def english_sources(language: str) -> tuple[set[str], list[re.Pattern[str]]]:
    """Our English strings that `language` translates differently: exact texts, and
    patterns for those with placeholders ({client}, %n) as they look once filled in."""
    tree = ET.parse(TRANSLATIONS_DIR / f"contact_planner_{language}.ts")
    exact: set[str] = set()
    same: set[str] = set()  # the same word in both languages somewhere ("Import" in Polish)
    patterns: list[re.Pattern[str]] = []
    for m in tree.getroot().iter("message"):
        source = (m.findtext("source") or "").strip().replace("&", "")
        node = m.find("translation")
        forms = [f.text or "" for f in node.findall("numerusform")] if node is not None else []
        translation = (node.text or "").strip() if node is not None else ""
        if source in {t.strip().replace("&", "") for t in [translation, *forms]}:
            same.add(source)  # e.g. "E-mail", "Status"
            continue
        if not any(c.isalpha() for c in source):
            continue
        if PLACEHOLDER.search(source):
            literal = PLACEHOLDER.sub(" ", source)
            if sum(c.isalpha() for c in literal) >= 5:  # enough English to recognise
                parts = [re.escape(p) for p in PLACEHOLDER.split(source)]
                patterns.append(re.compile("^" + "(.+?)".join(parts) + "$", re.S))
        else:
            exact.add(source)
    return exact - same, patterns


def visible_texts(root: QWidget) -> list[tuple[str, str]]:
    found: list[tuple[str, str]] = [("window title", root.windowTitle())]
    in_files = isinstance(root, QFileDialog)  # its cells list the disk: data, not texts
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
        if isinstance(w, QAbstractItemView) and w.model() is not None and not in_files:
            found += cells(name, w.model())
        if isinstance(w, QWizard):
            found += [(name + " page", w.currentPage().title()), ("", w.currentPage().subTitle())]
        if w.toolTip():
            found.append((name + " tooltip", w.toolTip()))
    return [(n, _plain(t)) for n, t in found if _plain(t)]


def cells(name: str, model: QAbstractItemModel) -> list[tuple[str, str]]:
    """Headers and the first rows' cells (and their children: Today's channel groups)."""
    out: list[tuple[str, str]] = []
    top = QModelIndex()
    try:
        columns = model.columnCount(top)
    except TypeError:  # a list model (private columnCount): one column
        columns = 1
    for c in range(columns):
        out.append((name + " header", str(model.headerData(c, Qt.Orientation.Horizontal) or "")))
    for r in range(min(model.rowCount(top), 30)):
        parent = model.index(r, 0, top)
        indexes = [model.index(r, c, top) for c in range(columns)]
        for k in range(min(model.rowCount(parent), 5)):
            indexes += [model.index(k, c, parent) for c in range(columns)]
        for index in indexes:
            for role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.ToolTipRole):
                value = index.data(role)
                if isinstance(value, str):
                    out.append((f"{name} cell {index.row()},{index.column()}", value))
    return out


def _plain(text: str) -> str:
    return re.sub(r"<[^>]+>", "", text).replace("&", "").strip()


class Walk:
    """Collects the English a language's screens show."""

    def __init__(self, language: str) -> None:
        self.exact, self.patterns = english_sources(language)
        self.leaks: list[tuple[str, str, str]] = []
        self.seen: list[str] = []

    def english(self, text: str) -> bool:
        lines = [text, *text.splitlines()]
        return any(
            t.strip() in self.exact
            or t.strip() in QT_ENGLISH
            or any(p.match(t.strip()) for p in self.patterns)
            for t in lines
        )

    def look(self, where: str, root: QWidget) -> None:
        self.seen.append(where)
        self.leaks += [(where, n, t) for n, t in visible_texts(root) if self.english(t)]


def on_modal(qtbot, walk: Walk, where: str, opener: Callable[[], object]) -> None:
    """Open a modal dialog (QMessageBox.about, exec()), look at it, close it."""
    seen: list[bool] = []

    def inspect() -> None:
        dlg = QApplication.activeModalWidget()
        if dlg is None:
            QTimer.singleShot(20, inspect)
            return
        walk.look(where, dlg)
        seen.append(True)
        dlg.close()

    QTimer.singleShot(0, inspect)
    opener()
    qtbot.waitUntil(lambda: bool(seen), timeout=10_000)


@pytest.fixture(scope="module")
def books(tmp_path_factory: pytest.TempPathFactory) -> dict[str, Path]:
    """A small demo book in each language, with its catalog and sales."""
    folder = tmp_path_factory.mktemp("untranslated")
    return {
        lang: make_demo(folder / f"demo-{lang}.sqlite", 40, locale=lang, catalog=True)
        for lang in ("ru", "pl")
    }


HEADERS = {"ru": "Имя;Телефон;Почта", "pl": "Imię;Telefon;Poczta"}  # the file's own words


def write_csv(path: Path, language: str) -> Path:
    rows = [HEADERS[language], "Ivan Petrov;+48 601 234 567;ivan@example.com"]
    path.write_text("\n".join(rows) + "\n", encoding="utf-8")
    return path


@pytest.mark.parametrize("language", ["ru", "pl"])
def test_no_screen_or_dialog_shows_english(make_window, books, tmp_path, qtbot, language):
    from ui.dialogs.import_wizard import MAPPING, OPTIONS, RUN
    from ui.navigation import VIEWS

    book = tmp_path / "book.sqlite"
    book.write_bytes(books[language].read_bytes())
    walk = Walk(language)
    win = make_window(book, language=language)
    qtbot.waitUntil(lambda: win.today.data is not None, timeout=20_000)

    # every page of the window; Today with a touch selected shows the outcome panel
    for key in VIEWS:
        win.show_view(key)
        qtbot.wait(50)
        walk.look(key, win)
    planning = win.planning_view
    win.show_view("planning")
    with qtbot.waitSignal(planning.loaded, timeout=20_000):
        planning.set_mode("month")
    walk.look("planning: month", win)
    win.show_view("today")
    qtbot.waitUntil(lambda: win.today.current_touch() is not None, timeout=10_000)
    assert win.today.outcomes.isVisible()
    walk.look("today: outcome panel", win)

    # the settings, every tab
    win.window_actions.open_settings()
    dlg = win.window_actions.settings_dialog
    qtbot.waitUntil(lambda: dlg.loaded)
    for i in range(dlg.tabs.count()):
        dlg.tabs.setCurrentIndex(i)
        walk.look(f"settings tab {i}", dlg)
    dlg.reject()

    # the client editor: a new client and an existing one
    win.show_view("book")
    book_view = win.book_view
    qtbot.waitUntil(lambda: book_view.model.rowCount() > 0, timeout=10_000)
    book_view.new_client()
    walk.look("new client", book_view.edit_dialog)
    book_view.edit_dialog.reject()
    book_view.table.selectRow(0)
    qtbot.waitUntil(lambda: book_view.detail is not None, timeout=10_000)
    walk.look("book: client card", win)
    book_view.edit_client()
    walk.look("edit client", book_view.edit_dialog)
    book_view.edit_dialog.reject()
    client_id = book_view.detail.id

    # the import wizard, every page
    win.window_actions.import_clients()
    wizard = win.window_actions.import_wizard
    walk.look("import: file", wizard)
    wizard.file_page.path.setText(str(write_csv(tmp_path / "clients.csv", language)))
    wizard.next()
    qtbot.waitUntil(lambda: wizard.currentId() == MAPPING, timeout=10_000)
    walk.look("import: mapping", wizard)
    wizard.next()
    qtbot.waitUntil(lambda: wizard.currentId() == OPTIONS, timeout=10_000)
    walk.look("import: options", wizard)
    wizard.next()
    qtbot.waitUntil(lambda: wizard.currentId() == RUN, timeout=10_000)
    qtbot.waitUntil(lambda: wizard.run_page.result is not None, timeout=20_000)
    walk.look("import: report", wizard)
    wizard.reject()

    # sales: a sale, the price list, the suggested tiers
    win.sales_actions.record_sale(client_id)
    qtbot.waitUntil(lambda: win.sales_actions.sale_dialog is not None, timeout=10_000)
    sale = win.sales_actions.sale_dialog
    qtbot.waitUntil(lambda: sale.loaded, timeout=10_000)
    walk.look("record a sale", sale)
    sale.reject()
    win.sales_actions.price_list(client_id)
    qtbot.waitUntil(lambda: win.sales_actions.price_list_dialog is not None, timeout=10_000)
    price_list = win.sales_actions.price_list_dialog
    qtbot.waitUntil(lambda: price_list.data is not None, timeout=20_000)
    walk.look("price list", price_list)
    price_list.reject()
    win.sales_actions.tier_suggestions()
    suggestions = win.sales_actions.suggestions_dialog
    with qtbot.waitSignal(suggestions.loaded, timeout=20_000, raising=False):
        pass
    walk.look("suggested tiers", suggestions)
    suggestions.reject()

    # the export options, the client picker, About, the keyboard shortcuts
    from datetime import date

    from ui.dialogs.export_options import ExportDialog
    from ui.dialogs.pick_client import PickClientDialog
    from ui.file_actions import report_texts

    export = ExportDialog(
        *report_texts(),
        (date(2026, 2, 1), date(2026, 3, 31)),
        language,
        tmp_path / "report.xlsx",
        "Excel (*.xlsx)",
        win,
    )
    export.show()
    walk.look("export options", export)
    export.reject()
    picker = PickClientDialog(win.ops, "…", "…", win)
    picker.show()
    walk.look("pick a client", picker)
    picker.reject()
    on_modal(qtbot, walk, "about", win.window_actions.show_about)
    on_modal(qtbot, walk, "shortcuts", win.window_actions.show_shortcuts)

    # Qt's own file dialog (the widget one, as on the test platform), in the UI language
    empty = tmp_path / "empty"  # its listing would be data, not the dialog's texts
    empty.mkdir()
    files = QFileDialog(win, "…", str(empty))
    files.setOption(QFileDialog.Option.DontUseNativeDialog)
    files.show()
    walk.look("file dialog", files)
    files.reject()

    assert len(walk.seen) >= 25
    assert walk.leaks == [], "\n".join(" | ".join(leak) for leak in sorted(set(walk.leaks)))


@pytest.mark.parametrize("language", ["ru", "pl"])
def test_the_welcome_page_of_an_empty_book_shows_no_english(make_window, tmp_path, qtbot, language):
    walk = Walk(language)
    win = make_window(tmp_path / "empty.sqlite", language=language)
    assert win.is_empty
    qtbot.waitUntil(lambda: win.welcome.isVisible(), timeout=10_000)
    walk.look("welcome", win)
    assert walk.leaks == [], walk.leaks


def test_the_walk_recognises_english():
    walk = Walk("ru")
    assert walk.english("Open book")
    assert walk.english("Cancel")  # Qt's own
    assert walk.english("Today, 12 March 2026")  # "Today, {day}" with the day filled in
    assert not walk.english("Открыть книгу")
    assert not walk.english("Ivan Petrov")


@pytest.mark.parametrize(("language", "look_in"), [("ru", "Перейти к:"), ("pl", "Szukaj w:")])
def test_qt_standard_dialogs_speak_the_ui_language(qapp, language, look_in):
    translations = Translations()
    try:
        translations.apply(language)
        assert QCoreApplication.translate("QFileDialog", "Look in:") == look_in
    finally:
        translations.apply("en")
