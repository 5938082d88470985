"""Today as a page: the day's counts per channel and its touches in priority order, by keyset.

A day on a 100,000-client book holds thousands of due and overdue touches; Today shows
the counts at once and reads the touches a page at a time as the list scrolls. Each page
is ordered by the planner's `rank` (smaller first), then due day and id, and the next page
starts after the last key of the one before (no OFFSET). Counts and pages come off the
`ix_touch_agenda` and `ix_touch_done_day` indexes (revision 0010).

The statements are built and compiled once (compiling them cost more than running them)
and run through the DBAPI cursor with bound parameters.
"""

from __future__ import annotations

import sqlite3
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from datetime import date
from typing import TYPE_CHECKING, Any

from sqlalchemy import bindparam, func, or_, select, tuple_
from sqlalchemy.engine import Connection, Dialect
from sqlalchemy.exc import DBAPIError
from sqlalchemy.sql.compiler import SQLCompiler
from sqlalchemy.sql.elements import BindParameter

from planner.db import Book
from planner.models import Client, DayOverride, Setting, Tier, Touch
from planner.services.agenda_views import (
    ORDER as ORDER,
)
from planner.services.agenda_views import (
    AgendaKey,
    AgendaPage,
    AgendaScreen,
    capacities,
    channel_days,
    page_of,
    screen_of,
)
from planner.services.agenda_views import ChannelDay as ChannelDay
from planner.services.context import (
    Context,
    calendar_rules_of,
    capacity_of,
    day_overrides_of,
    settings_of,
)
from planner.services.touchviews import _COLUMNS
from planner.services.views import TouchView
from planner.vocabulary import Channel, TouchStatus

if TYPE_CHECKING:
    from planner.services.planning import PlanningService
    from planner.services.rawsql import Query

PAGE = 50
FIRST = 30  # the first screen: about as many rows as a window shows
PLANNED = TouchStatus.PLANNED.value
DONE = TouchStatus.DONE.value
# The channels reminded of before they start: calls are many and short, Today covers them.
REMINDED = (Channel.MEETING.value, Channel.VIDEO.value)
REMINDED_AT_MOST = 200  # more meetings and video calls still ahead than any day holds


@dataclass(frozen=True, slots=True)
class TodayScreen:
    """Everything Today shows first, from one service call: the day's counts per channel
    against capacity with the first pages (`screen`, its `day` the book's today), the
    size of the book, whether the day is a working day, and the hours and time zone the
    reminders and due times use."""

    screen: AgendaScreen
    clients: int
    working: bool
    work_start: str
    timezone: str

    @property
    def day(self) -> date:
        return self.screen.day


@dataclass(frozen=True, slots=True)
class DayReminders:
    """What the reminders need of the day, from one read: how many touches are due (the
    counts Today shows, summed), the meetings and video calls still ahead of the time it
    was read (`REMINDED`, by time, at most `REMINDED_AT_MOST`), whether the day is a
    working day, its hours and the time zone."""

    day: date
    due: int
    ahead: tuple[TouchView, ...]
    working: bool
    work_start: str
    timezone: str
    work_end: str


@dataclass(frozen=True, slots=True)
class _Day:
    """The settings, the book's today and whether it is a working day, as one read."""

    values: dict[str, Any]
    today: date
    working: bool

    @property
    def timezone(self) -> str:
        return str(self.values["calendar.timezone"])

    @property
    def work_start(self) -> str:
        return str(self.values["calendar.work_start"])

    @property
    def work_end(self) -> str:
        return str(self.values["calendar.work_end"])


class Prepared:
    """A Core statement compiled once per dialect, run with bound parameters.

    Besides the SQL, the compiled form keeps the positional argument list with every
    constant filled in and where the caller's parameters go: a run copies the list and
    sets those places (building the 81 arguments of the counts with `construct_params`
    on each call cost about a tenth of a millisecond)."""

    __slots__ = ("_forms", "stmt")

    def __init__(self, stmt: Query) -> None:
        self.stmt = stmt
        # Per dialect: one process may open a laptop book and then a team book.
        self._forms: dict[str, _Form] = {}

    def form(self, dialect: Dialect) -> _Form:
        found = self._forms.get(dialect.name)
        if found is None:
            found = self._forms[dialect.name] = _Form(self.stmt.compile(dialect=dialect))
        return found

    def run(self, connection: Connection, **params: Any) -> list[Any]:
        return self.run_dbapi(connection.connection.cursor(), connection.dialect, **params)

    def run_dbapi(self, cursor: Any, dialect: Dialect, **params: Any) -> list[Any]:
        """Run on a DBAPI cursor (closed after): the SQL is the dialect's own."""
        form = self.form(dialect)
        try:
            cursor.execute(form.sql, form.args(params))
            return list(cursor.fetchall())
        finally:
            cursor.close()


