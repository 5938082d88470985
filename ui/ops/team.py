"""Team book operations: the manager's role, the whole team's workbook."""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from planner.services import Services
    from ui.operations import Operations, Progress
    from ui.ops.common import Done


def is_manager(ops: Operations, on_done: Done[bool]) -> None:
    """Whether the connected user is the team's manager (a laptop book: never)."""

    def work(s: Services) -> bool:
        return bool(getattr(s.book, "is_manager", False))

    ops.query(work, on_done, lambda _e: None)


def export_team(ops: Operations, title: str, path: Path, on_done: Done[object]) -> None:
    """The whole team's managers' workbook, straight from the database, with progress."""
    from planner.team.summary import export_team_workbook

    def work(s: Services, progress: Progress) -> object:
        return export_team_workbook(s, path, progress=progress)

    ops.run_with_progress(title, work, on_done, mutating=False)
