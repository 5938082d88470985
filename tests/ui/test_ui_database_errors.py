"""A database error is one translated message with "copy details", never SQL."""

from __future__ import annotations

import sqlite3

from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import QMessageBox
from sqlalchemy.exc import DatabaseError

from ui import ask
from ui.texts import error_details, error_text


def malformed() -> DatabaseError:
    try:
        raise sqlite3.DatabaseError("database disk image is malformed")
    except sqlite3.DatabaseError as exc:
        return DatabaseError("SELECT touch.id FROM touch WHERE touch.due <= ?", (1,), exc)


def test_the_message_has_no_sql_and_the_details_have_it(qapp):
    exc = malformed()
    text = error_text(exc)
    assert "SELECT" not in text
    assert "sqlalche.me" not in text
    assert "malformed" not in text
    assert "malformed" in error_details(exc)


def test_copy_details_puts_them_on_the_clipboard_and_keeps_the_box(qtbot):
    box = ask.error_box(None, "Title", "Text", "the details")
    qtbot.addWidget(box)
    copy = next(b for b in box.buttons() if box.buttonRole(b) == QMessageBox.ButtonRole.ActionRole)
    box.show()
    copy.click()
    assert QGuiApplication.clipboard().text() == "the details"
    assert box.isVisible()


def test_the_window_shows_a_failed_operation_as_one_translated_message(
    make_window, book_path, qtbot, monkeypatch
):
    win = make_window(book_path, language="ru")
    shown: list[tuple[str, str, str]] = []
    monkeypatch.setattr(
        ask, "error", lambda _p, title, text, details: shown.append((title, text, details))
    )
    win.ops.failed.emit(malformed())
    [(title, text, details)] = shown
    assert title == "Что-то пошло не так"
    assert "SELECT" not in text
    assert text.startswith("Сейчас не удалось прочитать или записать книгу.")
    assert "malformed" in details