class _Form:
    __slots__ = ("_named", "_places", "_template", "sql")

    def __init__(self, compiled: SQLCompiler) -> None:
        self.sql = str(compiled)
        wanted = [k for k, b in compiled.binds.items() if b.required]
        values = compiled.construct_params(dict.fromkeys(wanted)) or {}
        # SQLite's driver takes positional parameters; psycopg (a team book) named ones.
        self._named = not compiled.positional
        if self._named:
            self._template: list[Any] | dict[str, Any] = dict(values)
            self._places: list[tuple[str, Any]] = [(k, k) for k in wanted]
        else:
            order = list(compiled.positiontup or [])
            self._template = [values[k] for k in order]
            self._places = [(k, i) for i, k in enumerate(order) if k in wanted]

    def args(self, params: dict[str, Any]) -> Any:
        args = self._template.copy()
        for name, place in self._places:
            args[place] = params[name]
        return args


def _count(*where: Any) -> Any:
    return select(func.count()).where(*where).scalar_subquery()


# Dates are bound as ISO text, the form the book stores them in.
_DAY: BindParameter[Any] = bindparam("day")
_COUNTS = Prepared(
    select(
        *[
            column
            for ch in Channel
            for column in (
                _count(Touch.status == PLANNED, Touch.channel == ch.value, Touch.due < _DAY),
                _count(Touch.status == PLANNED, Touch.channel == ch.value, Touch.due == _DAY),
                _count(Touch.status == DONE, Touch.done_on == _DAY, Touch.channel == ch.value),
            )
        ]
    )
)
_CAPACITY = Prepared(select(Setting.key, Setting.value).where(Setting.key.like("capacity.%")))
_SETTINGS = Prepared(select(Setting.key, Setting.value))
_DAYS_OFF = Prepared(select(DayOverride.day, DayOverride.kind, DayOverride.note))
_CLIENTS = Prepared(select(func.count()).select_from(Client))  # count(*): the smallest index
_PAGE_WHERE = (
    Touch.status == PLANNED,
    Touch.channel == bindparam("channel"),
    Touch.due <= _DAY,
)
_PAGE_SELECT = (
    select(*_COLUMNS, Touch.rank)
    .join(Client, Client.id == Touch.client_id)
    .join(Tier, Tier.id == Client.tier_id)
)
_ORDER = (Touch.rank, Touch.due, Touch.id)
_AFTER = tuple_(*_ORDER) > tuple_(bindparam("rank"), bindparam("after_due"), bindparam("id"))


def _paged(*where: Any) -> Prepared:
    """A page's ids come off the covering index alone (a bounded sort over its entries);
    only the page's rows are then read and joined to their client and tier."""
    ids = select(Touch.id).where(*where).order_by(*_ORDER).limit(bindparam("limit"))
    return Prepared(_PAGE_SELECT.where(Touch.id.in_(ids.scalar_subquery())).order_by(*_ORDER))


_FIRST_PAGE = _paged(*_PAGE_WHERE)
_NEXT_PAGE = _paged(*_PAGE_WHERE, _AFTER)
# Timestamps are bound as text in the form SQLAlchemy stores them in a laptop book.
_STAMP = "%Y-%m-%d %H:%M:%S.%f"
_AHEAD = Prepared(
    _PAGE_SELECT.where(
        Touch.status == PLANNED,
        or_(*(Touch.channel == ch for ch in REMINDED)),
        Touch.due <= _DAY,
        Touch.due_at >= bindparam("now"),
    )
    .order_by(Touch.due_at, Touch.id)
    .limit(bindparam("limit"))
)


@dataclass(frozen=True, slots=True)
class _Reader:
    """One read transaction of Today: DBAPI cursors, the dialect, the salesperson's own
    settings (a team book's; empty on a laptop book)."""

    cursor: Callable[[], Any]
    dialect: Dialect
    own: dict[str, Any]

    def run(self, prepared: Prepared, **params: Any) -> list[Any]:
        return prepared.run_dbapi(self.cursor(), self.dialect, **params)


