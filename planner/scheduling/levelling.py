"""Capacity levelling: at most `capacity[channel]` touches per channel and day.

Days are processed in increasing order, all channels together (a client's touches on
different channels keep their gap). On each day the fixed (pinned) touches take their
seats first, then the movable ones by priority; the overflow is carried to the next
working day within the tier's slip, and what cannot be carried goes back to its own day
flagged overbooked. Moves only ever go later.

The levelling order (`_Leveller.key`, also the stored `touch.rank`, see `rank`): tier
priority, then days overdue (an earlier calendar due first), then churn risk, then
client value, then a stable tie-break (client id, kind, base due, id).

The backlog is planned, not piled: overdue touches are placed from today (placing.py)
and take part here like every other touch. A touch whose calendar due has already
passed may be carried up to BACKLOG_DAYS working days (its slip counts from today),
so that a full day passes the rest forward with a "carried over" reason instead of
flagging it; "overbooked" then means no day within that reach had a seat.

Channel switch (DESIGN.md section 4, issue 8 Deliver 3): where a live channel (call,
meeting, video) is full on a day and the touch's tier also works over an asynchronous
channel the client has consent for, the touch that found no seat goes over that
channel on the same day, if it has a seat there, instead of waiting ("channel
switched" reason), see `_switch_to`.
"""

from __future__ import annotations

import heapq
from collections.abc import Mapping
from datetime import date

from planner.scheduling import reasons as R
from planner.scheduling.cadence import CHANNEL_ORDER
from planner.scheduling.calendar import ONE_DAY, WorkingCalendar
from planner.scheduling.items import PRECEDENCE, Item
from planner.vocabulary import LIVE_CHANNELS, Channel, Purpose, TouchKind

_CHANNEL_RANK = {c: n for n, c in enumerate(CHANNEL_ORDER)}

PriorityKey = tuple[int, date, int, int, int, int, date, int]

BACKLOG_DAYS = 60  # working days a late touch may be carried forward


def level(
    groups: list[list[Item]],
    capacity: Mapping[Channel, int],
    cal: WorkingCalendar,
    today: date,
    gap: int,
    base_load: Mapping[tuple[Channel, date], int] | None = None,
) -> None:
    """Level all items in place (their `day`, `overbooked` and reasons change).

    `base_load` is what other clients, not planned in this call, already use of a
    channel's capacity on a day: it takes seats before any item."""
    caps = {ch: max(0, n) for ch, n in capacity.items()}
    if not caps:
        return
    buckets: dict[date, list[Item]] = {}
    for group in groups:
        for item in group:
            if item.channel in caps:
                day = today if item.overdue else item.day
                if day >= today:
                    bucket = buckets.get(day)
                    if bucket is None:
                        buckets[day] = [item]
                    else:
                        bucket.append(item)
    heap = list(buckets)
    heapq.heapify(heap)
    leveller = _Leveller(cal, today, gap)
    while heap:
        day = heapq.heappop(heap)
        todays = buckets.pop(day)
        by_channel: dict[Channel, list[Item]] = {}
        for item in todays:
            by_channel.setdefault(item.channel, []).append(item)
        switched: dict[Channel, int] = {}  # seats taken today by switched touches
        full: set[Channel] = set()  # channels a switch found full today (they stay full)
        for channel in sorted(by_channel, key=_CHANNEL_RANK.__getitem__):
            candidates = by_channel[channel]
            cap = caps[channel]
            room = cap - base_load.get((channel, day), 0) if base_load else cap
            room -= switched.get(channel, 0)
            if len(candidates) <= room:
                for item in candidates:
                    item.state = 1
                leveller.forget_all(candidates)
                continue
            fixed = sorted((i for i in candidates if i.fixed), key=leveller.key_once)
            movable = sorted((i for i in candidates if not i.fixed), key=leveller.key)
            for item in fixed:
                item.state = 1
                if room > 0:
                    room -= 1
                else:
                    item.overbooked = True
                    item.reasons.append(R.overbooked(channel, cap))
            for item in movable:
                if room > 0:
                    room -= 1
                    item.state = 1
                    leveller.forget(item)
                    continue
                new = _switch_to(item, day, caps, base_load, by_channel, switched, full)
                if new is not None:
                    item.reasons.append(R.channel_switched(channel, new, day))
                    item.channel = new
                    item.needs_window = False
                    item.state = 1
                    leveller.forget(item)
                    switched[new] = switched.get(new, 0) + 1
                    continue
                target = leveller.carry(item, day)
                if target is None:
                    item.day = item.placed
                    item.overbooked = True
                    item.state = 1
                    leveller.forget(item)
                    item.reasons.append(R.overbooked(channel, cap))
                    continue
                item.day = target
                bucket = buckets.get(target)
                if bucket is None:
                    buckets[target] = [item]
                    heapq.heappush(heap, target)
                else:
                    bucket.append(item)
    for group in groups:
        for item in group:
            if item.day != item.placed and not item.fixed:
                # a carried touch that found no seat went back and is flagged instead
                item.reasons.append(R.capacity(item.placed, item.channel))


