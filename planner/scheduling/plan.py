"""The planner's entry points: one client, the whole book, and the touch after an outcome.

All pure: plain data in, plain data out, `today` passed in (DESIGN.md section 4).
"""

from __future__ import annotations

import gc
from collections.abc import Callable, Iterable, Iterator, Mapping
from contextlib import contextmanager
from datetime import date, timedelta
from operator import attrgetter

from planner.scheduling import reasons as R
from planner.scheduling.cadence import consenting_channels, fallback_after
from planner.scheduling.calendar import WorkingCalendar
from planner.scheduling.errors import PlanCancelled as PlanCancelled
from planner.scheduling.errors import UnknownTier as UnknownTier
from planner.scheduling.items import PRECEDENCE, Item
from planner.scheduling.levelling import level
from planner.scheduling.touches import Planner
from planner.scheduling.types import (
    CalendarRules,
    ClientState,
    DoneTouch,
    PlannedTouch,
    PlanSettings,
    Reason,
    TierRule,
)
from planner.vocabulary import Purpose, TouchKind

PROGRESS_EVERY = 1024  # clients between two progress reports


def plan_client(
    client: ClientState,
    tier: TierRule,
    calendar: WorkingCalendar,
    settings: PlanSettings,
    today: date,
) -> list[PlannedTouch]:
    """The client's desired open touches before capacity levelling (calendar, working
    hours and gap applied). New touches have id None; an open touch of the client that
    is not in the result is to be cancelled by the service."""
    planner = Planner(calendar, settings, today)
    items = planner.client_items(client, tier)
    items.sort(key=_day_key)
    for item in items:
        item.peers = None
    return [planner.to_planned(i) for i in items]


def plan_book(
    clients: Iterable[ClientState],
    tiers: Mapping[str, TierRule],
    calendar_rules: CalendarRules,
    settings: PlanSettings,
    today: date,
    progress: Callable[[int, int], bool] | None = None,
    *,
    calendar: WorkingCalendar | None = None,
) -> list[PlannedTouch]:
    """All planned touches of all active clients, after gap and capacity levelling,
    ordered by client id, then day.

    `calendar`, when given, is a `WorkingCalendar` of `calendar_rules` kept by the
    caller (its memoised days and holiday tables outlive one call).

    `settings.base_load` is the capacity that clients not in `clients` already use
    (re-planning a few clients levels against the rest). `progress(done, total)`
    returning False cancels (PlanCancelled); it is called every PROGRESS_EVERY clients
    and once at the end.
    """
    with bulk_allocation():
        cal = calendar if calendar is not None else WorkingCalendar(calendar_rules)
        return _plan_book(list(clients), tiers, cal, settings, today, progress)


def _plan_book(
    clients: list[ClientState],
    tiers: Mapping[str, TierRule],
    calendar: WorkingCalendar,
    settings: PlanSettings,
    today: date,
    progress: Callable[[int, int], bool] | None,
) -> list[PlannedTouch]:
    book = sorted(clients, key=attrgetter("id"))  # input order must not matter
    total = len(book)
    planner = Planner(calendar, settings, today)
    client_items = planner.client_items
    groups: list[list[Item]] = []
    for n, client in enumerate(book):
        if progress is not None and n % PROGRESS_EVERY == 0 and not progress(n, total):
            raise PlanCancelled
        if not client.active:
            continue
        tier = tiers.get(client.tier)
        if tier is None:
            raise UnknownTier(f"client {client.id} has unknown tier {client.tier!r}")
        items = client_items(client, tier)
        if items:
            groups.append(items)
    level(groups, settings.capacity, planner.cal, today, planner.gap, settings.base_load)
    to_planned = planner.to_planned
    result: list[PlannedTouch] = []
    for items in groups:
        if len(items) > 1:
            items.sort(key=_day_key)
            for item in items:
                item.peers = None  # no reference cycles left for the collector
        result.extend(map(to_planned, items))
    if progress is not None and not progress(total, total):
        raise PlanCancelled
    return result


def plan_after_outcome(
    client: ClientState,
    tier: TierRule,
    calendar: WorkingCalendar,
    done: DoneTouch,
    today: date,
    *,
    gap: int = 0,
) -> PlannedTouch | None:
    """The retry a logged outcome asks for, or None.

    `gap`: the minimum gap in days to keep from the attempt, for an attempt that
    disturbed the client ("left a message"); a retry after "no answer" passes 0 and
    follows the retry delay alone (DESIGN.md section 4). The retry's base due is then
    the first working day on or after both, with a gap reason when the gap decided.

    "no-answer"/"left-message": retry on the same channel after the tier's retry delay
    (working days) while attempt <= retry limit; past the limit (or without consent on
    that channel) the next consenting channel after it in the tier's order, attempt 0;
    None when there is none (the cadence takes over on the next plan). Other outcomes
    return None: the service re-plans the client. The gap is left to that re-plan.
    """
    if not client.active or not done.outcome.wants_retry:
        return None
    if done.purpose is Purpose.BIRTHDAY:
        return None  # a greeting is never retried days later

    consenting = consenting_channels(client.contacts)
    limit = tier.retry_limit
    attempt = done.attempt + 1
    channel = done.channel
    reasons: list[Reason]
    if attempt <= limit and channel in consenting:
        reasons = [R.retry(attempt, limit)]
    else:
        if attempt <= limit:
            why = R.channel_reason(R.NO_CONSENT, channel)
        else:
            why = R.retry_limit(channel, limit)
        fallback = fallback_after(tier, consenting, channel)
        if fallback is None:
            return None
        attempt = 0
        reasons = [
            R.fallback(fallback, done.attempt + 1),
            why,
            R.channel_reason(R.FALLBACK_CHANNEL, fallback),
        ]
        channel = fallback
    base = calendar.add_working_days(done.day, max(0, tier.retry_delay_days))
    apart = done.day + timedelta(days=gap)
    if gap > 0 and base < apart:
        reasons.append(R.gap(base, done.day))
        base = calendar.next_working(apart)
    item = Item(client, tier, None, TouchKind.RETRY, channel, done.purpose, base, reasons, attempt)
    planner = Planner(calendar, PlanSettings(), today)
    planner.schedule(item, client.timezone, consenting)
    return planner.to_planned(item)


@contextmanager
def bulk_allocation() -> Iterator[None]:
    """Pause the cyclic garbage collector while a plan is read, built or written.

    A re-plan allocates a few hundred thousand acyclic objects next to a book of
    millions; each collector pass would walk them all again, which more than doubled
    the time of a 100,000-client plan. The planner leaves no cycles behind.
    """
    was_enabled = gc.isenabled()
    gc.disable()
    try:
        yield
    finally:
        if was_enabled:
            gc.enable()


def _day_key(item: Item) -> tuple[date, int, date, int]:
    return (item.day, PRECEDENCE[item.kind], item.base_due, item.order)
