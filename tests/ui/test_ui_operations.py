"""The operations layer: one worker thread, results on the UI thread, errors handed back,
changes broadcast, a progress dialog that only appears for long work, and cancel."""

from __future__ import annotations

import threading

import pytest
from PySide6.QtCore import QThread
from PySide6.QtWidgets import QPushButton

from planner.errors import BookError
from planner.services.result import Result
from ui.operations import Operations, changes_of
from ui.progress import SHOW_AFTER_MS


def open_ops(qtbot, path, clock, synchronous):
    ops = Operations(synchronous=synchronous)
    opened: list = []
    ops.open_book(path, clock, on_done=opened.append)
    qtbot.waitUntil(lambda: bool(opened), timeout=20_000)
    return ops


def test_synchronous_mode_runs_at_once(qtbot, book_path, clock):
    ops = open_ops(qtbot, book_path, clock, synchronous=True)
    got: list[int] = []
    ops.query(lambda s: s.clients.count(), got.append)
    assert got == [300]  # no waiting: tests and scripts see the result immediately
    ops.shutdown()


def test_work_runs_on_one_worker_thread_and_results_come_back_on_the_ui_thread(
    qtbot, book_path, clock
):
    ops = open_ops(qtbot, book_path, clock, synchronous=False)
    ui_thread = threading.get_ident()
    workers: list[int] = []
    done_on: list[int] = []
    order: list[int] = []
    for i in range(5):
        ops.query(
            lambda s, i=i: (workers.append(threading.get_ident()), i)[1],
            lambda r: (done_on.append(threading.get_ident()), order.append(r)),
        )
    qtbot.waitUntil(lambda: len(order) == 5)
    assert order == [0, 1, 2, 3, 4]  # in submission order
    assert len(set(workers)) == 1
    assert workers[0] != ui_thread
    assert set(done_on) == {ui_thread}
    assert QThread.currentThread() is not ops._worker
    ops.shutdown()


def test_errors_go_to_on_error_or_the_failed_signal(qtbot, book_path, clock):
    ops = open_ops(qtbot, book_path, clock, synchronous=False)
    errors: list[BaseException] = []
    ops.query(lambda s: s.clients.get(10**9), errors.append, errors.append)
    qtbot.waitUntil(lambda: bool(errors))
    assert isinstance(errors[0], BookError)
    assert errors[0].code == "not-found"
    with qtbot.waitSignal(ops.failed) as blocker:
        ops.query(lambda s: s.clients.get(10**9))
    assert blocker.args[0].code == "not-found"
    ops.shutdown()


def test_mutations_broadcast_what_changed(qtbot, book_path, clock):
    ops = open_ops(qtbot, book_path, clock, synchronous=False)
    client_id: list[int] = []
    ops.query(lambda s: s.clients.ids()[0], client_id.append)
    qtbot.waitUntil(lambda: bool(client_id))
    with qtbot.waitSignal(ops.changed) as blocker:
        ops.mutate(lambda s: s.clients.archive(client_id[0]))
    assert client_id[0] in blocker.args[0].clients
    with qtbot.assertNotEmitted(ops.changed, wait=50):
        ops.query(lambda s: s.clients.count())
    ops.shutdown()


def test_a_mutation_returns_a_result_and_nothing_else():
    from planner.services.views import Changes

    c = Changes(touches=True)
    assert changes_of(Result(5, c)) is c
    for guess in (c, (5, c), 42):  # the shapes once guessed among are refused
        with pytest.raises(TypeError):
            changes_of(guess)


def test_a_mutation_without_a_result_fails_and_broadcasts_nothing(qtbot, book_path, clock):
    ops = open_ops(qtbot, book_path, clock, synchronous=True)
    errors: list[BaseException] = []
    with qtbot.assertNotEmitted(ops.changed, wait=10):
        ops.mutate(lambda s: s.clients.count(), on_error=errors.append)  # type: ignore[arg-type, return-value]
    assert isinstance(errors[0], TypeError)
    ops.shutdown()


def test_busy_signal(qtbot, book_path, clock):
    ops = open_ops(qtbot, book_path, clock, synchronous=False)
    states: list[bool] = []
    ops.busy_changed.connect(states.append)
    done: list[int] = []
    ops.query(lambda s: s.clients.count(), done.append)
    qtbot.waitUntil(lambda: bool(done) and states == [True, False])
    ops.shutdown()


def test_progress_dialog_appears_after_half_a_second_and_cancel_stops_the_work(
    qtbot, book_path, clock
):
    ops = open_ops(qtbot, book_path, clock, synchronous=False)
    started = threading.Event()
    release = threading.Event()
    outcome: list[str] = []
    seen: list[bool] = []

    def long_work(s, progress):
        started.set()
        total = 10_000
        for i in range(total):
            if not progress(i, total):
                from planner.scheduling import PlanCancelled

                raise PlanCancelled
            if i == 10:
                release.wait(30)  # hold here until the test has looked at the dialog
        return "finished"

    state = ops.run_with_progress(
        "Long work",
        long_work,
        lambda r: outcome.append(r),
        lambda e: outcome.append("error"),
        mutating=False,
    )
    assert started.wait(10)
    dialog_holder = _find_progress(ops)
    assert dialog_holder is not None
    assert not dialog_holder.visible
    qtbot.waitUntil(lambda: dialog_holder.visible, timeout=SHOW_AFTER_MS * 10)
    seen.append(True)
    dialog_holder.dialog.findChild(QPushButton).click()  # the Cancel button
    assert state.cancelled
    release.set()
    qtbot.waitUntil(lambda: dialog_holder.finished, timeout=10_000)
    assert outcome == []  # cancelled work is neither done nor an error
    assert not dialog_holder.visible
    ops.shutdown()


def _find_progress(ops):
    import gc

    from ui.progress import DelayedProgress

    live = [o for o in gc.get_objects() if isinstance(o, DelayedProgress) and not o.finished]
    return live[-1] if live else None


def test_short_work_never_shows_a_dialog(qtbot, book_path, clock):
    ops = open_ops(qtbot, book_path, clock, synchronous=True)
    result: list = []
    ops.run_with_progress("quick", lambda s, p: s.clients.count(), result.append, mutating=False)
    assert result == [300]
    assert _find_progress(ops) is None
    ops.shutdown()
