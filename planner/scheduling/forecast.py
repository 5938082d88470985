"""The fit check (DESIGN.md section 4, issue 8 Deliver 4): does the book fit its capacity?

Projects the touches the book's tiers demand per channel over the next weeks (12 by
default): every client's cadence repeated at its tier's interval from its next due
(not only the next touch), the sequence steps already planned, and a greeting for every
birthday of a client with consent. Each week's load is set against the capacity of its
working days, and the verdicts are codes with arguments (the UI and the CLI word them):

- ("book-fits", {}) when every channel's demand fits its capacity;
- ("tier-overloads-channel", {"tier", "channel", "need", "have", "tier_need"}) per
  channel whose average demand per working day (`need`) is above its capacity
  (`have`), naming the tier that demands most of it, with suggestions:
  ("move-tier-to", {"tier", "channel"}) an asynchronous channel with room for that
  tier's share, ("lengthen-cadence", {"tier", "count", "unit"}) the interval that
  would make the channel fit, ("raise-capacity", {"channel", "to"}).

Pure: plain data in, plain data out, `today` passed in. Demand is counted on the day a
touch is due (after the working calendar), before levelling: it is what the tiers ask
for, not what the plan managed to fit.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable, Mapping
from dataclasses import dataclass, field
from datetime import date, timedelta
from math import ceil

from planner.scheduling.cadence import add_interval, consenting_channels, pick_channel
from planner.scheduling.calendar import WorkingCalendar
from planner.scheduling.types import ClientState, Reason, TierRule
from planner.vocabulary import Channel, TouchKind

WEEKS = 12

BOOK_FITS = "book-fits"
TIER_OVERLOADS_CHANNEL = "tier-overloads-channel"
MOVE_TIER_TO = "move-tier-to"
LENGTHEN_CADENCE = "lengthen-cadence"
RAISE_CAPACITY = "raise-capacity"


@dataclass(frozen=True, slots=True)
class WeekLoad:
    """One week (Monday `start`): touches demanded per channel against capacity."""

    start: date
    working_days: int
    need: Mapping[Channel, int]
    capacity: Mapping[Channel, int]  # per week: the daily capacity x working days

    def over(self, channel: Channel) -> bool:
        have = self.capacity.get(channel)
        return have is not None and self.need.get(channel, 0) > have


@dataclass(frozen=True, slots=True)
class Verdict:
    code: str
    args: tuple[tuple[str, str], ...] = ()
    suggest: tuple[Reason, ...] = ()

    def arg(self, name: str) -> str:
        return dict(self.args)[name]


@dataclass(frozen=True, slots=True)
class Forecast:
    first: date
    last: date
    working_days: int
    weeks: tuple[WeekLoad, ...]
    verdicts: tuple[Verdict, ...]
    need_per_day: Mapping[Channel, float] = field(default_factory=dict)

    @property
    def fits(self) -> bool:
        return all(v.code == BOOK_FITS for v in self.verdicts)


def forecast(
    clients: Iterable[ClientState],
    tiers: Mapping[str, TierRule],
    calendar: WorkingCalendar,
    capacity: Mapping[Channel, int],
    today: date,
    *,
    birthdays: Mapping[int, tuple[int, int]] | None = None,
    sequence_steps: Iterable[tuple[date, Channel]] = (),
    weeks: int = WEEKS,
) -> Forecast:
    """The projected load of the next `weeks` weeks (from the Monday of `today`'s week,
    counting from `today`) and the verdicts. `birthdays`: client id -> (month, day);
    `sequence_steps`: (due, channel) of the planned sequence steps in the book."""
    first = today
    monday = today - timedelta(days=today.weekday())
    last = monday + timedelta(weeks=weeks, days=-1)
    demand: dict[tuple[str, Channel, date], int] = {}  # (tier, channel, week start)

    def count(tier: str, channel: Channel, day: date) -> None:
        if first <= day <= last:
            week = day - timedelta(days=day.weekday())
            key = (tier, channel, week)
            demand[key] = demand.get(key, 0) + 1

    births = birthdays or {}
    for client in clients:
        tier = tiers.get(client.tier)
        if not client.active or tier is None:
            continue
        consenting = consenting_channels(client.contacts)
        if not consenting:
            continue
        _cadence(client, tier, consenting, calendar, today, last, count)
        birthday = births.get(client.id)
        if birthday is not None:
            chosen = pick_channel(tier, client.contacts, consenting, 0)
            for day in _birthdays(birthday, first, last):
                if chosen is not None:
                    count(tier.code, chosen[0], calendar.settle(day)[0])
    for due, channel in sequence_steps:
        count("", channel, due)

    week_loads = []
    for n in range(weeks):
        start = monday + timedelta(weeks=n)
        days = [start + timedelta(days=d) for d in range(7)]
        working = sum(1 for d in days if d >= first and calendar.is_working(d))
        need: dict[Channel, int] = {}
        for (_tier, channel, week), k in demand.items():
            if week == start:
                need[channel] = need.get(channel, 0) + k
        caps = {ch: max(0, cap) * working for ch, cap in capacity.items()}
        week_loads.append(WeekLoad(start, working, need, caps))
    total_days = sum(w.working_days for w in week_loads)
    verdicts, per_day = _verdicts(demand, tiers, capacity, total_days)
    return Forecast(first, last, total_days, tuple(week_loads), verdicts, per_day)


def _cadence(
    client: ClientState,
    tier: TierRule,
    consenting: frozenset[Channel],
    calendar: WorkingCalendar,
    today: date,
    last: date,
    count: Callable[[str, Channel, date], None],
) -> None:
    """Count the client's cadence touches from its next due to `last`."""
    open_cadence = [o for o in client.open if o.kind in (TouchKind.CADENCE, TouchKind.RETRY)]
    unit, every = tier.interval_unit, max(1, tier.interval_count)
    if open_cadence:
        due = min(o.base_due for o in open_cadence)
    else:
        history = client.history
        anchor = history[-1].day if history else client.created_on
        due = add_interval(anchor, unit, every)
    rotation = client.rotation or 0
    n = 0
    start = due
    while True:
        day = max(calendar.settle(due)[0], today)
        if day > last:
            return
        chosen = pick_channel(tier, client.contacts, consenting, rotation + n)
        if chosen is None:
            return
        count(tier.code, chosen[0], day)
        n += 1
        due = add_interval(start, unit, every * n)  # from the first due: no drift


