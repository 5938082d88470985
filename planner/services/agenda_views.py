"""Today's plain data (counts per channel, pages, the first screen), with no database
library behind it: the window's first look at a book (`first_look`) and the services'
`AgendaService` hand the UI the same records."""

from __future__ import annotations

from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass
from datetime import date, datetime
from typing import Any

from planner import settings as settings_mod
from planner.services.rawsql import Memo, instant
from planner.services.rawsql import day as to_day
from planner.services.views import TouchView
from planner.vocabulary import Channel

# The order Today shows its channels in: the live ones first. The first screen reads
# pages in this order until it holds a page of touches; later channels are read as shown.
ORDER = ("meeting", "video", "call", "sms", "whatsapp", "viber", "telegram", "email", "letter")


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
    """The first screen of Today: every channel's counts, and the first pages of the
    channels in `ORDER` until a page of touches is read (a channel with due touches but
    no entry in `pages` is read with `AgendaService.page(day, channel)` when shown)."""

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


def channel_place(channel: str) -> int:
    """Where a channel comes in `ORDER` (unknown ones last)."""
    return ORDER.index(channel) if channel in ORDER else len(ORDER)


def capacities(stored: Iterable[tuple[Any, Any]], own: dict[str, Any]) -> dict[str, int]:
    """Capacity per channel from the stored `capacity.*` rows (JSON), the salesperson's
    own values over them (a team book), and each setting's default for the rest."""
    capacity = {str(k).split(".", 1)[1]: int(settings_mod.decode(v)) for k, v in stored}
    capacity.update(
        {k.split(".", 1)[1]: int(v) for k, v in own.items() if k.startswith("capacity.")}
    )
    for ch in Channel:  # a capacity never set is the setting's default
        capacity.setdefault(ch.value, int(settings_mod.spec(f"capacity.{ch.value}").default))
    return capacity


def channel_days(
    values: tuple[int, ...] | list[int], capacity: dict[str, int]
) -> tuple[ChannelDay, ...]:
    """The counts row (overdue, due on the day, done on it; per channel in `Channel`'s
    order) as each channel's day."""
    return tuple(
        ChannelDay(
            ch.value,
            due=values[3 * i] + values[3 * i + 1],  # overdue and due on the day
            overdue=values[3 * i],
            done=values[3 * i + 2],
            capacity=capacity.get(ch.value),
        )
        for i, ch in enumerate(Channel)
    )


def page_of(found: Sequence[Any], limit: int) -> AgendaPage:
    """A page from the rows of a page query, which asks for `limit + 1` rows: the touch
    columns of `touchviews`, then `rank`; a row past `limit` says another page follows."""
    days: Memo[Any, date] = Memo(to_day)
    instants: Memo[Any, datetime | None] = Memo(instant)
    views = tuple(
        TouchView(
            r[0], r[1], r[2], r[3], r[4], r[5], r[6], days[r[7]], instants[r[8]],
            instants[r[9]], r[10], r[11], r[12], bool(r[13]), bool(r[14]), r[15], r[16],
            r[17], None if r[18] is None else days[r[18]],
        )
        for r in found[:limit]
    )  # fmt: skip
    if len(found) <= limit:
        return AgendaPage(views, None)
    last = found[limit - 1]
    return AgendaPage(views, AgendaKey(int(last[19]), days[last[7]], int(last[0])))


def screen_of(
    day: date, channels: tuple[ChannelDay, ...], read_page: Callable[[str], AgendaPage], page: int
) -> AgendaScreen:
    """The first screen: the first pages of the channels with due touches, in `ORDER`,
    until `page` touches are read (`read_page(channel)` reads one channel's first page)."""
    pages: dict[str, AgendaPage] = {}
    read = 0
    for day_of in sorted(channels, key=lambda c: channel_place(c.channel)):
        if read >= page:
            break
        if day_of.due:
            pages[day_of.channel] = read_page(day_of.channel)
            read += len(pages[day_of.channel].touches)
    return AgendaScreen(day, channels, pages)
