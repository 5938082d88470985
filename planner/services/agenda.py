"""Today as a page: the day's counts per channel and its touches in priority order, by keyset.

A day on a 100,000-client book holds thousands of due and overdue touches; Today shows
the counts at once and reads the touches a page at a time as the list scrolls. Each page
is ordered by the planner's `rank` (smaller first), then due day and id, and the next page
starts after the last key of the one before (no OFFSET). Counts and pages come off the
`ix_touch_agenda` and `ix_touch_done_day` indexes (revision 0010).
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date

from sqlalchemy import func, select, tuple_
from sqlalchemy.orm import Session

from planner.models import Touch
from planner.services.context import Context
from planner.services.rawsql import rows
from planner.services.touchviews import query_touches
from planner.services.views import TouchView
from planner.vocabulary import Channel, TouchStatus

PAGE = 50
PLANNED = TouchStatus.PLANNED.value
DONE = TouchStatus.DONE.value


@dataclass(frozen=True, slots=True)
class AgendaKey:
    """Where a page ended: the next one starts after this (rank, due, id)."""

    rank: int
    due: date
    id: int


@dataclass(frozen=True, slots=True)
class AgendaPage:
    touches: tuple[TouchView, ...]
    next: AgendaKey | None  # None: this was the last page


@dataclass(frozen=True, slots=True)
class ChannelDay:
    """One channel's day: planned touches due by the day (overdue among them), done on it."""

    channel: str
    due: int
    overdue: int
    done: int
    capacity: int | None


@dataclass(frozen=True, slots=True)
class AgendaScreen:
    """The first screen of Today: every channel's counts and the first page of each."""

    day: date
    channels: tuple[ChannelDay, ...]
    pages: dict[str, AgendaPage]

    @property
    def due(self) -> int:
        return sum(c.due for c in self.channels)

    @property
    def overdue(self) -> int:
        return sum(c.overdue for c in self.channels)

    @property
    def done(self) -> int:
        return sum(c.done for c in self.channels)


class AgendaService:
    def __init__(self, ctx: Context) -> None:
        self.ctx = ctx

    def screen(self, day: date | None = None, page: int = PAGE) -> AgendaScreen:
        """Counts per channel with capacity, and the first page of each channel with touches."""
        with self.ctx.book.reading() as session:
            day = day or self.ctx.today(session)
            capacity = self.ctx.plan_settings(session).capacity
            channels = tuple(
                ChannelDay(ch.value, due, overdue, done, capacity.get(ch))
                for ch, (due, overdue, done) in zip(Channel, _counts(session, day), strict=True)
            )
            pages = {
                c.channel: _page(session, day, c.channel, None, page) for c in channels if c.due
            }
            return AgendaScreen(day, channels, pages)

    def page(
        self, day: date, channel: str, after: AgendaKey | None = None, limit: int = PAGE
    ) -> AgendaPage:
        """The channel's touches due by `day` that follow `after`, at most `limit`."""
        with self.ctx.book.reading() as session:
            return _page(session, day, channel, after, limit)


def _counts(session: Session, day: date) -> list[tuple[int, int, int]]:
    """(due by day, overdue, done on day) for every channel, in one statement."""
    columns = []
    for ch in Channel:
        planned = (Touch.status == PLANNED, Touch.channel == ch.value)
        columns += [
            select(func.count()).where(*planned, Touch.due <= day).scalar_subquery(),
            select(func.count()).where(*planned, Touch.due < day).scalar_subquery(),
            select(func.count())
            .where(Touch.status == DONE, Touch.done_on == day, Touch.channel == ch.value)
            .scalar_subquery(),
        ]
    (values,) = rows(session, select(*columns))
    return [tuple(values[i : i + 3]) for i in range(0, len(values), 3)]


def _page(
    session: Session, day: date, channel: str, after: AgendaKey | None, limit: int
) -> AgendaPage:
    where = [Touch.status == PLANNED, Touch.channel == channel, Touch.due <= day]
    if after is not None:
        where.append(
            tuple_(Touch.rank, Touch.due, Touch.id) > tuple_(after.rank, after.due, after.id)
        )
    found = query_touches(
        session, *where, order_by=(Touch.rank, Touch.due, Touch.id), limit=limit + 1
    )
    if len(found) <= limit:
        return AgendaPage(tuple(found), None)
    last = found[limit - 1]
    rank = session.scalar(select(Touch.rank).where(Touch.id == last.id)) or 0
    return AgendaPage(tuple(found[:limit]), AgendaKey(rank, last.due, last.id))
