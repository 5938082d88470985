"""The day's rotating backup is taken on the worker after Today's first data, once a day:
a second start the same day adds none. Real worker thread, real book, real files."""

from __future__ import annotations

from planner.db import backup_dir
from planner.services.backup import BackupService
from ui.mainwindow import MainWindow


def test_the_days_backup_follows_the_first_screen_once_a_day(
    make_window, book_path, qtbot, call_log
):
    order = call_log
    order.watch(BackupService, "daily", "worker: daily backup")
    order.watch(MainWindow, "_first_data", "ui: today shown")
    folder = backup_dir(book_path)
    before = set(folder.glob("*.sqlite")) if folder.exists() else set()

    win = make_window(book_path, synchronous=False)
    qtbot.waitUntil(lambda: "worker: daily backup" in order, timeout=60_000)
    qtbot.waitUntil(lambda: not win.ops.busy, timeout=60_000)
    assert order.index("ui: today shown") < order.index("worker: daily backup")
    made = set(folder.glob("*.sqlite")) - before
    assert len(made) == 1
    assert "Today's backup" in win.statusBar().currentMessage()
    win.close()
    win.ops.shutdown()

    again = make_window(book_path, synchronous=False)
    qtbot.waitUntil(lambda: order.count("worker: daily backup") == 2, timeout=60_000)
    qtbot.waitUntil(lambda: not again.ops.busy, timeout=60_000)
    assert set(folder.glob("*.sqlite")) - before == made  # the same day: no second copy
