"""One client's desired open touches: which touches, which channel, which day.

Everything here works on `Item`, a mutable working record, so that placing and
levelling a whole book does not build and rebuild frozen records in hot loops; the
planner turns items into `PlannedTouch` once, at the end.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from datetime import date, timedelta

from planner.scheduling import reasons as R
from planner.scheduling.cadence import (
    add_interval,
    count_rotation,
    fallback_after,
    first_async,
    first_consenting,
    last_reached,
    pick_channel,
)
from planner.scheduling.calendar import LIVE_SEARCH_DAYS, ONE_DAY, WorkingCalendar
from planner.scheduling.types import (
    ClientState,
    OpenTouch,
    PlannedTouch,
    PlanSettings,
    Reason,
    TierRule,
)
from planner.vocabulary import LIVE_CHANNELS, Channel, Purpose, TouchKind

# Who yields to whom when a client's touches are kept apart (lower goes first).
PRECEDENCE = {TouchKind.MANUAL: 0, TouchKind.SEQUENCE: 1, TouchKind.RETRY: 2, TouchKind.CADENCE: 3}
NEW_ORDER = 1 << 62  # new touches (no id yet) sort after existing ones


@dataclass(frozen=True, slots=True)
class PendingStep:
    """A sequence step the service is about to add (not in the book yet).

    `base_due` is computed by the service (add_working_days(event_day, offset); a
    birthday greeting's base is the birthday itself).
    """

    sequence_code: str
    step: int
    channel: Channel
    purpose: Purpose
    base_due: date
    event_day: date | None = None


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
        self.peers: list[Item] | None = None  # the client's items, when it has several
        self.state = 0  # levelling: 0 not seated yet, 1 seated
        self.stored: date | None = None  # its due in the book, when it is an open touch

    def position(self, today: date) -> date:
        """Where the gap rule sees it: an overdue touch stands on today."""
        return today if self.overdue else self.day


class Planner:
    """The per-book context of one planning run (calendar, settings, today)."""

    __slots__ = ("_cadence_cache", "birthday_ok", "cal", "gap", "horizon", "settings", "today")

    def __init__(self, cal: WorkingCalendar, settings: PlanSettings, today: date) -> None:
        self.cal = cal
        self.settings = settings
        self.today = today
        self.gap = max(0, settings.gap_days)
        self.horizon = max(31, settings.horizon_days)
        self.birthday_ok = settings.birthday_on_weekend
        self._cadence_cache: dict[tuple[str, date, str], tuple[date, Reason]] = {}

    # -- which touches ----------------------------------------------------------------

    def client_items(
        self, client: ClientState, tier: TierRule, pending: Sequence[PendingStep] = ()
    ) -> list[Item]:
        """The client's desired open touches, placed by calendar, hours and gap."""
        if not client.active:
            return []
        consenting = frozenset([c.channel for c in client.contacts if c.consent])
        if not consenting:
            return []  # unreachable: the service shows it, no touch is planned
        history = client.history
        last_done = history[-1].day if history else None  # oldest first (types.py)
        opens = client.open
        items: list[Item] = []
        reuse: OpenTouch | None = None
        slot_filled = False
        if len(opens) == 1 and opens[0].kind is TouchKind.CADENCE and not opens[0].pinned:
            reuse = opens[0]  # the common case, kept cheap
        elif opens:
            reuse, slot_filled = self._open_items(client, tier, consenting, items)
        if pending:
            self._pending_items(client, tier, consenting, items, pending)
        if not slot_filled:
            cadence = self._cadence(client, tier, consenting, reuse)
            if cadence is not None:
                items.append(cadence)
        tz = client.timezone
        for item in items:
            if not item.pinned:
                self.schedule(item, tz, consenting)
        if len(items) == 1:
            if last_done is not None and not items[0].fixed:
                self._place(items[0], last_done, [])
        elif items:
            self._keep_apart(items, last_done)
            for item in items:
                item.peers = items
        return items

    def _open_items(
        self,
        client: ClientState,
        tier: TierRule,
        consenting: frozenset[Channel],
        items: list[Item],
    ) -> tuple[OpenTouch | None, bool]:
        """Items for the open touches that stay; returns (the cadence touch whose id a
        recomputed cadence reuses, whether a retry or pinned cadence fills the slot).

        The cadence slot is one open retry (the latest), else a pinned cadence touch,
        else the recomputed cadence. Pinned extras stay; other extras are dropped."""
        opens = client.open
        slot_filled = False
        retries = [o for o in opens if o.kind is TouchKind.RETRY]
        if retries:
            main = max(retries, key=lambda o: (o.base_due, o.id))
            for o in retries:
                if o is main or o.pinned:
                    item = self._from_open(client, tier, o, consenting)
                    if item is not None:
                        items.append(item)
                        slot_filled = slot_filled or o is main
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

    def _pending_items(
        self,
        client: ClientState,
        tier: TierRule,
        consenting: frozenset[Channel],
        items: list[Item],
        pending: Sequence[PendingStep],
    ) -> None:
        """New sequence steps; a step already open (same code and step) is not doubled."""
        existing = {(o.sequence_code, o.step) for o in client.open if o.kind is TouchKind.SEQUENCE}
        for n, p in enumerate(pending):
            if (p.sequence_code, p.step) in existing:
                continue
            existing.add((p.sequence_code, p.step))
            channel = p.channel
            reasons = [R.sequence(p.sequence_code, p.step, p.base_due, p.event_day)]
            if channel not in consenting:
                new = first_consenting(tier.channels, consenting)
                if new is None:
                    continue
                reasons.append(R.channel_reason(R.NO_CONSENT, channel))
                reasons.append(R.channel_reason(R.FALLBACK_CHANNEL, new))
                channel = new
            item = Item(client, tier, None, TouchKind.SEQUENCE, channel, p.purpose, p.base_due, [])
            item.reasons = reasons
            item.sequence_code = p.sequence_code
            item.step = p.step
            item.order = NEW_ORDER + n
            items.append(item)

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
        rotation = 0
        if len(tier.channels) > 1:
            rotation = client.rotation if client.rotation is not None else count_rotation(history)
        if reached is not None:
            anchor, since = reached, R.LAST_REACHED
        else:
            anchor, since = client.created_on, R.CREATED
        chosen = pick_channel(tier, client.contacts, consenting, rotation)
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

    def _from_open(
        self, client: ClientState, tier: TierRule, o: OpenTouch, consenting: frozenset[Channel]
    ) -> Item | None:
        channel = o.channel
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
        if o.pinned:
            first = R.pinned(o.kind, o.due)
        elif o.kind is TouchKind.RETRY:
            first = R.retry(attempt, tier.retry_limit)
        elif o.kind is TouchKind.SEQUENCE:
            first = R.sequence(o.sequence_code, o.step, o.base_due, None)
        else:  # a non-pinned cadence touch never gets here: it is recomputed
            first = R.MANUAL_REASON
        item = Item(
            client,
            tier,
            o.id,
            o.kind,
            channel,
            o.purpose,
            o.base_due,
            [first, *steps],
            attempt,
            o.pinned,
            o.sequence_code,
            o.step,
        )
        if o.pinned:
            item.fixed = True
            item.overdue = o.due < self.today
            item.cdue = item.start = item.placed = item.day = o.due
        else:
            item.stored = o.due
        return item

    # -- which day --------------------------------------------------------------------

    def schedule(self, item: Item, tz: str | None, consenting: frozenset[Channel]) -> None:
        """Overdue check, working calendar and working hours for a non-pinned touch.

        An existing touch is overdue when its stored due has passed (a touch that
        levelling moved to Wednesday is not overdue on Tuesday); a new one when its
        base due has passed. Overdue touches keep their day.
        """
        today = self.today
        cal = self.cal
        base = item.base_due
        stored_due = item.stored
        if stored_due is not None:
            overdue, late_day = stored_due < today, stored_due
        else:
            overdue, late_day = base < today, base
        if overdue:
            item.fixed = item.overdue = True
            item.cdue = item.start = item.placed = item.day = late_day
            if item.channel in LIVE_CHANNELS:
                self._live(item, cal.next_working(today), tz, consenting, move=False)
            return
        if (
            self.birthday_ok
            and item.purpose is Purpose.BIRTHDAY
            and item.channel not in LIVE_CHANNELS
            and base >= today
        ):
            cdue = base
            if not cal.is_working(base):
                item.bday = base
                item.reasons.append(R.birthday_on_day(base))
        else:
            cdue, moves = cal.settle(base)
            if moves:
                item.reasons.extend(moves)
        item.cdue = cdue
        start = cdue
        if cdue < today:  # its calendar due passed while levelling held it back
            item.reasons.append(R.moved_from(R.CARRIED, cdue))
            start = cal.next_working(today)
        if item.channel in LIVE_CHANNELS:
            start = self._live(item, start, tz, consenting, move=True)
            if cdue >= today:
                item.cdue = start
        item.start = item.placed = item.day = start

    def _live(
        self, item: Item, start: date, tz: str | None, consenting: frozenset[Channel], move: bool
    ) -> date:
        """A live touch needs common working hours: the first working day with them
        (up to LIVE_SEARCH_DAYS), else an asynchronous channel."""
        day = self.cal.first_live_day(start, tz, LIVE_SEARCH_DAYS)
        if day is not None:
            item.needs_window = True
            if day != start and move:
                item.reasons.append(R.moved_from(R.NO_COMMON_HOURS, start))
                return day
            return start
        new = first_async(item.tier, consenting)
        if new is not None:
            item.reasons.append(R.channel_reason(R.NO_COMMON_HOURS, item.channel))
            item.reasons.append(R.channel_reason(R.FALLBACK_CHANNEL, new))
            item.channel = new
        return start

    def _keep_apart(self, items: list[Item], last_done: date | None) -> None:
        """The minimum gap: fixed touches first, then by precedence, base due and id;
        each takes the first acceptable day >= its start that is `gap` days from all
        touches placed before it (and, unless a retry, from the last done touch)."""
        today = self.today
        taken = [i.position(today) for i in items if i.fixed]
        movable = [i for i in items if not i.fixed]
        movable.sort(key=lambda i: (PRECEDENCE[i.kind], i.base_due, i.order))
        for item in movable:
            taken.append(self._place(item, last_done, taken))

    def _place(self, item: Item, last_done: date | None, taken: list[date]) -> date:
        """Place one movable item by the gap rule and record why it moved."""
        start = item.start
        lower = start
        apart: date | None = None
        if last_done is not None and self.gap and item.kind is not TouchKind.RETRY:
            floor = last_done + timedelta(days=self.gap)
            if floor > start:
                lower, apart = floor, last_done
        if apart is None and not taken:
            return start
        day, hit = self._first_free(item, lower, taken)
        apart = hit or apart
        if day != start and apart is not None:
            item.reasons.append(R.gap(start, apart))
        item.placed = item.day = day
        return day

    def _first_free(self, item: Item, lower: date, taken: list[date]) -> tuple[date, date | None]:
        """First day >= lower that is acceptable for the item and `gap` from all `taken`.
        Past the horizon, working hours are given up (the gap and working days never)."""
        gap = self.gap
        gap_delta = timedelta(days=gap)
        cal = self.cal
        tz = item.client.timezone
        apart: date | None = None
        use_window = item.needs_window
        day = lower
        steps = 0
        while True:
            steps += 1
            if steps > self.horizon and use_window:
                use_window, day, steps = False, lower, 0
            if gap:
                clash: date | None = None
                for p in taken:
                    if abs((day - p).days) < gap and (clash is None or p > clash):
                        clash = p
                if clash is not None:
                    apart = clash
                    day = clash + gap_delta
                    continue
            if not cal.is_working(day) and day != item.bday:
                day = cal.next_working(day)
                continue
            if use_window and cal.live_window(day, tz) is None:
                day += ONE_DAY
                continue
            return day, apart

    # -- output -----------------------------------------------------------------------

    def to_planned(self, item: Item) -> PlannedTouch:
        start = end = None
        if item.channel in LIVE_CHANNELS:
            window = self.cal.live_window(item.day, item.client.timezone)
            if window is not None:
                start, end = window
        return PlannedTouch(
            item.id,
            item.client.id,
            item.kind,
            item.channel,
            item.purpose,
            item.base_due,
            item.day,
            start,
            end,
            item.overbooked,
            tuple(item.reasons),
            item.attempt,
            item.pinned,
            item.sequence_code,
            item.step,
        )


def _output_key(item: Item) -> tuple[date, int, date, int]:
    return (item.day, PRECEDENCE[item.kind], item.base_due, item.order)
