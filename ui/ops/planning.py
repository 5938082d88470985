"""Planning operations: log an outcome, days off, re-planning the book."""

from __future__ import annotations

from collections.abc import Callable
from datetime import date
from typing import TYPE_CHECKING

from planner.services.changes import Changes
from planner.services.result import Result

if TYPE_CHECKING:
    from PySide6.QtWidgets import QWidget

    from planner.app import Services
    from planner.scheduling.forecast import Forecast
    from planner.services.views import ReplanResult, TouchView
    from ui.models.plan import PlanData
    from ui.operations import Operations, Progress
    from ui.ops.common import Done, Failed
    from ui.undo import UndoActions

END_OF_TIME = date(9999, 12, 31)


def log_outcome(
    ops: Operations,
    touch_id: int,
    client_id: int,
    code: str,
    note: str | None,
    reschedule_to: date | None,
    stop_client: bool,
    on_done: Done[Result[TouchView | None]],
    on_error: Failed,
    undo: UndoActions | None = None,
    undo_text: str = "",
) -> None:
    """Log what happened on a touch; the value is the client's next planned touch. With
    `undo`, the core's undo step of the outcome lands on the window's Edit → Undo."""

    def work(s: Services) -> Result[TouchView | None]:
        from planner.vocabulary import Outcome

        logged = s.planning.log_outcome(
            touch_id, Outcome(code), note, reschedule_to=reschedule_to, stop_client=stop_client
        )
        return Result(logged.value.first, logged.changes)  # one call: the next touch in it

    if undo is None:
        ops.mutate(work, on_done, on_error)
        return

    def done(nxt: TouchView | None) -> None:
        on_done(Result(nxt, Changes(clients=frozenset({client_id}), touches=True)))

    undo.run(undo_text, work, done, on_error)


def set_day(
    ops: Operations,
    title: str,
    day: date,
    kind: str | None,
    on_error: Failed,
    parent: QWidget | None = None,
) -> None:
    """Mark a day off or working (or re-plan around it) with a progress dialog."""

    def work(s: Services, _progress: Progress) -> Result[ReplanResult]:
        return s.planning.set_day(day, kind)

    ops.run_with_progress(title, work, on_error=on_error, cancellable=False, parent=parent)


def replan_all(
    ops: Operations, title: str, on_done: Done[Result[ReplanResult]], parent: QWidget | None
) -> None:
    def work(s: Services, progress: Progress) -> Result[ReplanResult]:
        return s.planning.replan_all(progress)

    ops.run_with_progress(title, work, on_done, parent=parent)


def load_plan(
    ops: Operations,
    period: Callable[[date], tuple[date, date, date, date]],
    language: str,
    on_done: Done[PlanData],
) -> None:
    """The Planning screen's period: `period(today)` gives its bounds and the sub-period
    whose touches are listed (start, end, touches from, touches to)."""

    def work(s: Services) -> PlanData:
        from ui.models.plan import load_plan as load

        return load(s, *period(s.uiextras.today()), language)

    ops.query(work, on_done)


def forecast(ops: Operations, on_done: Done[Forecast], on_error: Failed) -> None:
    """The fit check: 12 weeks of the load the book's tiers demand against capacity."""

    def work(s: Services) -> Forecast:
        return s.planning.forecast()

    ops.query(work, on_done, on_error)
