"""The UI thread keeps ticking while long work runs on the worker thread.

A QTimer ticks every 10 ms on the UI thread; a re-plan of 20,000 clients, the managers'
report, the team roll-up of that report, the iCalendar export, a price-list PDF, an import
of 5,000 clients into that book and the export of the whole book run through the
operations layer with real threads.
DESIGN.md section 5: the UI thread is never blocked for more than ~50 ms. The work's own
duration is never asserted. A cancel leaves no file behind.

A loaded machine stretches every wall-clock gap (the process waits for a core), so a
gap between two ticks is not itself the measure. What blocks the UI thread is CPU work
that holds the GIL, and that is counted in CPU time, which does not run while a thread
waits for a core:

* the UI thread's own CPU time between two ticks (`time.thread_time`): nothing runs on
  the UI thread for more than 50 ms;
* the other threads' CPU time between two ticks, but no more than the part of the gap
  the UI thread spent off the run queue (waiting for the GIL or its timer, not for a
  core; the thread's schedstat in /proc): no GIL-holding section of the worker (a long
  C call, a collector pass) lasts more than 50 ms. The worker using a core while the UI
  thread merely waits for one is not a block;
* no pass of the cyclic garbage collector, on any thread, takes more than 50 ms of its
  thread's CPU time (`gc.callbacks`).

The second check also catches a worker that starves the UI thread without any long hold:
one that releases the GIL briefly more often than the switch interval (a row at a time
from SQLite, a file written 8 KiB at a time) keeps restarting the UI thread's wait for it
(`planner.io.handover`); the exports showed that as 55-150 ms "holding".

Even so a machine can deschedule us in one run and not the next: a clean attempt out of
ATTEMPTS passes (a real block shows in every attempt).
"""

from __future__ import annotations

import gc
import os
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
from PySide6.QtCore import QObject, Qt, QTimer, Signal

from planner.app import Services
from planner.services.result import Result
from planner.services.views import ReplanResult
from ui.operations import Operations, Progress

HEARTBEAT_CLIENTS = 20_000
MAX_GAP_MS = 50.0
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


@dataclass
class Beat:
    """One run of a job under the 10 ms timer; per gap between two ticks, in ms."""

    gaps: list[float]  # wall clock
    ui_cpu: list[float]  # the UI thread's own CPU time
    held: list[float]  # the other threads' CPU time, at most the gap less the UI's run-queue wait
    gc_passes: list[tuple[str, int, float]] = field(default_factory=list)  # thread, gen, CPU ms
    duration: float = 0.0  # seconds
    result: object = None

    @property
    def worst(self) -> float:
        """The longest block seen: UI-thread work, a GIL-holding section, a collector pass."""
        return max(max(self.ui_cpu), max(self.held), *(ms for _t, _g, ms in self.gc_passes))

    def __str__(self) -> str:
        slow = [(t, g, round(ms)) for t, g, ms in self.gc_passes if ms > MAX_GAP_MS / 5]
        return (
            f"worst gap {max(self.gaps):.0f} ms; UI thread CPU {max(self.ui_cpu):.0f} ms; "
            f"other threads holding {max(self.held):.0f} ms; collector passes over "
            f"{MAX_GAP_MS / 5:.0f} ms CPU: {slow}"
        )


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


@contextmanager
def run_queue_wait() -> Iterator[Callable[[], float]]:
    """The calling thread's time so far spent runnable but waiting for a core, in seconds
    (Linux; elsewhere none is known and the check is as strict as on a quiet machine)."""
    try:
        fd = os.open(f"/proc/self/task/{threading.get_native_id()}/schedstat", os.O_RDONLY)
    except OSError:
        yield lambda: 0.0
        return
    try:
        yield lambda: int(os.pread(fd, 100, 0).split()[1]) / 1e9
    finally:
        os.close(fd)


def measure(qtbot, ops: Operations, job: Job = replan, mutating: bool = True) -> Beat:  # type: ignore[no-untyped-def]
    """Run `job` on the worker while a 10 ms timer ticks on the UI thread."""
    with run_queue_wait() as waited:
        return _measure(qtbot, ops, job, mutating, waited)


