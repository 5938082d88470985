"""Which touches a client should have open, and over which channel (DESIGN.md §4):
one cadence-or-retry touch, the kept event and pinned touches, new sequence steps."""

from __future__ import annotations

from datetime import date

from planner.scheduling import reasons as R
from planner.scheduling.cadence import (
    add_interval,
    count_rotation,
    fallback_after,
    first_consenting,
    last_reached,
    pick_channel,
)
from planner.scheduling.calendar import WorkingCalendar
from planner.scheduling.items import Item
from planner.scheduling.placing import Placer
from planner.scheduling.types import (
    ClientState,
    ContactInfo,
    OpenTouch,
    PlanSettings,
    Reason,
    TierRule,
)
from planner.vocabulary import Channel, Outcome, Purpose, TouchKind

Contacts = tuple[ContactInfo, ...]
Chosen = tuple[Channel, tuple[Reason, ...]] | None


class Planner(Placer):
    """One planning run: which touches (here) placed by the day rules (`Placer`)."""

    __slots__ = ("_cadence_cache", "_channels", "_consenting")

    def __init__(self, cal: WorkingCalendar, settings: PlanSettings, today: date) -> None:
        super().__init__(cal, settings, today)
        self._cadence_cache: dict[tuple[str, date, str], tuple[date, Reason]] = {}
        # Channel answers per contacts tuple, by identity: the service shares one tuple
        # among all clients with the same contact points, and hashing it would cost more
        # than the answer. Each entry holds its key objects, so no id is reused meanwhile.
        self._consenting: dict[int, tuple[Contacts, frozenset[Channel]]] = {}
        self._channels: dict[tuple[int, int, int], tuple[Contacts, TierRule, Chosen]] = {}

    # -- which touches ----------------------------------------------------------------

    def client_items(self, client: ClientState, tier: TierRule) -> list[Item]:
        """The client's desired open touches, placed by calendar, hours and gap."""
        if not client.active:
            return []
        consenting = self._consenting_of(client.contacts)
        if not consenting:
            return []  # unreachable: the service shows it, no touch is planned
        history = client.history
        last_done = history[-1].day if history else None  # oldest first (types.py)
        # only a retry after "no answer" (the client was not disturbed) keeps the retry
        # delay alone; after "left a message", a stop or a reschedule the gap holds
        quiet = bool(history) and history[-1].outcome is Outcome.NO_ANSWER
        opens = client.open
        items: list[Item] = []
        reuse: OpenTouch | None = None
        slot_filled = False
        if len(opens) == 1 and opens[0].kind is TouchKind.CADENCE and not opens[0].pinned:
            reuse = opens[0]  # the common case, kept cheap
        elif opens:
            reuse, slot_filled = self._open_items(client, tier, consenting, items)
        if not slot_filled:
            cadence = self._cadence(client, tier, consenting, reuse)
            if cadence is not None:
                items.append(cadence)
        tz = client.timezone
        today = self.today
        for item in items:
            if not item.pinned:
                self.schedule(item, tz, consenting)
        if any(_late_greeting(i, today) for i in items):
            # a greeting whose day has passed is not sent days later: it is dropped
            items = [i for i in items if not _late_greeting(i, today)]
        if len(items) == 1:
            if last_done is not None and not items[0].fixed:
                self._place(items[0], last_done, [], quiet)
        elif items:
            self._keep_apart(items, last_done, quiet)
            for item in items:
                item.peers = items
        return items

    def _consenting_of(self, contacts: Contacts) -> frozenset[Channel]:
        known = self._consenting.get(id(contacts))
        if known is None:
            known = (contacts, frozenset([c.channel for c in contacts if c.consent]))
            self._consenting[id(contacts)] = known
        return known[1]

    def _open_items(
        self,
        client: ClientState,
        tier: TierRule,
        consenting: frozenset[Channel],
        items: list[Item],
    ) -> tuple[OpenTouch | None, bool]:
        """Items for the open touches that stay; returns (the cadence touch whose id a
        recomputed cadence reuses, whether a retry or pinned cadence fills the slot).

        The cadence slot is the open retries kept (the latest unpinned one and the pinned
        ones), else a pinned cadence touch, else the recomputed cadence, so that the stored
        plan, re-planned, asks for the same slot (a fixed point). Pinned extras stay;
        other extras are dropped."""
        opens = client.open
        slot_filled = False
        retries = [o for o in opens if o.kind is TouchKind.RETRY]
        if retries:
            # the latest retry the planner owns (pinned ones stay anyway, and a late
            # pinned one's base due is rewritten to today, which must not change this)
            owned = [o for o in retries if not o.pinned]
            main = max(owned, key=lambda o: (o.base_due, o.id)) if owned else None
            for o in retries:
                if o is main or o.pinned:
                    item = self._from_open(client, tier, o, consenting)
                    if item is not None:
                        items.append(item)
                        slot_filled = True  # also a kept pinned retry, when main is not
        reuse: OpenTouch | None = None
        for o in opens:
            kind = o.kind
            if kind is TouchKind.CADENCE:
                if o.pinned:
                    item = self._from_open(client, tier, o, consenting)
                    if item is not None:
                        items.append(item)
                        slot_filled = True
                elif reuse is None or o.id < reuse.id:
                    reuse = o
            elif kind is not TouchKind.RETRY:
                item = self._from_open(client, tier, o, consenting)
                if item is not None:
                    items.append(item)
        return reuse, slot_filled

    def _cadence(
        self,
        client: ClientState,
        tier: TierRule,
        consenting: frozenset[Channel],
        reuse: OpenTouch | None,
    ) -> Item | None:
        """The recomputed cadence touch (reusing an open cadence touch's id)."""
        history = client.history
        reached = last_reached(history)
        last = history[-1] if history else None
        rotation = 0
        if len(tier.channels) > 1:
            rotation = client.rotation if client.rotation is not None else count_rotation(history)
            rotation %= len(tier.channels)  # all that the channel depends on
        if last is not None and (reached is None or last.day > reached):
            # after a failed, rescheduled or stopped attempt the cadence counts from it
            anchor, since = last.day, R.LAST_ATTEMPT
        elif reached is not None:
            anchor, since = reached, R.LAST_REACHED
        else:
            anchor, since = client.created_on, R.CREATED
        contacts = client.contacts
        picked = self._channels.get((id(contacts), id(tier), rotation))
        if picked is None:
            chosen = pick_channel(tier, contacts, consenting, rotation)
            self._channels[(id(contacts), id(tier), rotation)] = (contacts, tier, chosen)
        else:
            chosen = picked[2]
        if chosen is None:
            return None
        channel, steps = chosen
        key = (tier.code, anchor, since)
        hit = self._cadence_cache.get(key)
        if hit is None:
            unit, count = tier.interval_unit, tier.interval_count
            hit = (
                add_interval(anchor, unit, count),
                R.cadence(tier.code, count, unit, anchor, since),
            )
            self._cadence_cache[key] = hit
        base, first = hit
        reasons = [first, *steps] if steps else [first]
        if reuse is None:
            return Item(
                client, tier, None, TouchKind.CADENCE, channel, Purpose.CHECK_IN, base, reasons
            )
        item = Item(
            client, tier, reuse.id, TouchKind.CADENCE, channel, reuse.purpose, base, reasons
        )
        if reuse.base_due == base:
            item.stored = reuse.due
        return item

    def _retry_gap(self, client: ClientState, tier: TierRule, o: OpenTouch) -> list[Reason]:
        """A retry that waits past the retry delay after the last attempt was held back
        by the gap (the attempt left a message, plan.plan_after_outcome): say so again."""
        history = client.history
        if not history or o.pinned:
            return []
        last = history[-1].day
        delayed = self.cal.add_working_days(last, max(0, tier.retry_delay_days))
        if o.base_due > delayed and o.base_due == self.cal.next_working(last + self.gap_delta):
            return [R.gap(delayed, last)]
        return []

    def _from_open(
        self, client: ClientState, tier: TierRule, o: OpenTouch, consenting: frozenset[Channel]
    ) -> Item | None:
        channel = o.asked_channel or o.channel  # a replacement is made again (types.py)
        attempt = o.attempt
        steps: list[Reason] = []
        if channel not in consenting:
            steps.append(R.channel_reason(R.NO_CONSENT, channel))
            if o.kind is TouchKind.RETRY and not o.pinned:
                # like the retry limit: the next channel of the tier, a fresh attempt
                new = fallback_after(tier, consenting, channel)
                attempt = 0
            else:
                new = first_consenting(tier.channels, consenting)
            if new is None:
                return None
            channel = new
            steps.append(R.channel_reason(R.FALLBACK_CHANNEL, channel))
        late_from = o.due if o.late_from is None else min(o.late_from, o.due)
        late = o.pinned and late_from < self.today
        base_due = o.base_due
        due = o.due
        if o.pinned and not late and not self.cal.is_working(due):
            # a day set by hand (a move, the client's request) that is, or became, a
            # weekend, a holiday or a day off: the next working day, still pinned (a
            # hand move's base due follows it, or it would read as rescheduled). Its
            # reason names the day it has now: the next re-plan reads only that day,
            # and a re-plan of an unchanged book writes the same touches
            due = self.cal.next_working(due)
            if base_due == o.due:
                base_due = due
        if late:  # a pinned touch left undone: planned again from today, still pinned
            base_due = self.cal.next_working(self.today)
            first = R.pinned(o.kind, base_due)
            steps.append(R.moved_from(R.CARRIED, late_from))
        elif o.pinned and base_due != due:
            first = R.rescheduled(base_due, due)
        elif o.pinned:
            first = R.pinned(o.kind, due)
        elif o.kind is TouchKind.RETRY and attempt == 0:
            first = R.fallback(channel, tier.retry_limit)
            steps.extend(self._retry_gap(client, tier, o))
        elif o.kind is TouchKind.RETRY:
            first = R.retry(attempt, tier.retry_limit)
            steps.extend(self._retry_gap(client, tier, o))
        elif o.kind is TouchKind.SEQUENCE:
            first = o.step_reason or R.sequence(o.sequence_code, o.step, o.base_due, None)
        else:  # a non-pinned cadence touch never gets here: it is recomputed
            first = R.MANUAL_REASON
        item = Item(
            client,
            tier,
            o.id,
            o.kind,
            channel,
            o.purpose,
            base_due,
            [first, *steps],
            attempt,
            o.pinned,
            o.sequence_code,
            o.step,
        )
        if o.pinned:
            item.fixed = True
            day = base_due if late else due
            item.cdue = item.start = item.placed = item.day = day
        else:
            item.stored = o.due
        return item


def _late_greeting(item: Item, today: date) -> bool:
    """A birthday greeting whose birthday and planned day have both passed, or whose
    working day before the birthday passed before it was planned there (a call is not
    made days after the birthday)."""
    return (
        item.purpose is Purpose.BIRTHDAY
        and item.kind is TouchKind.SEQUENCE
        and not item.pinned
        and (
            item.missed or (item.base_due < today and (item.stored is None or item.stored < today))
        )
    )