def _birthdays(birthday: tuple[int, int], first: date, last: date) -> list[date]:
    month, mday = birthday
    found = []
    for year in range(first.year, last.year + 1):
        try:
            day = date(year, month, mday)
        except ValueError:  # 29 February in a common year: greeted on the 28th
            day = date(year, 2, 28)
        if first <= day <= last:
            found.append(day)
    return found


def _verdicts(
    demand: Mapping[tuple[str, Channel, date], int],
    tiers: Mapping[str, TierRule],
    capacity: Mapping[Channel, int],
    days: int,
) -> tuple[tuple[Verdict, ...], dict[Channel, float]]:
    by_channel: dict[Channel, int] = {}
    by_tier: dict[tuple[Channel, str], int] = {}
    for (tier_code, channel, _week), k in demand.items():
        by_channel[channel] = by_channel.get(channel, 0) + k
        by_tier[(channel, tier_code)] = by_tier.get((channel, tier_code), 0) + k
    days = max(1, days)
    per_day = {ch: n / days for ch, n in by_channel.items()}
    verdicts: list[Verdict] = []
    for channel in sorted(by_channel, key=list(Channel).index):
        have = capacity.get(channel)
        if have is None:
            continue  # no capacity set: unlimited
        need = ceil(per_day[channel] - 1e-9)
        if need <= have:
            continue
        shares = sorted(
            ((n, code) for (ch, code), n in by_tier.items() if ch is channel and code in tiers),
            key=lambda s: (-s[0], tiers[s[1]].priority, s[1]),
        )
        if not shares:
            continue
        tier_total, code = shares[0]
        tier_need = ceil(tier_total / days - 1e-9)
        tier = tiers[code]
        suggest: list[Reason] = []
        for other in tier.channels:
            if other.is_live or other is channel:
                continue
            other_cap = capacity.get(other)
            spare = None if other_cap is None else other_cap - per_day.get(other, 0.0)
            if spare is None or spare >= tier_need:
                suggest.append(Reason(MOVE_TIER_TO, (("tier", code), ("channel", other.value))))
                break
        excess = per_day[channel] - have
        tier_per_day = tier_total / days
        if tier_per_day > excess:
            factor = tier_per_day / (tier_per_day - excess)
            longer = ceil(tier.interval_count * factor - 1e-9)
            if longer > tier.interval_count:
                unit = tier.interval_unit.value
                args = (("tier", code), ("count", str(longer)), ("unit", unit))
                suggest.append(Reason(LENGTHEN_CADENCE, args))
        suggest.append(Reason(RAISE_CAPACITY, (("channel", channel.value), ("to", str(need)))))
        verdict_args = (
            ("tier", code),
            ("channel", channel.value),
            ("need", str(need)),
            ("have", str(have)),
            ("tier_need", str(tier_need)),
        )
        verdicts.append(Verdict(TIER_OVERLOADS_CHANNEL, verdict_args, tuple(suggest)))
    if not verdicts:
        verdicts.append(Verdict(BOOK_FITS))
    return tuple(verdicts), per_day
