"""The UI thread keeps ticking while the whole book is re-planned on the worker thread.

A QTimer ticks every 10 ms on the UI thread; a re-plan of 20,000 clients runs through
the operations layer with real threads. No gap between two ticks may exceed 50 ms
(DESIGN.md section 5: the UI thread is never blocked for more than ~50 ms).
"""

from __future__ import annotations

import time
from itertools import pairwise
from pathlib import Path

import pytest
from conftest import copy_book, make_demo
from PySide6.QtCore import QTimer

from planner.services import Services
from planner.services.result import Result
from planner.services.views import ReplanResult
from ui.operations import Operations, Progress

HEARTBEAT_CLIENTS = 20_000
MAX_GAP_MS = 50.0
ATTEMPTS = 3


@pytest.fixture(scope="session")
def big_template(tmp_path_factory: pytest.TempPathFactory) -> Path:
    return make_demo(tmp_path_factory.mktemp("big") / "big.sqlite", HEARTBEAT_CLIENTS)


def measure_gaps(qtbot, ops: Operations) -> tuple[list[float], float, object]:  # type: ignore[no-untyped-def]
    """Re-plan the whole book on the worker while a 10 ms timer ticks on the UI thread."""
    ticks: list[float] = []
    timer = QTimer()
    timer.setInterval(10)
    timer.timeout.connect(lambda: ticks.append(time.perf_counter()))
    results: list[object] = []
    timer.start()
    qtbot.waitUntil(lambda: len(ticks) >= 3, timeout=5_000)
    started = time.perf_counter()

    def replan(s: Services, p: Progress) -> Result[ReplanResult]:
        result = s.planning.replan_all(p)
        return Result(result, result.changes)

    ops.run_with_progress("re-plan", replan, lambda r: results.append(r.value))
    qtbot.waitUntil(lambda: bool(results), timeout=120_000)
    finished = time.perf_counter()
    qtbot.waitUntil(lambda: ticks[-1] > finished, timeout=5_000)
    timer.stop()
    during = [t for t in ticks if started - 0.02 <= t <= finished + 0.02]
    gaps = [(b - a) * 1000 for a, b in pairwise(during)]
    return gaps, finished - started, results[0]


def test_ui_thread_never_blocks_during_whole_book_replan(qtbot, big_template, tmp_path, clock):
    path = copy_book(big_template, tmp_path / "big.sqlite")
    ops = Operations(synchronous=False)
    opened: list[Path] = []
    ops.open_book(path, clock, on_done=opened.append)
    qtbot.waitUntil(lambda: bool(opened), timeout=30_000)
    # Warm the worker's imports so the measured run is the re-plan itself (compiling a
    # module holds the GIL; in the app they are imported long before a re-plan).
    warmed: list[int] = []

    def warm(s):  # type: ignore[no-untyped-def]
        import planner.scheduling.plan  # noqa: F401

        s.planning.load(s.uiextras.today(), s.uiextras.today())
        return s.clients.count()

    ops.query(warm, warmed.append)
    qtbot.waitUntil(lambda: bool(warmed), timeout=30_000)
    assert warmed[0] == HEARTBEAT_CLIENTS

    # A shared machine can deschedule the process for tens of milliseconds on its own;
    # that is noise, not blocking. A real block (a full GC pass, a query on the UI
    # thread) shows up in every run, so the test passes if one of three runs is clean.
    worst: list[float] = []
    for _attempt in range(ATTEMPTS):
        gaps, duration, result = measure_gaps(qtbot, ops)
        assert result.clients > HEARTBEAT_CLIENTS * 0.9  # type: ignore[attr-defined]
        assert duration > 0.2, "the re-plan must be long enough to measure"
        assert len(gaps) > 10
        worst.append(max(gaps))
        if max(gaps) <= MAX_GAP_MS:
            break
    ops.shutdown()
    print(f"worst gap per run: {[round(w, 1) for w in worst]} ms")
    assert min(worst) <= MAX_GAP_MS, f"UI thread blocked for {worst} ms (worst gap per run)"
