"""Start-up order: Today's first data is shown before anything the first screen does not
need starts (value/risk recompute and the daily planning step on the worker, reminders,
tray). Real worker thread, real book; the order is recorded, no time is measured."""

from __future__ import annotations

from typing import TYPE_CHECKING

import pytest

from planner.services import first_look
from planner.services.agenda import AgendaService
from planner.services.valuation import ValueService
from ui.mainwindow import MainWindow

if TYPE_CHECKING:
    from tests.ui.conftest import CallLog


@pytest.fixture
def steps(call_log: CallLog) -> CallLog:
    record = call_log.watch
    record(first_look, "first_look", "worker: today's first look")
    record(AgendaService, "today", "worker: today's first page")
    record(ValueService, "recompute_daily", "worker: daily planning")  # one call, one transaction
    record(ValueService, "refresh_in", "worker: value and risk")  # inside it, when not yet run
    record(MainWindow, "_start_reminders", "ui: reminders and tray")
    record(MainWindow, "_first_data", "ui: today shown")
    return call_log


def test_first_data_is_shown_before_the_deferred_steps_start(make_window, book_path, qtbot, steps):
    win = make_window(book_path, synchronous=False)
    qtbot.waitUntil(lambda: "worker: daily planning" in steps, timeout=60_000)
    qtbot.waitUntil(lambda: not win.ops.busy, timeout=60_000)
    # Today shows the first look read from the file, then the open book's first page;
    # nothing deferred starts before that page is shown.
    look = steps.index("worker: today's first look")
    assert look < steps.index("ui: today shown") < steps.index("worker: today's first page")
    first = steps.index("ui: today shown", steps.index("worker: today's first page"))
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


def test_the_daily_planning_step_runs_once_at_start_up(make_window, book_path, qtbot, steps):
    """Starting the reminders is no new day: the whole book's value, risk and re-plan run
    once (they ran twice, the second queued before the first had said it ran today)."""
    win = make_window(book_path, synchronous=False)
    qtbot.waitUntil(lambda: "worker: daily planning" in steps, timeout=60_000)
    qtbot.waitUntil(lambda: win.reminders is not None and win.reminders.data is not None)
    qtbot.waitUntil(lambda: not win.ops.busy, timeout=60_000)
    assert steps.count("worker: daily planning") == 1, steps
    assert steps.count("worker: value and risk") == 1, steps
    # the opened book's first page, then once more after the daily step changed the plan
    assert steps.count("worker: today's first page") == 2, steps
