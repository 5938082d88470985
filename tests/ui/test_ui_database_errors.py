"""A database error is one translated message with "copy details", never SQL."""

from __future__ import annotations

import sqlite3

import pytest
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import QMessageBox
from sqlalchemy import text
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


def test_a_failed_today_load_clears_today_and_the_next_load_recovers(window, qtbot, monkeypatch):
    import ui.models.agenda as today_module  # ui/ops/today.py reads it at each load

    today = window.today
    qtbot.waitUntil(lambda: today.card.detail is not None)
    selected = today.current_touch()
    failures: list[BaseException] = []
    window.ops.failed.disconnect()
    window.ops.failed.connect(failures.append)
    real = today_module.load_today

    def broken(services):
        raise malformed()

    monkeypatch.setattr(today_module, "load_today", broken)
    today.refresh()
    qtbot.waitUntil(lambda: bool(failures))
    assert today.model.touches() == []  # no rows it cannot vouch for
    assert today.current_touch() is None
    assert today.card.detail is None
    assert not any(b.isEnabled() for b in today.outcomes.buttons.values())
    assert today.empty.isVisible()
    assert "F5" in today.empty.text()
    assert "SELECT" not in today.empty.text()
    assert today.stale

    monkeypatch.setattr(today_module, "load_today", real)
    with qtbot.waitSignal(today.loaded, timeout=10_000):
        window.menus.refresh.trigger()
    assert today.current_touch() is not None
    assert today.current_touch().id == selected.id  # the same row again
    qtbot.waitUntil(lambda: today.card.detail is not None)
    assert today.card.detail.id == selected.client_id
    assert all(b.isEnabled() for b in today.outcomes.buttons.values())


def test_a_failed_read_reopens_the_books_connections(book_path, monkeypatch):
    from planner.db import Book

    book = Book(book_path)
    try:
        disposed: list[bool] = []
        real = book.engine.dispose

        def dispose(*args, **kwargs):
            disposed.append(True)
            real(*args, **kwargs)

        monkeypatch.setattr(book.engine, "dispose", dispose)
        with pytest.raises(DatabaseError), book.reading() as session:
            session.execute(text("SELECT * FROM no_such_table"))
        assert disposed  # the next read opens a fresh connection
        with book.reading() as session:
            assert session.execute(text("SELECT 1")).scalar() == 1
    finally:
        book.close()
