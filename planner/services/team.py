"""The whole team's re-plan, each salesperson levelled against their own capacity.

The planner (planner.scheduling, planner.services.planning) is unchanged: the re-plan runs
once per salesperson with the administrator's connection acting as that salesperson
(`TeamBook.acting_as`), so row-level security shows the planner exactly that salesperson's
clients and touches and the day's load it levels against is theirs alone. A client has
one owner, so no client is ever planned by two salespeople at once.
"""

from __future__ import annotations

from sqlalchemy import select

from planner.errors import BookError
from planner.models import Salesperson
from planner.services.context import Context
from planner.services.planning import PlanningService
from planner.services.views import ReplanResult


class TeamService:
    def __init__(self, ctx: Context, planning: PlanningService) -> None:
        self.ctx = ctx
        self.planning = planning

    def replan(self) -> dict[str, ReplanResult]:
        """Re-plan every salesperson's clients in turn, each against their own capacity."""
        from planner.team.book import TeamBook

        book = self.ctx.book
        if not isinstance(book, TeamBook):
            raise BookError("not-a-team-book", "only a team book has salespeople to re-plan")
        with book.reading() as session:
            logins = list(session.scalars(select(Salesperson.login).order_by(Salesperson.id)))
        results: dict[str, ReplanResult] = {}
        for login in logins:
            with book.acting_as(login):
                results[login] = self.planning.replan_all()
        return results