def _measure(qtbot, ops: Operations, job: Job, mutating: bool, waited: Callable[[], float]) -> Beat:  # type: ignore[no-untyped-def]
    # (wall clock, UI thread CPU, whole process CPU, UI thread's run-queue wait)
    ticks: list[tuple[float, float, float, float]] = []

    def tick() -> None:
        ticks.append((time.perf_counter(), time.thread_time(), time.process_time(), waited()))

    timer = QTimer()
    timer.setInterval(10)
    timer.timeout.connect(tick)
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
    gaps, ui_cpu, held = [], [], []
    for (wall0, ui0, all0, rq0), (wall1, ui1, all1, rq1) in pairwise(during):
        gaps.append((wall1 - wall0) * 1000)
        ui_cpu.append((ui1 - ui0) * 1000)
        others = (all1 - all0) - (ui1 - ui0)
        held.append(max(0.0, min(others, (wall1 - wall0) - (rq1 - rq0))) * 1000)
    return Beat(gaps, ui_cpu, held, passes, finished - started, results[0])


def never_blocks(qtbot, ops: Operations, job: Job, mutating: bool = False) -> list[Beat]:  # type: ignore[no-untyped-def]
    """Up to ATTEMPTS runs of `job`; passes on the first one without a block over MAX_GAP_MS."""
    beats: list[Beat] = []
    for _attempt in range(ATTEMPTS):
        beats.append(measure(qtbot, ops, job, mutating))
        if beats[-1].worst <= MAX_GAP_MS:
            break
    report = [str(b) for b in beats]
    print("\n".join(["per attempt:", *report]))
    assert beats[-1].worst <= MAX_GAP_MS, f"UI thread blocked in every attempt: {report}"
    return beats


def warm_up(qtbot, ops: Operations, job: Job, mutating: bool) -> None:  # type: ignore[no-untyped-def]
    """Run `job` once unmeasured (imports, fonts, caches)."""
    warm: list[object] = []
    ops.run_with_progress("warm-up", job, warm.append, warm.append, mutating=mutating)
    qtbot.waitUntil(lambda: bool(warm), timeout=120_000)
    assert not isinstance(warm[0], BaseException), warm[0]


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
        beats = never_blocks(qtbot, ops, replan, mutating=True)
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
        warm_up(qtbot, ops, job, mutating)
        beats = never_blocks(qtbot, ops, job, mutating)
    finally:
        ops.shutdown()
    return [beat.result for beat in beats]


def test_ui_thread_never_blocks_during_the_report_export(qtbot, big_template, tmp_path, clock):
    ops, _path = _open(qtbot, big_template, tmp_path, clock)
    out = tmp_path / "report.xlsx"
    results = _never_blocks(qtbot, ops, lambda s, p: s.transfer.export_report(out, progress=p))
    assert results[-1].rows["clients"] >= HEARTBEAT_CLIENTS  # type: ignore[attr-defined]
    assert out.stat().st_size > 0


def test_ui_thread_never_blocks_during_the_team_roll_up(qtbot, big_template, tmp_path, clock):
    """The other export through SheetWriter: a report of the 20k book read back (openpyxl)
    and written again as a team workbook."""
    ops, _path = _open(qtbot, big_template, tmp_path, clock)
    report = tmp_path / "report.xlsx"
    warm_up(qtbot, ops, lambda s, p: s.transfer.export_report(report), mutating=False)
    out = tmp_path / "team.xlsx"
    results = _never_blocks(
        qtbot, ops, lambda s, p: s.transfer.merge_reports(out, [report], progress=p)
    )
    assert results[-1].rows["clients"] >= HEARTBEAT_CLIENTS  # type: ignore[attr-defined]
    assert out.stat().st_size > 0


def test_ui_thread_never_blocks_during_the_icalendar_export(qtbot, big_template, tmp_path, clock):
    ops, _path = _open(qtbot, big_template, tmp_path, clock)
    out = tmp_path / "plan.ics"
    _never_blocks(qtbot, ops, lambda s, p: s.transfer.export_ical(out, progress=p).value)
    assert out.read_bytes().startswith(b"BEGIN:VCALENDAR")


