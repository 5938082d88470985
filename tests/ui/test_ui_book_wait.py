"""While another connection holds the book's write lock (a long import in another
window or program), an edit waits: the status bar says so in the UI's language, and the
edit is saved by itself once the lock is free."""

from __future__ import annotations

import sqlite3
from contextlib import closing

import pytest

WAITING = {
    "en": "Waiting for the book",
    "ru": "Ждём, пока освободится книга",
    "pl": "Czekam, aż księga się zwolni",
}


@pytest.mark.parametrize("language", ["en", "ru", "pl"])
def test_an_edit_waits_for_another_writer_and_says_so(
    make_window, book_path, qtbot, language
) -> None:
    win = make_window(book_path, language=language, synchronous=False)
    status = win.statusBar()
    saved: list[object] = []
    # The start-up's own jobs (first look, the day's backup) finish first, so that the
    # edit is the worker's only job: on a loaded machine they can take seconds, and the
    # edit's own patience (NOTICE_AFTER_MS + BUSY_ATTEMPTS x BUSY_TIMEOUT_MS) must not be
    # spent behind them. The timeouts below are generous for the same reason; nothing
    # here asserts how fast anything is.
    qtbot.waitUntil(lambda: not win.ops.busy, timeout=60_000)
    with closing(sqlite3.connect(book_path, isolation_level=None)) as other:
        other.execute("BEGIN IMMEDIATE")  # another process's long write
        other.execute("UPDATE setting SET value = value WHERE key = 'gap.days'")
        win.ops.mutate(lambda s: s.settings.set("gap.days", "3"), saved.append)
        qtbot.waitUntil(lambda: WAITING[language] in status.currentMessage(), timeout=12_000)
        message = status.currentMessage()
        for word in ("SQL", "locked", "BEGIN", "sqlalche.me"):
            assert word not in message
        assert not saved  # still waiting, not refused
        other.execute("COMMIT")  # the other writer is done
    qtbot.waitUntil(lambda: bool(saved), timeout=60_000)
    # The notice goes once the edit is through (another status line, e.g. the day's
    # backup after the first screen, may follow it: that is not the notice).
    qtbot.waitUntil(lambda: WAITING[language] not in status.currentMessage(), timeout=30_000)
    got: list[object] = []
    win.ops.query(lambda s: s.settings.get("gap.days"), got.append)
    qtbot.waitUntil(lambda: bool(got), timeout=30_000)
    assert got == [3]
    qtbot.waitUntil(lambda: not win.ops.busy, timeout=60_000)  # nothing left in flight


def test_an_edit_without_a_wait_says_nothing(make_window, book_path, qtbot) -> None:
    win = make_window(book_path, synchronous=False)
    shown: list[bool] = []
    win.ops.waiting_changed.connect(shown.append)
    saved: list[object] = []
    win.ops.mutate(lambda s: s.settings.set("gap.days", "4"), saved.append)
    qtbot.waitUntil(lambda: bool(saved), timeout=60_000)
    qtbot.waitUntil(lambda: not win.ops.busy, timeout=60_000)
    assert shown == []
