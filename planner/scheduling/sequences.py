"""Sequences, pure: an event (a sale, a client at risk, a new client) turns into the
planned steps of the sequences it starts (DESIGN.md section 4).

The services read the sequences, the client and the calendar, call `sequence_steps`, and
write what it returns; the planner then places the new touches like any other. One
fallback rule: a step whose channel the client has not consented to (or that names none)
goes by the channel the client's tier would use next (`choose_channel`); a client with
no such channel gets no step.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from datetime import date, timedelta

from planner.scheduling.cadence import choose_channel
from planner.scheduling.calendar import WorkingCalendar
from planner.scheduling.types import ClientState, Reason, TierRule
from planner.vocabulary import Channel, Purpose


@dataclass(frozen=True, slots=True)
class StepRule:
    """A step as the user edits it: `offset_days` working days after the event (0: the
    event day itself), on `channel` (None: the tier's), for `purpose`."""

    position: int
    offset_days: int
    channel: Channel | None
    purpose: Purpose


@dataclass(frozen=True, slots=True)
class SequenceRule:
    code: str
    steps: tuple[StepRule, ...]


@dataclass(frozen=True, slots=True)
class PlannedStep:
    """A new sequence touch: due `base_due` (the planner moves it off a non-working day
    where it must), with the reason that names the sequence, the step and the event."""

    client_id: int
    sequence_code: str
    step: int
    channel: Channel
    purpose: Purpose
    base_due: date
    reason: Reason


def sequence_steps(
    client: ClientState,
    tier: TierRule,
    sequences: Sequence[SequenceRule],
    event_day: date,
    calendar: WorkingCalendar,
) -> list[PlannedStep]:
    """Every step of `sequences` for `client`, started by an event on `event_day`."""
    fallback = choose_channel(tier, client, 0)
    steps: list[PlannedStep] = []
    for seq in sequences:
        for step in seq.steps:
            channel = step.channel
            if channel is None or not any(
                c.channel is channel and c.consent for c in client.contacts
            ):
                if fallback is None:
                    continue
                channel = fallback[0]
            base_due = (
                shift_working_days(calendar, event_day, step.offset_days)
                if step.offset_days
                else event_day
            )
            reason = Reason(
                "sequence",
                (
                    ("code", seq.code),
                    ("step", str(step.position + 1)),
                    ("event", event_day.isoformat()),
                    ("offset", str(step.offset_days)),
                ),
            )
            steps.append(
                PlannedStep(
                    client.id, seq.code, step.position, channel, step.purpose, base_due, reason
                )
            )
    return steps


def shift_working_days(calendar: WorkingCalendar, day: date, offset: int) -> date:
    """`offset` working days after `day` (before it, for a negative offset)."""
    if offset >= 0:
        return calendar.add_working_days(day, offset)
    d = day
    left = -offset
    while left:
        d -= timedelta(days=1)
        if calendar.is_working(d):
            left -= 1
    return d