IMPORT_ROWS = 5_000


def test_ui_thread_never_blocks_during_an_import(qtbot, big_template, tmp_path, clock):
    """An import of a CSV into the 20k book: read, checked against the book's duplicates,
    written, onboarded and re-planned, each run into a fresh copy of its rows' names."""
    from planner.services.importing import ImportOptions

    ops, path = _open(qtbot, big_template, tmp_path, clock)
    runs = iter(range(10))

    def job(s: Any, p: Any) -> object:
        source = tmp_path / f"clients-{next(runs)}.csv"
        with source.open("w", encoding="utf-8-sig", newline="") as f:
            f.write("Name;Company;Phone;E-mail;Tags\r\n")
            for i in range(IMPORT_ROWS):
                name, phone = f"Klient {i} Żółwiński {source.stem}", f"7{i:08d}{source.stem[-1]}"
                mail = f"k{i}.{source.stem}@firma{i % 40}.pl"
                f.write(f"{name};Firma {i % 300};{phone};{mail};VIP\r\n")
        return s.transfer.import_file(source, options=ImportOptions(save_report=False), progress=p)

    results = _never_blocks(qtbot, ops, job, mutating=True)
    assert results[-1].imported == IMPORT_ROWS  # type: ignore[attr-defined]
    with closing(sqlite3.connect(path)) as conn:
        assert conn.execute("SELECT count(*) FROM client").fetchone()[0] >= (
            HEARTBEAT_CLIENTS + 2 * IMPORT_ROWS
        )


def test_ui_thread_never_blocks_while_the_book_is_exported(qtbot, big_template, tmp_path, clock):
    ops, _path = _open(qtbot, big_template, tmp_path, clock)
    out = tmp_path / "book.cpbook"
    _never_blocks(qtbot, ops, lambda s, p: s.transfer.export_book(out, progress=p))
    assert out.stat().st_size > 0


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


class _Poke(QObject):
    go = Signal()


def _busy_for(ms: float) -> None:
    """`ms` of this thread's CPU time in plain Python."""
    end = time.thread_time() + ms / 1000
    while time.thread_time() < end:
        pass


def _gil_hold(ms: float) -> Callable[[], object]:
    """One C call that holds the GIL for about `ms` of CPU time (sized here, on this machine)."""
    began = time.thread_time()
    sum(range(1_000_000))
    per_million = max(time.thread_time() - began, 1e-4)
    n = int(ms / 1000 / per_million * 1_000_000)
    return lambda: sum(range(n))


@pytest.mark.parametrize("where", ["ui-thread", "worker-holds-the-gil"])
def test_the_check_catches_a_200_ms_block_even_under_load(qtbot, book_path, clock, where):
    """The measure above is CPU time, not the wall clock, so a loaded machine neither hides
    a block nor makes one up: a job that blocks the UI thread for 200 ms fails every
    attempt (checked beside two busy loops, load 4-10), the same job without it passes."""
    ops = Operations(synchronous=False)
    opened: list[Path] = []
    ops.open_book(book_path, clock, on_done=opened.append)
    qtbot.waitUntil(lambda: bool(opened), timeout=30_000)
    poke = _Poke()
    poke.go.connect(lambda: _busy_for(200), Qt.ConnectionType.QueuedConnection)
    hold = _gil_hold(200)

    def job(block: bool) -> Job:
        def run(_s: Any, p: Any) -> int:
            end = time.perf_counter() + 0.6
            blocked = not block
            while time.perf_counter() < end:
                p(0, 0)
                if not blocked and time.perf_counter() > end - 0.3:
                    blocked = True
                    if where == "ui-thread":
                        poke.go.emit()  # queued: the UI thread works for 200 ms
                    else:
                        hold()
            return 1

        return run

    try:
        with pytest.raises(AssertionError, match="blocked in every attempt"):
            never_blocks(qtbot, ops, job(block=True))
        never_blocks(qtbot, ops, job(block=False))
    finally:
        ops.shutdown()
