"""Sales operations: record a sale, write a price list, accept suggested tiers, the daily
recompute of value and risk; and the small reads their dialogs open with."""

from __future__ import annotations

from collections.abc import Callable
from datetime import date
from pathlib import Path
from typing import TYPE_CHECKING

from planner.services.result import Result

if TYPE_CHECKING:
    from PySide6.QtWidgets import QWidget

    from planner.app import Services
    from planner.services.pricelists import PdfRenderer, PriceListResult
    from planner.services.salesviews import SaleLineInput, SaleResult, SaleView
    from planner.services.views import ClientSummary
    from ui.operations import Operations, Progress
    from ui.ops.common import Done, Failed


def client_summary(
    ops: Operations, client_id: int, on_done: Done[ClientSummary], on_error: Failed | None = None
) -> None:
    """Name, tier and status of one client (a dialog's title)."""

    def work(s: Services) -> ClientSummary:
        return s.clients.summary(client_id)

    ops.query(work, on_done, on_error)


def today(ops: Operations, on_done: Done[date]) -> None:
    """The book's today (its clock), for periods and presets."""

    def work(s: Services) -> date:
        return s.uiextras.today()

    ops.query(work, on_done)


def record_sale(
    ops: Operations,
    client_id: int,
    day: date,
    lines: list[SaleLineInput],
    note: str | None,
    on_done: Done[Result[SaleResult]],
    on_error: Failed,
) -> None:
    def work(s: Services) -> Result[SaleResult]:
        return s.sales.record_sale(client_id, day, lines, note)

    ops.mutate(work, on_done, on_error)


def make_price_list(
    ops: Operations,
    title: str,
    client_id: int,
    path: Path | None,
    fmt: str,
    renderer: PdfRenderer | None,
    email: bool,
    on_done: Done[Result[tuple[PriceListResult, date | None]]],
    on_error: Failed,
    parent: QWidget | None,
) -> None:
    """Write the price list; the value adds the due day of the follow-up it planned."""

    def work(s: Services, progress: Progress) -> Result[tuple[PriceListResult, date | None]]:
        render = None if renderer is None else cancellable(renderer, progress)
        made = s.offers.make_price_list(client_id, path, fmt, renderer=render, email=email)
        return Result((made.value, made.value.follow_up_due), made.changes)  # one call

    ops.run_with_progress(title, work, on_done, on_error, parent=parent)


def accept_tiers(
    ops: Operations,
    moves: list[tuple[int, str]],
    on_done: Done[Result[None]],
    on_error: Failed,
) -> None:
    """Move clients to their suggested tiers: one service call, one transaction."""

    def work(s: Services) -> Result[None]:
        return s.value.accept_tiers(moves)

    ops.mutate(work, on_done, on_error)


def recompute_daily(
    ops: Operations, last: str | None, on_done: Done[Result[str | None]], on_error: Failed
) -> None:
    """Once a day per book: recompute value and risk and run the daily planning step.
    The value is the day it ran (None: it had already run on `last`)."""

    def work(s: Services) -> Result[str | None]:
        ran = s.value.recompute_daily(_day(last))
        day = None if ran.value.value is None else ran.value.day.isoformat()
        return Result(day, ran.changes)  # to every view

    ops.mutate(work, on_done, on_error)


def _day(text: str | None) -> date | None:
    try:
        return date.fromisoformat(text) if text else None
    except ValueError:  # a stored value from elsewhere: run again
        return None


def sales_of_period(
    ops: Operations,
    start: date | None,
    end: date | None,
    limit: int,
    on_done: Done[list[SaleView]],
) -> None:
    """The period's sales, newest first, at most `limit`."""

    def work(s: Services) -> list[SaleView]:
        return s.sales.sales(None, start, end, limit)

    ops.query(work, on_done)


def cancellable(
    render: Callable[[str, Path], None], progress: Callable[[int, int], bool]
) -> Callable[[str, Path], None]:
    """The PDF renderer with the progress dialog's cancel: checked before and after the
    writing, so a cancel rolls the price list back and its half-written file is removed
    (the service writes to a temporary file and commits it last)."""
    from planner.io.progress import TransferCancelled  # planner.io waits until after start-up

    def render_pdf(html: str, out: Path) -> None:
        if not progress(0, 2):
            raise TransferCancelled("cancelled; nothing was written")
        render(html, out)
        if not progress(1, 2):
            raise TransferCancelled("cancelled; nothing was written")

    return render_pdf
