"""Start-up order: Today's first data is shown before anything the first screen does not
need starts (value/risk recompute and the daily planning step on the worker, reminders,
tray). Real worker thread, real book; the order is recorded, no time is measured."""

from __future__ import annotations

import threading
from typing import Any

import pytest

from planner.services.agenda import AgendaService
from planner.services.valuation import ValueService
from ui.mainwindow import MainWindow


@pytest.fixture
def steps(monkeypatch: pytest.MonkeyPatch) -> list[str]:
    found: list[str] = []
    lock = threading.Lock()

    def record(cls: Any, name: str, label: str) -> None:
        inner = getattr(cls, name)

        def spy(*args: Any, **kwargs: Any) -> Any:
            with lock:
                found.append(label)
            return inner(*args, **kwargs)

        monkeypatch.setattr(cls, name, spy)

    record(AgendaService, "screen", "worker: today's first page")
    record(ValueService, "recompute_daily", "worker: daily planning")  # one call, one transaction
    record(ValueService, "refresh_in", "worker: value and risk")  # inside it, when not yet run
    record(MainWindow, "_start_reminders", "ui: reminders and tray")
    record(MainWindow, "_first_data", "ui: today shown")
    return found


def test_first_data_is_shown_before_the_deferred_steps_start(make_window, book_path, qtbot, steps):
    win = make_window(book_path, synchronous=False)
    qtbot.waitUntil(lambda: "worker: daily planning" in steps, timeout=60_000)
    qtbot.waitUntil(lambda: not win.ops.busy, timeout=60_000)
    first = steps.index("ui: today shown")
    assert steps.index("worker: today's first page") < first
    for deferred in ("worker: value and risk", "worker: daily planning", "ui: reminders and tray"):
        assert steps.index(deferred) > first, steps
    assert steps.count("ui: reminders and tray") == 1
    assert win.reminders is not None
    qtbot.waitUntil(lambda: win.reminders.data is not None, timeout=30_000)  # fed after Today


def test_reopening_the_book_runs_the_deferred_steps_again_after_its_first_data(
    make_window, book_path, qtbot, steps
):
    win = make_window(book_path, synchronous=False)
    qtbot.waitUntil(lambda: "worker: daily planning" in steps, timeout=60_000)
    qtbot.waitUntil(lambda: not win.ops.busy, timeout=60_000)
    steps.clear()
    win.open_book(book_path)
    qtbot.waitUntil(lambda: "ui: today shown" in steps, timeout=60_000)
    qtbot.waitUntil(lambda: not win.ops.busy, timeout=60_000)
    assert steps.index("worker: today's first page") < steps.index("ui: today shown")
    # value/risk ran today already (once a day per book): only the check is queued
    assert "worker: value and risk" not in steps
