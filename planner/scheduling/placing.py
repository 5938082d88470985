"""Which day: overdue touches, the working calendar, working hours and the minimum gap
for one client's touches (capacity levelling comes after, in `levelling`)."""

from __future__ import annotations

from datetime import date, timedelta

from planner.scheduling import reasons as R
from planner.scheduling.cadence import first_async
from planner.scheduling.calendar import LIVE_SEARCH_DAYS, ONE_DAY, WorkingCalendar
from planner.scheduling.items import PRECEDENCE, Item, rank
from planner.scheduling.types import PlannedTouch, PlanSettings
from planner.vocabulary import LIVE_CHANNELS, Channel, Purpose, TouchKind


class Placer:
    """The per-run context (calendar, settings, today) and the day rules."""

    __slots__ = ("birthday_ok", "cal", "gap", "gap_delta", "horizon", "settings", "today")

    def __init__(self, cal: WorkingCalendar, settings: PlanSettings, today: date) -> None:
        self.cal = cal
        self.settings = settings
        self.today = today
        self.gap = max(0, settings.gap_days)
        self.gap_delta = timedelta(days=self.gap)
        self.horizon = max(31, settings.horizon_days)
        self.birthday_ok = settings.birthday_on_weekend

    # -- which day --------------------------------------------------------------------

    def schedule(self, item: Item, tz: str | None, consenting: frozenset[Channel]) -> None:
        """Overdue check, working calendar and working hours for a non-pinned touch.

        Never in the past: a touch whose base due has passed is planned again from
        today ("carried" from its base due), and keeps that day as `cdue` so that
        levelling knows how late it is. It then takes part in the gap rule and in
        levelling like every other touch. Only the base due counts, never the stored
        due: a re-plan of an unchanged book must give the same touches (a fixed point),
        and the stored due is only what the last re-plan made of it.

        A birthday greeting on a non-working day goes on the day itself (asynchronous
        channel, `birthday_on_weekend`) or on the working day before.
        """
        today = self.today
        cal = self.cal
        base = item.base_due
        if base < today:
            item.reasons.append(R.moved_from(R.CARRIED, base))
            start = cal.next_working(today)
            item.cdue = base
            if item.channel in LIVE_CHANNELS:
                start = self._live(item, start, tz, consenting, move=True)
            item.start = item.placed = item.day = start
            return
        if item.purpose is Purpose.BIRTHDAY and not cal.is_working(base):
            if self.birthday_ok and item.channel not in LIVE_CHANNELS:
                cdue = base
                item.bday = base
                item.reasons.append(R.birthday_on_day(base))
            else:
                cdue = cal.previous_working(base)
                if cdue < today:
                    # its working day before has passed (the book was not opened then):
                    # a greeting is not made days after the birthday, it is dropped
                    item.missed = True
                    cdue = cal.next_working(today)
                item.reasons.append(R.anchor(R.BIRTHDAY_BEFORE, base))
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
        # no common hours: an asynchronous channel, else the live one stays (nothing is
        # dropped) and says why it has no window
        item.reasons.append(R.channel_reason(R.NO_COMMON_HOURS, item.channel))
        new = first_async(item.tier, consenting)
        if new is not None:
            item.reasons.append(R.channel_reason(R.FALLBACK_CHANNEL, new))
            item.channel = new
        return start

    def _keep_apart(self, items: list[Item], last_done: date | None, quiet: bool = False) -> None:
        """The minimum gap: fixed touches first, then by precedence, base due and id;
        each takes the first acceptable day >= its start that is `gap` days from all
        touches placed before it (and, unless a quiet retry, from the last done touch)."""
        today = self.today
        taken = [i.position(today) for i in items if i.fixed]
        movable = [i for i in items if not i.fixed]
        # A birthday greeting has its day (the birthday or the working day before) and
        # goes first: a late touch, which has no day of its own, stands on today only
        # for the gap rule and would push the greeting past the birthday, every morning
        # again while levelling carries the late touch away (issue 8: a missed birthday).
        movable.sort(
            key=lambda i: (not _on_its_day(i, today), PRECEDENCE[i.kind], i.base_due, i.order)
        )
        for item in movable:
            taken.append(self._place(item, last_done, taken, quiet))

    def _place(
        self, item: Item, last_done: date | None, taken: list[date], quiet: bool = False
    ) -> date:
        """Place one movable item by the gap rule and record why it moved.

        The minimum gap (DESIGN.md section 4): no two touches of one client closer than
        `gap_days` calendar days, counted from the touches already placed and from the
        last done touch. A retry after "no answer" (`quiet`: the last attempt did not
        disturb the client) follows the tier's retry delay instead. A birthday greeting
        on its day is placed first and keeps that day (`_keep_greeting`).
        """
        start = item.start
        if _on_its_day(item, self.today):
            return self._keep_greeting(item, last_done, taken)
        lower = start
        apart: date | None = None
        if last_done is not None and self.gap and not (item.kind is TouchKind.RETRY and quiet):
            floor = last_done + self.gap_delta
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

    def _keep_greeting(self, item: Item, last_done: date | None, taken: list[date]) -> date:
        """A greeting has one day (the birthday, or the working day before): moved past
        it, it would come late, and dropped, the birthday would go ungreeted. It goes
        first among the client's movable touches, so every one of them keeps the gap
        from it; what stands before it can no longer move: a day the client asked for or
        one set by hand (pinned), and the last done touch. Against those the greeting
        keeps its day, and its reasons say so ("greeting-kept", with the nearest one)."""
        day = item.start
        if self.gap:
            near = [p for p in taken if abs((day - p).days) < self.gap]
            if last_done is not None and (day - last_done).days < self.gap:
                near.append(last_done)
            if near:
                item.reasons.append(
                    R.greeting_kept(day, min(near, key=lambda p: abs((day - p).days)))
                )
        return day

    def _first_free(self, item: Item, lower: date, taken: list[date]) -> tuple[date, date | None]:
        """First day >= lower that is acceptable for the item and `gap` from all `taken`.
        Past the horizon, working hours are given up (the gap and working days never)."""
        gap = self.gap
        gap_delta = self.gap_delta
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
            rank(item),
        )


def _on_its_day(item: Item, today: date) -> bool:
    """A birthday greeting whose day has not passed."""
    return item.purpose is Purpose.BIRTHDAY and item.cdue >= today and not item.missed
