"""The UI thread keeps ticking while long work runs on the worker thread.

A QTimer ticks every 10 ms on the UI thread; a re-plan of 20,000 clients, the managers'
report, the iCalendar export and a price-list PDF of that book run through the
operations layer with real threads. DESIGN.md section 5: the UI thread is never blocked
for more than ~50 ms. The work's own duration is never asserted. A cancel leaves no file
behind.

A shared, loaded machine stretches every wall-clock gap (the process waits for a core),
so "blocked" is judged three ways in one run, each able to fail on its own:

* the UI thread's own CPU time between two ticks (`time.thread_time`, which does not
  run while the thread waits for a core or for the GIL) stays within 50 ms: nothing runs
  on the UI thread for that long;
* no pass of the cyclic garbage collector, on any thread, takes more than 50 ms of its
  thread's CPU time (`gc.callbacks`): a pass holds the GIL whichever thread runs it;
* the worst wall-clock gap stays within max(50 ms, BASELINE_FACTOR x the worst gap of a
  baseline run): the same timer while a trivial pure-Python job of the same length runs
  on the worker, measured just before, in the same process and the same load. On a quiet
  machine that bound is the plain 50 ms. This catches what the first two cannot see: a
  C call on the worker that holds the GIL.

A machine can also deschedule us in one run and not the next: a clean attempt out of
ATTEMPTS passes (a real block shows in every attempt).
"""

from __future__ import annotations

import gc
import sqlite3
import threading
import time
from collections.abc import Callable, Iterator
from contextlib import closing, contextmanager
from dataclasses import dataclass, field
from itertools import pairwise
from pathlib import Path
from typing import Any

import pytest
from conftest import copy_book, make_demo
from PySide6.QtCore import QTimer

from planner.app import Services
from planner.services.result import Result
from planner.services.views import ReplanResult
from ui.operations import Operations, Progress

HEARTBEAT_CLIENTS = 20_000
MAX_GAP_MS = 50.0
BASELINE_FACTOR = 2.0
ATTEMPTS = 3


@pytest.fixture(scope="session")
def big_template(tmp_path_factory: pytest.TempPathFactory) -> Path:
    path = tmp_path_factory.mktemp("big") / "big.sqlite"
    return make_demo(path, HEARTBEAT_CLIENTS, catalog=True)  # sales: a price list to write


@pytest.fixture(scope="session")
def plain_template(tmp_path_factory: pytest.TempPathFactory) -> Path:
    path = tmp_path_factory.mktemp("plain") / "plain.sqlite"
    return make_demo(path, HEARTBEAT_CLIENTS)  # clients and touches, no catalog or sales


Job = Callable[[Any, Any], object]  # (services, progress) -> result


def replan(s: Services, p: Progress) -> Result[ReplanResult]:
    return s.planning.replan_all(p)


def spin(seconds: float) -> Job:
    """The baseline: plain Python on the worker for `seconds`, reporting progress as a
    real job does; it never holds the GIL longer than the interpreter's switch interval."""

    def run(_s: Any, p: Any) -> int:
        end = time.perf_counter() + seconds
        n = 0
        while time.perf_counter() < end:
            n += 1
            if n % 1000 == 0:
                p(n, 0)
        return n

    return run


@dataclass
class Beat:
    """One run of a job under the 10 ms timer."""

    gaps: list[float]  # ms of wall clock between two ticks
    ui_cpu: list[float]  # ms of the UI thread's own CPU time between two ticks
    gc_passes: list[tuple[str, int, float]] = field(default_factory=list)  # thread, gen, CPU ms
    duration: float = 0.0  # seconds
    result: object = None

    @property
    def worst_gap(self) -> float:
        return max(self.gaps)

    @property
    def worst_ui_cpu(self) -> float:
        return max(self.ui_cpu)

    @property
    def worst_gc(self) -> float:
        return max((ms for _t, _g, ms in self.gc_passes), default=0.0)


@contextmanager
def collector_passes() -> Iterator[list[tuple[str, int, float]]]:
    """Every garbage-collector pass meanwhile: (thread, generation, CPU ms of that thread)."""
    passes: list[tuple[str, int, float]] = []
    began: dict[int, float] = {}

    def callback(phase: str, info: dict[str, int]) -> None:
        me = threading.get_ident()
        if phase == "start":
            began[me] = time.thread_time()
        elif me in began:
            cpu = (time.thread_time() - began.pop(me)) * 1000
            passes.append((threading.current_thread().name, info["generation"], cpu))

    gc.callbacks.append(callback)
    try:
        yield passes
    finally:
        gc.callbacks.remove(callback)