def _switch_to(
    item: Item,
    day: date,
    caps: Mapping[Channel, int],
    base_load: Mapping[tuple[Channel, date], int] | None,
    by_channel: Mapping[Channel, list[Item]],
    switched: Mapping[Channel, int],
    full: set[Channel],
) -> Channel | None:
    """The asynchronous channel a touch that found no seat on its full live channel
    goes over instead of waiting, or None.

    Only a touch that levelling would carry (so the lowest in the levelling order on
    that day), of a tier whose channels include an asynchronous one the client has
    consent for, and only when that channel surely has a seat on the same day (its
    capacity less the others' load, its own candidates and earlier switches). A retry
    keeps its channel (it repeats the unanswered attempt); a pinned touch never moves.
    The day does not change, so the client's gap holds as it was. `full`: the channels
    found full on this day so far (what uses a seat only grows during the day), which
    are not looked at again."""
    if item.channel not in LIVE_CHANNELS or item.kind is TouchKind.RETRY or item.pinned:
        return None
    consenting: list[Channel] | None = None
    for new in item.tier.channels:
        if new in LIVE_CHANNELS or new in full:
            continue
        if consenting is None:
            consenting = [c.channel for c in item.client.contacts if c.consent]
        if new not in consenting:
            continue
        cap = caps.get(new)
        if cap is None:
            return new  # no capacity set: unlimited
        used = base_load.get((new, day), 0) if base_load else 0
        used += len(by_channel.get(new, ())) + switched.get(new, 0)
        if used < cap:
            return new
        full.add(new)
    return None


class _Leveller:
    __slots__ = ("_keys", "cal", "gap", "today")

    def __init__(self, cal: WorkingCalendar, today: date, gap: int) -> None:
        self.cal = cal
        self.today = today
        self.gap = gap
        # An item's key does not change while it is levelled (only its day does), and an
        # item carried day after day is sorted again on each: worked out once, by id.
        self._keys: dict[int, PriorityKey] = {}

    def key(self, item: Item) -> PriorityKey:
        """Tier priority first, then more late first (days overdue, or carried: also by
        earlier re-plans), at risk, value, and a stable tie-break. Kept until `forget`:
        only touches still being carried are sorted again, so a seated one's key goes
        (a 100,000-row import levels 400,000 touches; keeping every key cost 50 MB)."""
        found = self._keys.get(id(item))
        if found is None:
            found = self._keys[id(item)] = self._key(item)
        return found

    def key_once(self, item: Item) -> PriorityKey:
        """The key of a touch that takes its seat today whatever happens (a pinned one)."""
        return self._keys.pop(id(item), None) or self._key(item)

    def forget(self, item: Item) -> None:
        """The touch has its place: its key is not asked for again."""
        self._keys.pop(id(item), None)

    def forget_all(self, items: list[Item]) -> None:
        if self._keys:  # carried touches that found room on a day with room for all
            for item in items:
                self._keys.pop(id(item), None)

    def _key(self, item: Item) -> PriorityKey:
        late_from = item.cdue if item.fixed or item.cdue < self.today else item.placed
        client = item.client
        return (
            item.tier.priority,
            late_from,
            0 if client.at_risk else 1,
            -client.value,
            client.id,
            PRECEDENCE[item.kind],
            item.base_due,
            item.order,
        )

    def carry(self, item: Item, day: date) -> date | None:
        """The next working day after `day` the item may go to, or None: within the
        tier's slip from its calendar due, inside working hours for a live channel,
        and `gap` days from the client's other touches (where they stand now and, while
        they are being carried, where they would go back to)."""
        cal = self.cal
        limit = item.limit
        if limit is None:
            if item.purpose is Purpose.BIRTHDAY:
                limit = item.cdue  # a greeting is on its day or not at all
            elif item.cdue < self.today:
                slip = max(BACKLOG_DAYS, item.tier.slip_days)
                limit = cal.add_working_days(self.today, slip)
            else:
                limit = cal.add_working_days(item.cdue, max(0, item.tier.slip_days))
            item.limit = limit
        tz = item.client.timezone
        target = cal.next_working(day + ONE_DAY)
        while target <= limit:
            if (not item.needs_window or cal.live_window(target, tz) is not None) and (
                item.peers is None or self._gap_ok(item, target)
            ):
                return target
            target = cal.next_working(target + ONE_DAY)
        return None

    def _gap_ok(self, item: Item, target: date) -> bool:
        gap = self.gap
        if not gap or item.peers is None:
            return True
        today = self.today
        for peer in item.peers:
            if peer is item:
                continue
            pos = today if peer.overdue else peer.day
            if abs((target - pos).days) < gap:
                return False
            in_flight = peer.state == 0 and peer.day != peer.placed
            if in_flight and abs((target - peer.placed).days) < gap:
                return False
        return True
