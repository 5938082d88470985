"""The one door from widgets to the book: service calls run on a single database thread.

Modelled on Anki's `aqt/operations` (CollectionOp / QueryOp) and Picard's `run_task`:

* `query(fn, on_done)` runs a read-only service call off the UI thread;
* `mutate(fn, on_done)` does the same for a change: `fn` returns a `Result` and the
  `Changes` it carries are broadcast through the `changed` signal, so every view
  refreshes what it shows;
* `run_with_progress(...)` gives the call a `progress(done, total) -> bool` callback and a
  progress dialog that only appears when the work lasts longer than half a second.

One worker thread suits SQLite (one writer) and keeps service calls in submission order.
Screens never pass lambdas here: each action calls one named, typed function of
`ui/ops/<subject>.py`, which names the service call it makes.
Tests build `Operations(synchronous=True)`: work runs at once, on the calling thread.
"""

from __future__ import annotations

import gc
import logging
import queue
import sys
import threading
from collections.abc import Callable
from dataclasses import dataclass
from typing import TYPE_CHECKING, Any, Literal, TypeVar, overload

from PySide6.QtCore import QObject, Qt, QThread, Signal

if TYPE_CHECKING:
    from pathlib import Path

    from planner.app import Services
    from planner.services.result import Result
    from planner.services.views import Changes

log = logging.getLogger(__name__)
T = TypeVar("T")
Progress = Callable[[int, int], bool]
SWITCH_INTERVAL = 0.001  # seconds


class Cancelled(Exception):
    """The user pressed Cancel on a progress dialog; the service wrote nothing."""


class ProgressState:
    """Shared between the worker (writes) and the UI thread (reads by polling)."""

    def __init__(self) -> None:
        self._lock = threading.Lock()
        self.done = 0
        self.total = 0
        self.cancelled = False

    def report(self, done: int, total: int) -> bool:
        with self._lock:
            self.done, self.total = done, total
            return not self.cancelled

    def cancel(self) -> None:
        with self._lock:
            self.cancelled = True

    def snapshot(self) -> tuple[int, int]:
        with self._lock:
            return self.done, self.total


@dataclass(slots=True)
class _Job:
    fn: Callable[[Any], Any]
    on_done: Callable[[Any], None] | None
    on_error: Callable[[BaseException], None] | None
    mutating: bool
    needs_book: bool = True


def changes_of(result: object) -> Changes:
    """What a mutation changed: it returns a `Result`, and nothing else is accepted."""
    from planner.services.result import Result

    if not isinstance(result, Result):
        raise TypeError(f"a mutation must return a Result, not {type(result).__name__}")
    return result.changes


class _Bridge(QObject):
    """Lives on the UI thread; the worker emits, Qt queues the call over to the UI thread."""

    finished = Signal(object, object, object)  # job, result, error


class _Worker(QThread):
    def __init__(self, ops: Operations) -> None:
        super().__init__()
        self.setObjectName("book-worker")
        self._ops = ops
        self.jobs: queue.SimpleQueue[_Job | None] = queue.SimpleQueue()

    def run(self) -> None:
        while True:
            job = self.jobs.get()
            if job is None:
                return
            result, error = self._ops._execute(job)
            self._ops._bridge.finished.emit(job, result, error)