def measure(qtbot, ops: Operations, job: Job = replan, mutating: bool = True) -> Beat:  # type: ignore[no-untyped-def]
    """Run `job` on the worker while a 10 ms timer ticks on the UI thread."""
    ticks: list[tuple[float, float]] = []  # (wall clock, the UI thread's CPU time)
    timer = QTimer()
    timer.setInterval(10)
    timer.timeout.connect(lambda: ticks.append((time.perf_counter(), time.thread_time())))
    results: list[object] = []
    timer.start()
    qtbot.waitUntil(lambda: len(ticks) >= 3, timeout=5_000)

    def got(result: object) -> None:
        results.append(result.value if isinstance(result, Result) else result)

    with collector_passes() as passes:
        started = time.perf_counter()
        ops.run_with_progress("work", job, got, results.append, mutating=mutating)
        qtbot.waitUntil(lambda: bool(results), timeout=120_000)
        finished = time.perf_counter()
        qtbot.waitUntil(lambda: ticks[-1][0] > finished, timeout=5_000)
    timer.stop()
    assert not isinstance(results[0], BaseException), results[0]
    during = [t for t in ticks if started - 0.02 <= t[0] <= finished + 0.02]
    assert len(during) > 3, "the timer ticked during the work"
    gaps = [(b[0] - a[0]) * 1000 for a, b in pairwise(during)]
    cpu = [(b[1] - a[1]) * 1000 for a, b in pairwise(during)]
    return Beat(gaps, cpu, passes, finished - started, results[0])


def never_blocks(  # type: ignore[no-untyped-def]
    qtbot, ops: Operations, job: Job, mutating: bool = False, seconds: float = 1.0
) -> list[Beat]:
    """Up to ATTEMPTS runs of `job`, each after a baseline run of `seconds` (about the
    job's length); passes on the first run that is clean on all three counts."""
    runs: list[tuple[Beat, Beat, float]] = []
    for _attempt in range(ATTEMPTS):
        base = measure(qtbot, ops, spin(seconds), mutating=False)
        beat = measure(qtbot, ops, job, mutating)
        allowed = max(MAX_GAP_MS, BASELINE_FACTOR * base.worst_gap)
        runs.append((base, beat, allowed))
        if max(beat.worst_ui_cpu, beat.worst_gc) <= MAX_GAP_MS and beat.worst_gap <= allowed:
            break
    report = [
        f"gap {b.worst_gap:.0f} ms (allowed {a:.0f}, baseline {base.worst_gap:.0f}), "
        f"UI thread CPU {b.worst_ui_cpu:.0f} ms, slowest GC pass {b.worst_gc:.0f} ms CPU "
        f"{[p for p in b.gc_passes if p[2] > MAX_GAP_MS / 5]}"
        for base, b, a in runs
    ]
    print("\n".join(["per attempt:", *report]))
    assert any(
        max(b.worst_ui_cpu, b.worst_gc) <= MAX_GAP_MS and b.worst_gap <= a for _base, b, a in runs
    ), f"UI thread blocked in every attempt: {report}"
    return [b for _base, b, _a in runs]


def warmed_length(qtbot, ops: Operations, job: Job, mutating: bool) -> float:  # type: ignore[no-untyped-def]
    """Run `job` once unmeasured (imports, fonts, caches); its length, for the baseline."""
    warm: list[object] = []
    started = time.perf_counter()
    ops.run_with_progress("warm-up", job, warm.append, warm.append, mutating=mutating)
    qtbot.waitUntil(lambda: bool(warm), timeout=120_000)
    assert not isinstance(warm[0], BaseException), warm[0]
    return min(max(time.perf_counter() - started, 0.5), 10.0)


@pytest.mark.parametrize(
    "template",
    [
        "plain_template",
        "big_template",  # with sales: once 65-100 ms, within 50 ms since the q13 round
    ],
)
def test_ui_thread_never_blocks_during_whole_book_replan(qtbot, request, template, tmp_path, clock):
    path = copy_book(request.getfixturevalue(template), tmp_path / "big.sqlite")
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
    try:
        seconds = warmed_length(qtbot, ops, replan, mutating=True)
        beats = never_blocks(qtbot, ops, replan, mutating=True, seconds=seconds)
    finally:
        ops.shutdown()
    for beat in beats:
        assert beat.result.clients > HEARTBEAT_CLIENTS * 0.9  # type: ignore[attr-defined]
        assert beat.duration > 0.2, "the re-plan must be long enough to measure"
        assert len(beat.gaps) > 10


