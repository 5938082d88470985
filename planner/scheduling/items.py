"""The planner's working record: `Item` (a touch being planned).

Placing and levelling a whole book works on mutable items so that hot loops do not
build and rebuild frozen records; the planner turns items into `PlannedTouch` once,
at the end.
"""

from __future__ import annotations

from datetime import date

from planner.scheduling.types import ClientState, Reason, TierRule
from planner.vocabulary import Channel, Purpose, TouchKind

# Who yields to whom when a client's touches are kept apart (lower goes first).
PRECEDENCE = {TouchKind.MANUAL: 0, TouchKind.SEQUENCE: 1, TouchKind.RETRY: 2, TouchKind.CADENCE: 3}
NEW_ORDER = 1 << 62  # new touches (no id yet) sort after existing ones


class Item:
    """A touch being planned. `cdue` is the calendar-corrected due (slip and lateness
    count from it), `start` the first day placement may use, `placed` the day after the
    gap rule, `day` the current day (levelling moves it)."""

    __slots__ = (
        "attempt",
        "base_due",
        "bday",
        "cdue",
        "channel",
        "client",
        "day",
        "fixed",
        "id",
        "kind",
        "limit",
        "missed",
        "needs_window",
        "order",
        "overbooked",
        "overdue",
        "peers",
        "pinned",
        "placed",
        "purpose",
        "reasons",
        "sequence_code",
        "start",
        "state",
        "step",
        "stored",
        "tier",
    )

    def __init__(
        self,
        client: ClientState,
        tier: TierRule,
        ident: int | None,
        kind: TouchKind,
        channel: Channel,
        purpose: Purpose,
        base_due: date,
        reasons: list[Reason],
        attempt: int = 0,
        pinned: bool = False,
        sequence_code: str | None = None,
        step: int | None = None,
        order: int = NEW_ORDER,
    ) -> None:
        self.client = client
        self.tier = tier
        self.id = ident
        self.kind = kind
        self.channel = channel
        self.purpose = purpose
        self.base_due = base_due
        self.cdue = base_due
        self.start = base_due
        self.placed = base_due
        self.day = base_due
        self.reasons = reasons
        self.attempt = attempt
        self.pinned = pinned
        self.sequence_code = sequence_code
        self.step = step
        self.order = order if ident is None else ident
        self.fixed = False
        self.overdue = False
        self.overbooked = False
        self.needs_window = False
        self.bday: date | None = None  # the non-working birthday it may stay on
        self.missed = False  # a greeting whose day passed before it was planned there
        self.peers: list[Item] | None = None  # the client's items, when it has several
        self.state = 0  # levelling: 0 not seated yet, 1 seated
        self.limit: date | None = None  # levelling: the last day it may be carried to
        self.stored: date | None = None  # its due in the book, when it is an open touch

    def position(self, today: date) -> date:
        """Where the gap rule sees it: an overdue touch stands on today."""
        return today if self.overdue else self.day


def rank(item: Item) -> int:
    """The levelling order as one integer (smaller first), comparable across re-plans of
    different clients, stored in `touch.rank`: `status = 'planned' AND due <= today ORDER
    BY rank` is the Today order. Bits, most significant first: tier priority (7), not at
    risk (1), calendar due as a day number (20: earlier = more overdue first), value
    bucket (6: bigger first), client id (25), kind precedence (2)."""
    client = item.client
    priority = min(max(item.tier.priority, 0), 127)
    value_bucket = 63 - min(63, max(client.value, 0).bit_length())
    day = min(item.cdue.toordinal(), (1 << 20) - 1)
    r = (priority << 1) | (0 if client.at_risk else 1)
    r = (r << 20) | day
    r = (r << 6) | value_bucket
    r = (r << 25) | (client.id & ((1 << 25) - 1))
    return (r << 2) | PRECEDENCE[item.kind]
