"""Progress and cancel for long transfers: `(done, total) -> bool`, False cancels.

Cancelling raises `TransferCancelled`, a `PlanCancelled`, so that the CLI and the UI handle
a cancelled import or export the way they handle a cancelled re-plan: nothing was written.
"""

from __future__ import annotations

from collections.abc import Callable

from planner.scheduling import PlanCancelled

Progress = Callable[[int, int], bool]
STEPS = 1000  # imports report thousandths of the work: reading is measured in bytes, not rows


class TransferCancelled(PlanCancelled):
    """The progress callback returned False; nothing was written (a partial file is removed)."""


def report(progress: Progress | None, done: int, total: int) -> None:
    """Call `progress`; raise TransferCancelled if it asks to stop."""
    if progress is not None and not progress(done, total):
        raise TransferCancelled("cancelled; nothing was written")


def part(progress: Progress | None, start: int, end: int, total: int = STEPS) -> Progress | None:
    """A callback for one phase that reports into [start, end] of `total` steps."""
    if progress is None:
        return None
    outer = progress

    def inner(done: int, of: int) -> bool:
        share = done / of if of else 1.0
        return outer(start + round((end - start) * min(share, 1.0)), total)

    return inner
