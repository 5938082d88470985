"""Team book operations: the manager's role, the whole team's workbook."""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from planner.app import Services
    from planner.services.team_summary import TeamSummary
    from ui.operations import Operations, Progress
    from ui.ops.common import Done, Failed


def is_manager(ops: Operations, on_done: Done[bool]) -> None:
    """Whether the connected user is the team's manager (a laptop book: never)."""

    def work(s: Services) -> bool:
        return bool(getattr(s.book, "is_manager", False))

    ops.query(work, on_done, lambda _e: None)


def export_team(ops: Operations, title: str, path: Path, on_done: Done[object]) -> None:
    """The whole team's managers' workbook, straight from the database, with progress."""

    def work(s: Services, progress: Progress) -> object:
        return s.team.export_workbook(path, progress=progress)

    ops.run_with_progress(title, work, on_done, mutating=False)


def team_summary(ops: Operations, on_done: Done[TeamSummary], on_error: Failed) -> None:
    """The managers' Summary (KPIs per salesperson, tier and channel), live."""

    def work(s: Services) -> TeamSummary:
        return s.team.summary()

    ops.query(work, on_done, on_error)
