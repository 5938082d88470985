"""Merging duplicate clients: one named call, one transaction (the Find duplicates dialog)."""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING

from planner.services.result import Result

if TYPE_CHECKING:
    from planner.app import Services
    from planner.services.merge import DuplicatePair, MergeResult, MergeSide
    from ui.operations import Operations
    from ui.undo import UndoActions


def merge_clients(
    ops: Operations,
    keep_id: int,
    other_id: int,
    on_done: Callable[[MergeResult], None],
    on_error: Callable[[BaseException], None],
    undo: UndoActions | None = None,
    undo_text: str = "",
) -> None:
    """Merge `other_id` into `keep_id` in one transaction; the result carries the Changes
    every view gets. With `undo`, the core's undo step of the merge lands on the window's
    Edit → Undo."""

    def work(services: Services) -> Result[MergeResult]:
        return services.merge.merge(keep_id, other_id)

    if undo is not None:
        undo.run(undo_text, work, on_done, on_error)
        return

    def done(result: Result[MergeResult]) -> None:
        on_done(result.value)

    ops.mutate(work, done, on_error)


def duplicate_pairs(
    ops: Operations,
    on_done: Callable[[list[DuplicatePair]], None],
    on_error: Callable[[BaseException], None],
) -> None:
    """The book's possible duplicates, as pairs to review."""

    def work(services: Services) -> list[DuplicatePair]:
        return services.merge.duplicate_pairs()

    ops.query(work, on_done, on_error)


def compare(
    ops: Operations,
    left: int,
    right: int,
    on_done: Callable[[tuple[MergeSide, MergeSide]], None],
    on_error: Callable[[BaseException], None],
) -> None:
    """Both clients of a pair side by side."""

    def work(services: Services) -> tuple[MergeSide, MergeSide]:
        return services.merge.compare(left, right)

    ops.query(work, on_done, on_error)
