"""The whole team's re-plan, each salesperson levelled against their own capacity.

The planner (planner.scheduling, planner.services.planning) is unchanged: the re-plan runs
once per salesperson with the administrator's connection acting as that salesperson
(`TeamBook.acting_as`), so row-level security shows the planner exactly that salesperson's
clients and touches and the day's load it levels against is theirs alone. A client has
one owner, so no client is ever planned by two salespeople at once.
"""

from __future__ import annotations

from collections.abc import Sequence
from datetime import date
from pathlib import Path

from sqlalchemy import select

from planner.errors import BookError
from planner.io.merge import MergeResult
from planner.io.progress import Progress
from planner.models import Salesperson
from planner.services.context import Context
from planner.services.planning import PlanningService
from planner.services.result import Result
from planner.services.team_handover import Handover, hand_over
from planner.services.team_summary import (
    TeamSummary,
    export_team_workbook,
    salespeople,
    team_summary,
)
from planner.services.views import Changes, ReplanResult


class TeamService:
    def __init__(self, ctx: Context, planning: PlanningService) -> None:
        self.ctx = ctx
        self.planning = planning

    def replan(self) -> Result[dict[str, ReplanResult]]:
        """Re-plan every salesperson's clients in turn, each against their own capacity."""
        from planner.team.book import TeamBook

        book = self.ctx.book
        if not isinstance(book, TeamBook):
            raise BookError("not-a-team-book", "only a team book has salespeople to re-plan")
        with book.reading() as session:
            logins = list(session.scalars(select(Salesperson.login).order_by(Salesperson.id)))
        results: dict[str, ReplanResult] = {}
        changes = Changes()
        for login in logins:
            with book.acting_as(login):
                done = self.planning.replan_all()
            results[login] = done.value
            changes = changes | done.changes
        return Result(results, changes)

    def hand_over(self, client_ids: Sequence[int], to_login: str) -> Result[Handover]:
        """Give clients and their open touches to another salesperson, re-levelled into the
        receiver's capacity, in one transaction (team_handover.py)."""
        moved = hand_over(self.ctx, self.planning, client_ids, to_login)
        return Result(moved, Changes(clients=frozenset(client_ids), touches=True))

    def salespeople(self) -> list[tuple[str, str]]:
        """(login, name) of the team, in the order they joined."""
        return salespeople(self.ctx)

    def summary(self, start: date | None = None, end: date | None = None) -> TeamSummary:
        """The managers' Summary sheet as data, live (team_summary.py)."""
        return team_summary(self.ctx, start, end)

    def export_workbook(
        self,
        out: Path,
        start: date | None = None,
        end: date | None = None,
        language: str | None = None,
        progress: Progress | None = None,
    ) -> MergeResult:
        """The managers' workbook of the whole team, straight from the team book."""
        return export_team_workbook(self.ctx, out, start, end, language, progress)
