"""Small builders for the planner's plain records, so each test states only what matters.

Named `sched_builders` (not `helpers`): test folders have no `__init__.py`, so module
names must be unique across the whole test tree.
"""

from __future__ import annotations

from collections.abc import Iterable
from datetime import date

from planner.scheduling import WorkingCalendar
from planner.scheduling.types import (
    CalendarRules,
    ClientState,
    ContactInfo,
    DoneTouch,
    OpenTouch,
    TierRule,
)
from planner.vocabulary import Channel, IntervalUnit, Outcome, Purpose, TouchKind

MONDAY = date(2026, 3, 2)  # a plain working week in Poland: no holiday until Easter


def tier(
    code: str = "B",
    unit: IntervalUnit = IntervalUnit.MONTH,
    count: int = 1,
    channels: tuple[Channel, ...] = (Channel.CALL, Channel.EMAIL),
    *,
    allow_preferred: bool = True,
    retry_delay_days: int = 2,
    retry_limit: int = 2,
    priority: int = 2,
    slip_days: int = 2,
) -> TierRule:
    return TierRule(
        code=code,
        interval_unit=unit,
        interval_count=count,
        channels=channels,
        allow_preferred=allow_preferred,
        retry_delay_days=retry_delay_days,
        retry_limit=retry_limit,
        priority=priority,
        slip_days=slip_days,
    )


def contacts(
    *channels: Channel,
    preferred: Channel | None = None,
    no_consent: Iterable[Channel] = (),
) -> tuple[ContactInfo, ...]:
    """One contact point per channel; consent unless listed in `no_consent`."""
    refused = set(no_consent)
    return tuple(ContactInfo(c, c is preferred, c not in refused) for c in channels)


def client(
    cid: int = 1,
    *,
    tier_code: str = "B",
    created_on: date = date(2026, 1, 15),
    active: bool = True,
    tz: str | None = None,
    reach: tuple[ContactInfo, ...] | None = None,
    history: tuple[DoneTouch, ...] = (),
    open_touches: tuple[OpenTouch, ...] = (),
    value: int = 0,
    at_risk: bool = False,
) -> ClientState:
    return ClientState(
        id=cid,
        tier=tier_code,
        created_on=created_on,
        active=active,
        timezone=tz,
        contacts=reach if reach is not None else contacts(Channel.CALL, Channel.EMAIL),
        history=history,
        open=open_touches,
        value=value,
        at_risk=at_risk,
    )


def done(
    day: date,
    outcome: Outcome = Outcome.REACHED,
    channel: Channel = Channel.CALL,
    kind: TouchKind = TouchKind.CADENCE,
    purpose: Purpose = Purpose.CHECK_IN,
    attempt: int = 0,
) -> DoneTouch:
    return DoneTouch(day, channel, purpose, kind, outcome, attempt)


def opened(
    tid: int,
    kind: TouchKind,
    base_due: date,
    due: date | None = None,
    *,
    channel: Channel = Channel.CALL,
    purpose: Purpose = Purpose.CHECK_IN,
    pinned: bool = False,
    attempt: int = 0,
    code: str | None = None,
    step: int | None = None,
) -> OpenTouch:
    return OpenTouch(
        id=tid,
        kind=kind,
        channel=channel,
        purpose=purpose,
        base_due=base_due,
        due=due if due is not None else base_due,
        pinned=pinned,
        attempt=attempt,
        sequence_code=code,
        step=step,
    )


def calendar(**rules: object) -> WorkingCalendar:
    return WorkingCalendar(CalendarRules(**rules))  # type: ignore[arg-type]


def codes(reasons: Iterable[object]) -> list[str]:
    return [r.code for r in reasons]  # type: ignore[attr-defined]
