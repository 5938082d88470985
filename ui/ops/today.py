"""Reads of the Today screen: the day's agenda, and the card of the selected touch."""

from __future__ import annotations

from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from collections.abc import Callable
    from datetime import datetime
    from pathlib import Path

    from planner.app import Services
    from planner.sales.script_errors import ScriptError
    from planner.services.salesviews import SaleView
    from planner.services.scripts import RenderedScript
    from planner.services.views import ClientDetail
    from ui.models.agenda import TodayData
    from ui.operations import Operations
    from ui.ops.common import Done, Failed
    from ui.tray import ReminderData

TouchCard = tuple["ClientDetail", list["SaleView"], "RenderedScript | ScriptError"]


def load_today(ops: Operations, on_done: Done[TodayData], on_error: Failed | None = None) -> None:
    """Everything Today shows on its first screen."""
    from ui.models.agenda import load_today as load

    ops.query(load, on_done, on_error)


def first_look(
    ops: Operations,
    location: Path | str,
    clock: Callable[[], datetime] | None,
    on_done: Done[TodayData | None],
) -> None:
    """Today's first screen read from the book's file before the book is opened (on the
    worker, ahead of the opening): None when it cannot vouch for one."""

    def work() -> TodayData | None:
        from planner.clock import system_clock
        from planner.services.first_look import first_look as look_at
        from ui.models.agenda import TodayData

        look = look_at(location, clock or system_clock)
        return TodayData.from_first_look(look) if look is not None else None

    def failed(_exc: BaseException) -> None:
        pass  # the real opening follows and says what is wrong

    ops.call(work, on_done, failed)


def touch_card(
    ops: Operations,
    touch_id: int,
    client_id: int,
    sales_shown: int,
    on_done: Done[TouchCard],
    on_error: Failed,
) -> None:
    """The selected touch's client (with history), their last sales and the call script."""

    def work(s: Services) -> TouchCard:
        from planner.errors import BookError
        from planner.sales.script_errors import ScriptError

        detail = s.clients.get(client_id, history=10)
        sales = s.sales.sales(client_id, limit=sales_shown)
        script: RenderedScript | ScriptError
        try:
            script = s.scripts.render(client_id, None, touch_id)
        except BookError as exc:  # e.g. the touch was done meanwhile
            script = ScriptError(None, exc.message)
        return detail, sales, script

    ops.query(work, on_done, on_error)


def reminders(ops: Operations, on_done: Done[ReminderData]) -> None:
    """The day's due count and its meetings still ahead, for the reminders; a failure
    leaves the last ones."""
    from ui.tray import load_reminders

    def failed(_exc: BaseException) -> None:
        pass  # the next load tries again

    ops.query(load_reminders, on_done, failed)
