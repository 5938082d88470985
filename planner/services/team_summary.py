"""The manager's live view and the whole team's workbook, read from the team book itself
(issue 14, point 5), instead of merging the salespeople's mailed reports.

`team_summary` is the Summary sheet of the managers' workbook as data: the KPIs per
salesperson (each read in a transaction narrowed to that salesperson, `TeamBook.scoped`),
and the team's per tier, per channel and total. `export_team_workbook` writes every
salesperson's report into a private temporary folder and merges them into one team
workbook (planner.io.merge), so its sheets are exactly the merged workbook's; nothing is
left behind and nothing is written at the target unless all of it succeeded.
"""

from __future__ import annotations

import re
import tempfile
from dataclasses import dataclass
from datetime import date
from pathlib import Path

from sqlalchemy import select

from planner.errors import BookError
from planner.io.merge import MergeResult, merge_reports
from planner.io.progress import Progress
from planner.io.report_data import Kpi, kpis
from planner.models import Salesperson
from planner.services.context import Context
from planner.services.report import default_period, write_report


@dataclass(frozen=True, slots=True)
class TeamSummary:
    start: date
    end: date
    today: date
    currency: str
    by_salesperson: tuple[Kpi, ...]  # label: the salesperson's name
    by_tier: tuple[Kpi, ...]
    by_channel: tuple[Kpi, ...]
    total: Kpi


def _team(ctx: Context):  # type: ignore[no-untyped-def]
    from planner.team.book import TeamBook

    book = ctx.book
    if not isinstance(book, TeamBook):
        raise BookError("not-a-team-book", "only a team book has a team to sum up")
    return book


def salespeople(ctx: Context) -> list[tuple[str, str]]:
    """(login, name) of the team, in the order they joined."""
    with ctx.book.reading() as session:
        rows = session.execute(
            select(Salesperson.login, Salesperson.name).order_by(Salesperson.id)
        ).all()
    return [(str(login), str(name)) for login, name in rows]


def team_summary(ctx: Context, start: date | None = None, end: date | None = None) -> TeamSummary:
    book = _team(ctx)
    with book.reading() as session:
        today = ctx.today(session)
        currency = str(ctx.setting_value(session, "book.currency"))
        first, last = default_period(today)
        start, end = start or first, end or last
        team = kpis(session.connection(), start, end, today, currency)
    people: list[Kpi] = []
    for login, name in salespeople(ctx):
        with book.scoped(login), book.reading() as session:
            own = kpis(session.connection(), start, end, today, currency).total
        own.label = name
        people.append(own)
    return TeamSummary(
        start,
        end,
        today,
        currency,
        tuple(people),
        tuple(team.by_tier),
        tuple(team.by_channel),
        team.total,
    )


def _file_name(name: str, taken: set[str]) -> str:
    base = re.sub(r"[^\w\- ]+", "_", name).strip() or "salesperson"
    candidate, n = base, 2
    while candidate.lower() in taken:
        candidate, n = f"{base} ({n})", n + 1
    taken.add(candidate.lower())
    return candidate


def export_team_workbook(
    ctx: Context,
    out: Path,
    start: date | None = None,
    end: date | None = None,
    language: str | None = None,
    progress: Progress | None = None,
) -> MergeResult:
    """The managers' workbook of the whole team, straight from the team book."""
    book = _team(ctx)
    lang = language or str(ctx.setting_value(None, "ui.language"))
    today = ctx.today()
    with tempfile.TemporaryDirectory(prefix="cp-team-") as folder:
        files: list[Path] = []
        taken: set[str] = set()
        for login, name in salespeople(ctx):
            path = Path(folder) / f"{_file_name(name, taken)}.xlsx"
            with book.scoped(login):
                write_report(ctx, path, start, end, lang)
            files.append(path)
        if not files:
            raise BookError("no-salespeople", "the team book has no salespeople yet")
        return merge_reports(out, files, lang, progress, today=today)
