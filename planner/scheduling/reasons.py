"""Reason codes and their builders: the one place that decides what each code carries.

The UI translates `Reason.code` and fills in `Reason.args`; `explain.format_reason` does
the same in English for the CLI. Builders are memoised because a re-plan of a big book
would otherwise build the same few thousand reasons a hundred thousand times.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from datetime import date
from functools import lru_cache

from planner.scheduling.types import Reason
from planner.vocabulary import Channel, IntervalUnit, TouchKind

# Why a touch exists (always the first reason).
CADENCE = "cadence"  # tier, count, unit, anchor, since ("last-reached" | "created")
RETRY = "retry"  # attempt, of (the tier's retry limit)
SEQUENCE = "sequence"  # code, step, base (the step's base due), event (when known)
MANUAL = "manual"  # ()
PINNED = "pinned"  # kind, day
RESCHEDULED = "rescheduled"  # from (the original due), to: at the client's request
FALLBACK = "fallback"  # channel (the new one), attempts: a retry after the retry limit

# Where the anchor of a cadence comes from (`cadence_anchor`).
LAST_REACHED = "last-reached"  # day
CREATED = "created"  # day
LAST_ATTEMPT = "last-attempt"  # day: a failed, rescheduled or stopped attempt

# How the channel was chosen.
PREFERRED_CHANNEL = "preferred-channel"  # channel
NO_CONSENT = "no-consent"  # channel
FALLBACK_CHANNEL = "fallback-channel"  # channel
RETRY_LIMIT = "retry-limit"  # channel, limit

# What moved it (or kept it where it is).
WEEKEND = "weekend"  # from, days
HOLIDAY = "holiday"  # from, days, name
DAY_OFF = "day-off"  # from, days
NO_COMMON_HOURS = "no-common-hours"  # from (moved a day) | channel (switched channel)
BIRTHDAY_ON_DAY = "birthday-on-day"  # day
BIRTHDAY_BEFORE = "birthday-before"  # day (the birthday): greeted the working day before
CARRIED = "carried"  # from: its calendar due has passed, it is planned again from today
CHANNEL_SWITCHED = "channel-switched"  # from (channel), channel, day: live channel full
GAP = "gap"  # from, apart
GREETING_KEPT = "greeting-kept"  # day, apart: a greeting keeps its day despite the gap
CAPACITY = "capacity"  # from, channel
OVERBOOKED = "overbooked"  # channel, capacity

CALENDAR_CODES = frozenset({WEEKEND, HOLIDAY, DAY_OFF})


@lru_cache(maxsize=1 << 16)
def cadence(tier: str, count: int, unit: IntervalUnit, anchor: date, since: str) -> Reason:
    return Reason(
        CADENCE,
        (
            ("tier", tier),
            ("count", str(count)),
            ("unit", unit.value),
            ("anchor", anchor.isoformat()),
            ("since", since),
        ),
    )


@lru_cache(maxsize=1 << 16)
def anchor(code: str, day: date) -> Reason:
    return Reason(code, (("day", day.isoformat()),))


@lru_cache(maxsize=256)
def retry(attempt: int, of: int) -> Reason:
    return Reason(RETRY, (("attempt", str(attempt)), ("of", str(of))))


def sequence(code: str | None, step: int | None, base: date, event: date | None) -> Reason:
    # Steps are stored 0-based; reasons are read by people, so they count from 1.
    args = [("code", code or ""), ("step", "" if step is None else str(step + 1))]
    args.append(("base", base.isoformat()))
    if event is not None:
        args.append(("event", event.isoformat()))
    return Reason(SEQUENCE, tuple(args))


MANUAL_REASON = Reason(MANUAL)


@lru_cache(maxsize=1 << 16)
def pinned(kind: TouchKind, day: date) -> Reason:
    return Reason(PINNED, (("kind", kind.value), ("day", day.isoformat())))


@lru_cache(maxsize=64)
def channel_reason(code: str, channel: Channel) -> Reason:
    return Reason(code, (("channel", channel.value),))


@lru_cache(maxsize=256)
def retry_limit(channel: Channel, limit: int) -> Reason:
    return Reason(RETRY_LIMIT, (("channel", channel.value), ("limit", str(limit))))


@lru_cache(maxsize=1 << 16)
def moved_from(code: str, day: date) -> Reason:
    return Reason(code, (("from", day.isoformat()),))


@lru_cache(maxsize=1 << 16)
def birthday_on_day(day: date) -> Reason:
    return Reason(BIRTHDAY_ON_DAY, (("day", day.isoformat()),))


def greeting_kept(day: date, apart: date) -> Reason:  # rare: a birthday next to a fixed touch
    return Reason(GREETING_KEPT, (("day", day.isoformat()), ("apart", apart.isoformat())))


@lru_cache(maxsize=65536)
def gap(start: date, apart: date) -> Reason:
    return Reason(GAP, (("from", start.isoformat()), ("apart", apart.isoformat())))


@lru_cache(maxsize=65536)
def capacity(start: date, channel: Channel) -> Reason:
    return Reason(CAPACITY, (("from", start.isoformat()), ("channel", channel.value)))


@lru_cache(maxsize=256)
def overbooked(channel: Channel, limit: int) -> Reason:
    return Reason(OVERBOOKED, (("channel", channel.value), ("capacity", str(limit))))


@lru_cache(maxsize=1 << 16)
def rescheduled(original: date, to: date) -> Reason:
    return Reason(RESCHEDULED, (("from", original.isoformat()), ("to", to.isoformat())))


@lru_cache(maxsize=256)
def fallback(channel: Channel, attempts: int) -> Reason:
    return Reason(FALLBACK, (("channel", channel.value), ("attempts", str(attempts))))


# Reasons that say the planner replaced the channel its rule asked for, and the argument
# that names that channel.
REPLACED = {CHANNEL_SWITCHED: "from", NO_CONSENT: "channel", NO_COMMON_HOURS: "channel"}
# Stored reasons that a re-plan reads back (`recalled`): the rest it makes again.
RECALLED = (*REPLACED, CARRIED, SEQUENCE)


def recalled(
    reasons: Iterable[tuple[str, Mapping[str, str]]], pinned: bool
) -> tuple[str | None, date | None, Reason | None]:
    """What a re-plan needs of a stored touch's reasons, as (code, args) pairs: the
    channel its rule asked for when the planner replaced it (the first replacement they
    tell of), for a pinned touch the day it was carried from, and a sequence step's own
    "sequence" reason, which names the event that started it (OpenTouch)."""
    channel: str | None = None
    late: date | None = None
    step: Reason | None = None
    for code, args in reasons:
        key = REPLACED.get(code)
        if key is not None and channel is None:
            channel = args.get(key)
        elif code == CARRIED and pinned and late is None and "from" in args:
            late = date.fromisoformat(args["from"])
        elif code == SEQUENCE and step is None:
            step = Reason(code, tuple(args.items()))
    return channel, late, step


@lru_cache(maxsize=1 << 12)
def channel_switched(old: Channel, new: Channel, day: date) -> Reason:
    return Reason(
        CHANNEL_SWITCHED,
        (("from", old.value), ("channel", new.value), ("day", day.isoformat())),
    )