class AgendaService:
    def __init__(self, ctx: Context, planning: PlanningService) -> None:
        self.ctx = ctx
        self.planning = planning  # its working calendars, for whether today is worked
        self._capacities: dict[tuple[Any, ...], dict[str, int]] = {}

    @contextmanager
    def _reading(self) -> Iterator[_Reader]:
        """A laptop book reads on a pooled sqlite3 connection with its own BEGIN and
        COMMIT: SQLAlchemy's Connection, its transaction events and reset were a third
        of the first screen's time. A team book (PostgreSQL, the salesperson's own
        settings) reads through a Core connection."""
        book = self.ctx.book
        engine = book.read_engine
        if engine.dialect.name != "sqlite" or type(book).personal_settings is not (
            Book.personal_settings
        ):
            with book.read_connection() as conn, conn.begin():
                yield _Reader(conn.connection.cursor, conn.dialect, book.personal_settings(conn))
            return
        dbapi = engine.raw_connection()
        try:
            raw: sqlite3.Connection = dbapi.driver_connection  # type: ignore[assignment]
            try:
                raw.execute("BEGIN")  # one snapshot for the counts and the pages
                try:
                    yield _Reader(raw.cursor, engine.dialect, {})
                finally:
                    raw.execute("COMMIT")  # read only: ends the snapshot
            except sqlite3.Error as exc:
                # As a Core connection would have raised it, so callers see one kind.
                error = DBAPIError.instance(None, None, exc, sqlite3.Error)
                if isinstance(error, DBAPIError):
                    book._recover(error)  # drop pooled connections after a bad page
                raise error from exc
        finally:
            dbapi.close()  # back to the pool

    def _capacity(self, stored: tuple[Any, ...], own: dict[str, Any]) -> dict[str, int]:
        """Capacity per channel: the salesperson's own, the book's, else the default.
        Decoded once per distinct stored value (settings change seldom)."""
        key = (stored, tuple(sorted((k, v) for k, v in own.items() if k.startswith("capacity."))))
        found = self._capacities.get(key)
        if found is not None:
            return found
        capacity = capacities(stored, own)
        if len(self._capacities) > 16:
            self._capacities.clear()
        self._capacities[key] = capacity
        return capacity

    def screen(self, day: date | None = None, page: int = FIRST) -> AgendaScreen:
        """Counts per channel with capacity, and the first page of each channel with touches;
        `day` by default the book's today (in the salesperson's time zone, as `today`)."""
        with self._reading() as reader:
            if day is None:
                day = self._day(reader).today
            stored = tuple(tuple(r) for r in reader.run(_CAPACITY))
            return _screen(reader, day, self._capacity(stored, reader.own), page)

    def today(self, page: int = FIRST) -> TodayScreen:
        """Today's first screen in one call and one snapshot of the book: its today (in the
        salesperson's time zone), the counts and first pages (as `screen`), the size of
        the book and the day's hours; another window's commit meanwhile is in none of it."""
        with self._reading() as reader:
            day = self._day(reader)
            ((clients,),) = reader.run(_CLIENTS)
            capacity = {ch.value: n for ch, n in capacity_of(day.values).items()}
            screen = _screen(reader, day.today, capacity, page)
        return TodayScreen(
            screen=screen,
            clients=int(clients),
            working=day.working,
            work_start=day.work_start,
            timezone=day.timezone,
        )

    def reminders(self, at_most: int = REMINDED_AT_MOST) -> DayReminders:
        """What the reminders need of today, in one snapshot: the number of due touches
        from the day's counts (not the touches), and only the meetings and video calls
        still ahead (`at_most` of them, soonest first)."""
        with self._reading() as reader:
            day = self._day(reader)
            on = day.today.isoformat()
            (values,) = reader.run(_COUNTS, day=on)
            due = sum(c.due for c in channel_days(values, {}))
            now = self.ctx.utc_now().strftime(_STAMP)
            ahead = reader.run(_AHEAD, day=on, now=now, limit=at_most)
        return DayReminders(
            day=day.today,
            due=due,
            ahead=page_of(ahead, at_most).touches,
            working=day.working,
            work_start=day.work_start,
            timezone=day.timezone,
            work_end=day.work_end,
        )

    def _day(self, reader: _Reader) -> _Day:
        values = settings_of(reader.run(_SETTINGS), reader.own)
        today = self.ctx.today(timezone=str(values["calendar.timezone"]))
        overrides = day_overrides_of(reader.run(_DAYS_OFF), reader.own)
        calendar = self.planning.calendar_for(calendar_rules_of(values, overrides))
        return _Day(values, today, calendar.is_working(today))

    def page(
        self, day: date, channel: str, after: AgendaKey | None = None, limit: int = PAGE
    ) -> AgendaPage:
        """The channel's touches due by `day` that follow `after`, at most `limit`."""
        with self._reading() as reader:
            return _page(reader, day, channel, after, limit)


def _screen(reader: _Reader, day: date, capacity: dict[str, int], page: int) -> AgendaScreen:
    (values,) = reader.run(_COUNTS, day=day.isoformat())
    channels = channel_days(values, capacity)
    return screen_of(day, channels, lambda channel: _page(reader, day, channel, None, page), page)


def _page(
    reader: _Reader, on: date, channel: str, after: AgendaKey | None, limit: int
) -> AgendaPage:
    params: dict[str, Any] = {"day": on.isoformat(), "channel": channel, "limit": limit + 1}
    if after is None:
        found = reader.run(_FIRST_PAGE, **params)
    else:
        params.update(rank=after.rank, after_due=after.due.isoformat(), id=after.id)
        found = reader.run(_NEXT_PAGE, **params)
    return page_of(found, limit)