class Operations(QObject):
    """Runs service calls on the book's worker thread and hands results back by signal."""

    changed = Signal(object)  # Changes, after every successful mutation
    busy_changed = Signal(bool)
    waiting_changed = Signal(bool)  # an edit waits for another writer of the book (and retries)
    failed = Signal(object)  # an exception no caller handled
    book_opened = Signal(object)  # the book's Path, or a team book's postgresql:// address

    def __init__(self, parent: QObject | None = None, *, synchronous: bool = False) -> None:
        super().__init__(parent)
        self.synchronous = synchronous
        self._services: Services | None = None
        self._pending = 0
        self._bridge = _Bridge()
        self._bridge.finished.connect(self._finish, Qt.ConnectionType.QueuedConnection)
        self._worker: _Worker | None = None
        if not synchronous:
            # The worker runs Python too, so it shares the GIL with the UI thread: ask
            # the interpreter to hand the GIL over every 1 ms (default 5 ms), so a
            # paint or a timer on the UI thread never waits long behind a re-plan.
            sys.setswitchinterval(min(sys.getswitchinterval(), SWITCH_INTERVAL))
            self._worker = _Worker(self)
            self._worker.start()

    # --- the book ----------------------------------------------------------------------------
    @property
    def has_book(self) -> bool:
        return self._services is not None

    def open_book(
        self,
        path: Path | str,
        clock: Callable[[], Any] | None = None,
        on_done: Callable[[Path | str], None] | None = None,
        on_error: Callable[[BaseException], None] | None = None,
    ) -> None:
        """Close the open book (if any) and open `path` on the worker thread."""

        def work(_: object) -> Path | str:
            from planner.app import Services

            if self._services is not None:
                self._services.close()
                self._services = None
            self._services = (
                Services.open(path, clock=clock) if clock is not None else Services.open(path)
            )
            notice = getattr(self._services.ctx.book, "waiting", None)  # not on a team book
            if notice is not None:
                notice.listeners.append(self.waiting_changed.emit)  # queued to the UI thread
            return path

        def opened(p: Path | str) -> None:
            self.book_opened.emit(p)
            if on_done is not None:
                on_done(p)

        self._submit(_Job(work, opened, on_error, mutating=False, needs_book=False))

    def close_book(self) -> None:
        def work(_: object) -> None:
            if self._services is not None:
                self._services.close()
                self._services = None

        self._submit(_Job(work, None, None, mutating=False, needs_book=False))

    # --- running work ------------------------------------------------------------------------
    def query(
        self,
        fn: Callable[[Services], T],
        on_done: Callable[[T], None] | None = None,
        on_error: Callable[[BaseException], None] | None = None,
    ) -> None:
        """Read from the book off the UI thread."""
        self._submit(_Job(fn, on_done, on_error, mutating=False))

    def mutate(
        self,
        fn: Callable[[Services], Result[T]],
        on_done: Callable[[Result[T]], None] | None = None,
        on_error: Callable[[BaseException], None] | None = None,
    ) -> None:
        """Change the book off the UI thread; broadcast what changed when it is done."""
        self._submit(_Job(fn, on_done, on_error, mutating=True))

    def call(
        self,
        fn: Callable[[], T],
        on_done: Callable[[T], None] | None = None,
        on_error: Callable[[BaseException], None] | None = None,
    ) -> None:
        """Work that needs no open book (e.g. writing a demo book file) on the same thread."""
        self._submit(_Job(lambda _s: fn(), on_done, on_error, mutating=False, needs_book=False))

    @overload
    def run_with_progress(
        self,
        title: str,
        fn: Callable[[Services, Progress], Result[T]],
        on_done: Callable[[Result[T]], None] | None = None,
        on_error: Callable[[BaseException], None] | None = None,
        *,
        mutating: Literal[True] = True,
        needs_book: bool = True,
        cancellable: bool = True,
        parent: Any = None,
    ) -> ProgressState: ...

    @overload
    def run_with_progress(
        self,
        title: str,
        fn: Callable[[Services, Progress], T],
        on_done: Callable[[T], None] | None = None,
        on_error: Callable[[BaseException], None] | None = None,
        *,
        mutating: Literal[False],
        needs_book: bool = True,
        cancellable: bool = True,
        parent: Any = None,
    ) -> ProgressState: ...

    def run_with_progress(
        self,
        title: str,
        fn: Callable[[Services, Progress], Any],
        on_done: Callable[[Any], None] | None = None,
        on_error: Callable[[BaseException], None] | None = None,
        *,
        mutating: bool = True,
        needs_book: bool = True,
        cancellable: bool = True,
        parent: Any = None,
    ) -> ProgressState:
        """Long work with a cancel button; the dialog shows only after ~500 ms."""
        from ui.progress import DelayedProgress

        state = ProgressState()
        dialog = DelayedProgress(title, state, parent, cancellable=cancellable)

        def work(services: Services) -> Any:
            try:
                return fn(services, state.report)
            except Exception as exc:
                if state.cancelled:
                    raise Cancelled() from exc
                raise

        def done(result: Any) -> None:
            dialog.finish()
            if on_done is not None:
                on_done(result)

        def error(exc: BaseException) -> None:
            dialog.finish()
            if isinstance(exc, Cancelled):
                return
            if on_error is not None:
                on_error(exc)
            else:
                self.failed.emit(exc)

        dialog.start()
        self._submit(_Job(work, done, error, mutating=mutating, needs_book=needs_book))
        return state

    @property
    def busy(self) -> bool:
        return self._pending > 0

    def shutdown(self) -> None:
        """Close the book and stop the worker; waits for the job in progress."""
        self.close_book()
        if self._worker is not None:
            self._worker.jobs.put(None)
            self._worker.wait()
            self._worker = None

    # --- internals ---------------------------------------------------------------------------
    def _submit(self, job: _Job) -> None:
        self._pending += 1
        if self._pending == 1:
            self.busy_changed.emit(True)
        if self._worker is None:
            result, error = self._execute(job)
            self._finish(job, result, error)
        else:
            self._worker.jobs.put(job)

    def _execute(self, job: _Job) -> tuple[object, BaseException | None]:
        # The cyclic garbage collector holds the GIL for a whole pass, and a full pass
        # over a re-plan's objects takes 100-300 ms: the UI thread would freeze for that
        # long. Jobs run with automatic collection paused (refcounting still frees almost
        # everything); it resumes after the job, when the job's temporaries are gone.
        paused = gc.isenabled() and self._worker is not None
        if paused:
            gc.disable()
        try:
            if job.needs_book and self._services is None:
                from planner.errors import BookError

                raise BookError("no-book", "no book is open")
            result = job.fn(self._services)
            if job.mutating:
                changes_of(result)  # a mutation that returns no Result is a bug: say so now
            return result, None
        except Exception as exc:  # handed to the UI thread, never lost
            return None, exc
        finally:
            if paused:
                gc.enable()

    def _finish(self, job: _Job, result: object, error: BaseException | None) -> None:
        self._pending -= 1
        try:
            if error is not None:
                if job.on_error is not None:
                    job.on_error(error)
                else:
                    log.error("operation failed", exc_info=error)
                    self.failed.emit(error)
                return
            if job.on_done is not None:
                job.on_done(result)
            if job.mutating:
                from planner.services.views import Changes

                changes = changes_of(result)
                if changes != Changes():  # a refusal or a no-op changed nothing: no reloads
                    self.changed.emit(changes)
        finally:
            if self._pending == 0:
                self.busy_changed.emit(False)