def _open(qtbot, big_template: Path, tmp_path: Path, clock) -> tuple[Operations, Path]:  # type: ignore[no-untyped-def]
    path = copy_book(big_template, tmp_path / "big.sqlite")
    ops = Operations(synchronous=False)
    opened: list[Path] = []
    ops.open_book(path, clock, on_done=opened.append)
    qtbot.waitUntil(lambda: bool(opened), timeout=30_000)
    return ops, path


def _never_blocks(qtbot, ops: Operations, job: Job, mutating: bool = False) -> list[object]:  # type: ignore[no-untyped-def]
    """Warm `job` up, then `never_blocks`; the results of the measured runs."""
    try:
        seconds = warmed_length(qtbot, ops, job, mutating)
        beats = never_blocks(qtbot, ops, job, mutating, seconds)
    finally:
        ops.shutdown()
    return [beat.result for beat in beats]


def test_ui_thread_never_blocks_during_the_report_export(qtbot, big_template, tmp_path, clock):
    ops, _path = _open(qtbot, big_template, tmp_path, clock)
    out = tmp_path / "report.xlsx"
    results = _never_blocks(qtbot, ops, lambda s, p: s.transfer.export_report(out, progress=p))
    assert results[-1].rows["clients"] >= HEARTBEAT_CLIENTS  # type: ignore[attr-defined]
    assert out.stat().st_size > 0


def test_ui_thread_never_blocks_during_the_icalendar_export(qtbot, big_template, tmp_path, clock):
    ops, _path = _open(qtbot, big_template, tmp_path, clock)
    out = tmp_path / "plan.ics"
    _never_blocks(qtbot, ops, lambda s, p: s.transfer.export_ical(out, progress=p).value)
    assert out.read_bytes().startswith(b"BEGIN:VCALENDAR")


def test_ui_thread_never_blocks_while_a_price_list_pdf_is_written(
    qtbot, big_template, tmp_path, clock
):
    from ui.documents.pdf import prepare_fonts, write_pdf
    from ui.ops.sales import cancellable

    ops, path = _open(qtbot, big_template, tmp_path, clock)
    with closing(sqlite3.connect(path)) as conn:
        client_id = conn.execute("SELECT client_id FROM sale ORDER BY id LIMIT 1").fetchone()[0]
    prepare_fonts()  # on the UI thread, as the dialog does
    out = tmp_path / "offer.pdf"

    def job(s: Any, p: Any) -> object:
        render = cancellable(write_pdf, p)
        return s.offers.make_price_list(client_id, out, "pdf", renderer=render)

    _never_blocks(qtbot, ops, job, mutating=True)
    assert out.read_bytes().startswith(b"%PDF")


def _cancel_half_way(job: Callable[[Any, Any], object]) -> Job:
    """`job` whose progress cancels itself half way, as the dialog's Cancel button does."""

    def run(s: Any, p: Any) -> object:
        state = p.__self__  # the operation's ProgressState

        def progress(done: int, total: int) -> bool:
            if total and done * 2 >= total:
                state.cancel()
            return bool(p(done, total))

        return job(s, progress)

    return run


@pytest.mark.parametrize("kind", ["report.xlsx", "plan.ics", "offer.pdf"])
def test_a_cancelled_export_leaves_no_file(qtbot, big_template, tmp_path, clock, kind):
    from ui.documents.pdf import prepare_fonts, write_pdf
    from ui.ops.sales import cancellable

    ops, path = _open(qtbot, big_template, tmp_path, clock)
    folder = tmp_path / "out"
    folder.mkdir()
    out = folder / kind
    with closing(sqlite3.connect(path)) as conn:
        client_id = conn.execute("SELECT client_id FROM sale ORDER BY id LIMIT 1").fetchone()[0]
        offers = conn.execute("SELECT count(*) FROM offer").fetchone()[0]
    prepare_fonts()

    def job(s: Any, p: Any) -> object:
        if kind.endswith(".xlsx"):
            return s.transfer.export_report(out, progress=p)
        if kind.endswith(".ics"):
            return s.transfer.export_ical(out, progress=p).value
        return s.offers.make_price_list(
            client_id, out, "pdf", renderer=cancellable(write_pdf, p)
        ).value

    done: list[object] = []
    failed: list[BaseException] = []
    try:
        state = ops.run_with_progress("export", _cancel_half_way(job), done.append, failed.append)
        qtbot.waitUntil(lambda: not ops.busy, timeout=120_000)
    finally:
        ops.shutdown()
    assert state.cancelled
    assert (done, failed) == ([], [])  # a cancel is neither a result nor an error
    assert list(folder.iterdir()) == []  # no file, no half-written temporary
    with closing(sqlite3.connect(path)) as conn:
        assert conn.execute("SELECT count(*) FROM offer").fetchone()[0] == offers
