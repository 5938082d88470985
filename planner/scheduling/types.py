"""Plain data that the planner works on. No database, no Qt, no clock: everything is passed in.

The services layer reads the book into these records, calls the pure functions of
`planner.scheduling`, and writes the returned `PlannedTouch` records back.

The three records made once per client or touch in a re-plan (`ClientState`,
`OpenTouch`, `PlannedTouch`) are named tuples: as immutable as a frozen dataclass, but
five times cheaper to build, which saved about a tenth of a 100,000-client re-plan.
Copy one with `_replace`, not `dataclasses.replace`.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass, field
from datetime import date, datetime, time
from typing import NamedTuple

from planner.vocabulary import Channel, IntervalUnit, Outcome, Purpose, TouchKind


@dataclass(frozen=True, slots=True)
class TierRule:
    """A tier's cadence and its planning knobs (DESIGN.md section 4)."""

    code: str  # "A", "B", ...
    interval_unit: IntervalUnit
    interval_count: int
    channels: tuple[Channel, ...]  # rotation, also the fallback order
    allow_preferred: bool  # the client's preferred channel replaces the rotation
    retry_delay_days: int  # working days
    retry_limit: int  # retries on one channel before falling back to the next
    priority: int  # 1 = most important
    slip_days: int  # how many working days capacity levelling may move a touch
    discount_bp: int = 1000  # basis points (1000 = 10 %)


@dataclass(frozen=True, slots=True)
class CalendarRules:
    """The salesperson's working calendar, as data."""

    weekend: frozenset[int] = frozenset({5, 6})  # date.weekday(): 5 = Saturday, 6 = Sunday
    country: str | None = None  # ISO code for the `holidays` library, e.g. "PL"
    subdivision: str | None = None  # e.g. "CA" for a US state
    days_off: frozenset[date] = frozenset()  # personal days off (vacation)
    extra_working_days: frozenset[date] = frozenset()  # overrides, e.g. a transferred Saturday
    work_start: time = time(9, 0)
    work_end: time = time(18, 0)
    timezone: str = "UTC"  # the salesperson's IANA zone


@dataclass(frozen=True, slots=True)
class PlanSettings:
    gap_days: int = 2  # minimum calendar days between two touches of one client
    capacity: dict[Channel, int] = field(default_factory=dict)  # missing channel = unlimited
    birthday_on_weekend: bool = True  # async birthday greetings may go on a non-working day
    horizon_days: int = 400  # how far ahead the plan is laid out
    # Touches of clients NOT being planned in this call that already use capacity, per
    # (channel, day). Re-planning one client after an outcome levels against the others.
    base_load: Mapping[tuple[Channel, date], int] = field(default_factory=dict)


@dataclass(frozen=True, slots=True)
class ContactInfo:
    channel: Channel
    preferred: bool
    consent: bool


@dataclass(frozen=True, slots=True)
class DoneTouch:
    """A touch that happened (status done), newest last in `ClientState.history`."""

    day: date
    channel: Channel
    purpose: Purpose
    kind: TouchKind
    outcome: Outcome
    attempt: int = 0  # retry number of the touch this one was (0 = first attempt)


class OpenTouch(NamedTuple):
    """A planned touch that already exists in the book."""

    id: int
    kind: TouchKind
    channel: Channel
    purpose: Purpose
    base_due: date  # the date its rule asked for, before calendar/gap/capacity moved it
    due: date
    pinned: bool = False  # the user moved it by hand: the planner never moves it again
    attempt: int = 0
    sequence_code: str | None = None
    step: int | None = None
    # The channel its rule asked for, when the planner replaced it by `channel` (levelling
    # switched a full live channel, no consent, no common hours: `reasons.asked_channel`
    # reads it from the stored reasons). The planner plans the touch on this one again and
    # replaces it afresh, so that a re-plan of an unchanged book is a fixed point and a
    # switched touch goes back to its channel once that has a seat.
    asked_channel: Channel | None = None
    # A pinned touch planned again from today because its day passed undone: the day it
    # was pinned to (from its stored "carried" reason), so the reason stays true.
    late_from: date | None = None
    # A sequence step's stored "sequence" reason (its event and offset, as the step was
    # made), so that a re-plan keeps saying which event started it.
    step_reason: Reason | None = None


class ClientState(NamedTuple):
    """One client as the planner sees it."""

    id: int
    tier: str
    created_on: date
    active: bool
    timezone: str | None  # IANA zone; None = the salesperson's
    contacts: tuple[ContactInfo, ...]
    history: tuple[DoneTouch, ...] = ()  # done touches, oldest first
    open: tuple[OpenTouch, ...] = ()
    value: int = 0  # monetary value in minor units (priority tie-breaker)
    at_risk: bool = False  # churn risk (priority)
    # Number of reaching done cadence touches, when the service counted it in SQL instead of
    # passing the whole history (None = count `history`). Advances the channel rotation.
    rotation: int | None = None


@dataclass(frozen=True, slots=True)
class Reason:
    """One rule that placed or moved a touch. The UI translates `code`; `args` fill it in."""

    code: str
    args: tuple[tuple[str, str], ...] = ()

    def arg(self, key: str) -> str | None:
        for k, v in self.args:
            if k == key:
                return v
        return None


class PlannedTouch(NamedTuple):
    """What the planner says a planned touch should be. `id` is None for a new touch."""

    id: int | None
    client_id: int
    kind: TouchKind
    channel: Channel
    purpose: Purpose
    base_due: date
    due: date
    due_at: datetime | None  # UTC start of the window for live channels, else None
    due_until: datetime | None  # UTC end of that window
    overbooked: bool
    reasons: tuple[Reason, ...]
    attempt: int = 0
    pinned: bool = False
    sequence_code: str | None = None
    step: int | None = None
    rank: int = 0  # the levelling order, smaller first (items.rank)
