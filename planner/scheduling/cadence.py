"""The tier's cadence: when the next regular touch is due and over which channel."""

from __future__ import annotations

from collections.abc import Collection, Iterable, Sequence
from datetime import date, timedelta
from functools import lru_cache

from dateutil.relativedelta import relativedelta

from planner.scheduling import reasons as R
from planner.scheduling.types import ClientState, ContactInfo, DoneTouch, Reason, TierRule
from planner.vocabulary import REACHING_OUTCOMES, Channel, IntervalUnit, TouchKind

# A stable order for "any channel of the client", independent of how contacts are stored.
CHANNEL_ORDER: tuple[Channel, ...] = tuple(Channel)


@lru_cache(maxsize=65536)
def add_interval(anchor: date, unit: IntervalUnit, count: int) -> date:
    """`anchor` plus `count` units, calendar-correct: month ends clamp (Jan 31 + 1 month
    is Feb 28 or 29). Always counted from the anchor, never from a previous due date,
    so clamping never accumulates into drift."""
    if unit is IntervalUnit.DAY:
        return anchor + timedelta(days=count)
    if unit is IntervalUnit.WEEK:
        return anchor + timedelta(weeks=count)
    moved: date = anchor + relativedelta(months=count)
    return moved


def last_reached(history: Sequence[DoneTouch]) -> date | None:
    """The day of the newest done touch that reached the client (history is oldest
    first, so the scan runs from the end and usually stops at once)."""
    reaching = REACHING_OUTCOMES
    for h in reversed(history):
        if h.outcome in reaching:
            return h.day
    return None


def count_rotation(history: Iterable[DoneTouch]) -> int:
    """Reaching done touches of kind cadence: the rotation advances only when a regular
    touch actually reached the client."""
    reaching = REACHING_OUTCOMES
    cadence_kind = TouchKind.CADENCE
    count = 0
    for h in history:
        if h.kind is cadence_kind and h.outcome in reaching:
            count += 1
    return count


def cadence_anchor(client: ClientState) -> tuple[date, Reason]:
    """The day the cadence counts from: the last done touch that reached the client,
    else the day the client was created (reason "last-reached" or "created")."""
    reached = last_reached(client.history)
    if reached is not None:
        return reached, R.anchor(R.LAST_REACHED, reached)
    return client.created_on, R.anchor(R.CREATED, client.created_on)


def rotation_index(client: ClientState) -> int:
    """The service may count it in SQL (`ClientState.rotation`) instead of passing the
    whole history."""
    if client.rotation is not None:
        return client.rotation
    return count_rotation(client.history)


def consenting_channels(contacts: Iterable[ContactInfo]) -> frozenset[Channel]:
    return frozenset(c.channel for c in contacts if c.consent)


def choose_channel(
    tier: TierRule,
    client: ClientState,
    rotation_index: int,
    exclude: Collection[Channel] = (),
) -> tuple[Channel, tuple[Reason, ...]] | None:
    """The channel of the next cadence touch and the channel steps that chose it
    ("preferred-channel", "no-consent", "fallback-channel"; the "cadence" reason itself
    is the planner's). None when the client has no consenting channel left."""
    consenting = consenting_channels(client.contacts)
    return pick_channel(tier, client.contacts, consenting, rotation_index, exclude)


def pick_channel(
    tier: TierRule,
    contacts: Iterable[ContactInfo],
    consenting: frozenset[Channel],
    rotation_index: int,
    exclude: Collection[Channel] = (),
) -> tuple[Channel, tuple[Reason, ...]] | None:
    """`choose_channel` with the consenting channels already known (hot path)."""
    order = tier.channels
    channel: Channel | None = order[rotation_index % len(order)] if order else None
    steps: list[Reason] = []
    if tier.allow_preferred:
        preferred = _preferred(tier, contacts, exclude)
        if preferred is not None and preferred != channel:
            channel = preferred
            steps.append(R.channel_reason(R.PREFERRED_CHANNEL, preferred))
    if channel is not None and channel in consenting and channel not in exclude:
        return channel, tuple(steps)
    if channel is not None and channel not in consenting:
        steps.append(R.channel_reason(R.NO_CONSENT, channel))
    fallback = first_consenting(order, consenting, exclude)
    if fallback is None:
        return None
    steps.append(R.channel_reason(R.FALLBACK_CHANNEL, fallback))
    return fallback, tuple(steps)


def _preferred(
    tier: TierRule, contacts: Iterable[ContactInfo], exclude: Collection[Channel]
) -> Channel | None:
    """The consenting preferred channel; with several, the tier's order decides."""
    found = [c.channel for c in contacts if c.preferred and c.consent and c.channel not in exclude]
    if not found:
        return None
    if len(found) == 1:
        return found[0]
    ranked = [c for c in tier.channels if c in found] + [c for c in CHANNEL_ORDER if c in found]
    return ranked[0]


def first_consenting(
    order: Iterable[Channel], consenting: Collection[Channel], exclude: Collection[Channel] = ()
) -> Channel | None:
    """First consenting channel in `order`, then any consenting channel of the client."""
    for c in order:
        if c in consenting and c not in exclude:
            return c
    for c in CHANNEL_ORDER:
        if c in consenting and c not in exclude:
            return c
    return None


def fallback_after(
    tier: TierRule, consenting: Collection[Channel], channel: Channel
) -> Channel | None:
    """The next consenting channel after `channel` in the tier's order (all of the
    tier's channels when `channel` is not one of them); no wrap-around."""
    order = tier.channels
    rest = order[order.index(channel) + 1 :] if channel in order else order
    for c in rest:
        if c in consenting and c != channel:
            return c
    return None


def first_async(tier: TierRule, consenting: Collection[Channel]) -> Channel | None:
    """First asynchronous consenting channel: the tier's order, then any of the client."""
    for c in tier.channels:
        if c in consenting and not c.is_live:
            return c
    for c in CHANNEL_ORDER:
        if c in consenting and not c.is_live:
            return c
    return None


def interval_reason(tier: TierRule, anchor_day: date, anchor_reason: Reason) -> Reason:
    """The "cadence" reason: tier, interval and the anchor it counts from."""
    return R.cadence(
        tier.code, tier.interval_count, tier.interval_unit, anchor_day, anchor_reason.code
    )
