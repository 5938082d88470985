"""A year of done touches per demo client, following the planner's own rules.

Cadence touches fall one tier interval after the last touch that reached the client
(or after a later failed attempt, as the planner counts), on working days; no answer
plans retries up to the tier's limit; an order starts the after-sale sequence; a birthday
gets a greeting. So the clients' `last_reached_on`, `last_done_on` and `reached_cadence`
agree with the rows, and a re-plan continues the story instead of contradicting it.
Hot loop: ordinals and shared strings, no ORM.
"""

from __future__ import annotations

import random
from bisect import bisect
from dataclasses import dataclass, field
from datetime import UTC, date, datetime, time, timedelta
from itertools import accumulate, count
from zoneinfo import ZoneInfo

import holidays

from planner.scheduling.cadence import add_interval
from planner.services.defaults import DEFAULT_TIERS
from planner.vocabulary import REACHING_OUTCOMES, Channel, IntervalUnit

HISTORY_DAYS = 365
GAP_DAYS = 2
SLOTS = 16  # half-hour slots of a working day, 09:00-16:30 in the salesperson's zone
LIVE = frozenset({"call", "meeting", "video"})
CHANNEL_ORDER = tuple(c.value for c in Channel)
REACHING = frozenset(o.value for o in REACHING_OUTCOMES)
TouchRow = tuple[object, ...]

# Outcomes by channel, as (outcome, weight): what a salesperson's log looks like.
_OUTCOMES: dict[str, tuple[tuple[str, float], ...]] = {
    "call": (("reached", 47), ("no-answer", 24), ("left-message", 8), ("meeting-set", 4),
             ("order", 9), ("not-interested", 4), ("complaint", 1.5), ("rescheduled", 2),
             ("do-not-contact", 0.3)),
    "meeting": (("reached", 55), ("order", 30), ("rescheduled", 6), ("not-interested", 6),
                ("complaint", 3)),
    "video": (("reached", 60), ("order", 18), ("no-answer", 12), ("not-interested", 8),
              ("complaint", 2)),
    "email": (("reached", 58), ("no-answer", 32), ("order", 6), ("not-interested", 3.5),
              ("do-not-contact", 0.5)),
    "letter": (("reached", 85), ("no-answer", 15)),
}  # fmt: skip
_MESSAGE = (("reached", 64), ("no-answer", 26), ("order", 6), ("not-interested", 3.5),
            ("do-not-contact", 0.5))  # fmt: skip
_ORDER_MAJOR = {"A": (2000, 40000), "B": (500, 8000), "C": (100, 2500), "D": (50, 600)}
AFTER_SALE = ((1, None, "thank-you"), (7, "call", "check-in"), (14, None, "price-list"))


@dataclass(frozen=True, slots=True)
class TierHistory:
    code: str
    unit: IntervalUnit
    count: int
    channels: tuple[str, ...]
    retry_delay: int
    retry_limit: int


TIERS = {
    t[0]: TierHistory(t[0], IntervalUnit(t[2]), t[3], tuple(t[4].split(",")), t[5], t[6])
    for t in DEFAULT_TIERS
}


@dataclass(slots=True)
class Summary:
    """What the history says about the client, for its row and contact points."""

    last_reached: int | None = None
    last_done: int | None = None
    last_outcome: str | None = None  # logged on `last_done` (the gap rule reads it)
    reached_cadence: int = 0
    value_minor: int = 0
    orders: list[int] = field(default_factory=list)
    refused: set[str] = field(default_factory=set)  # channels that said do-not-contact
    stopped: bool = False  # the client asked not to be contacted at all


class Days:
    """Working days, ISO strings and done-at stamps of the history's days, by ordinal."""

    def __init__(self, today: date, country: str, tz: str) -> None:
        first = today - timedelta(days=HISTORY_DAYS + 400)
        self.base = first.toordinal()
        self.today = today.toordinal()
        n = self.today - self.base + 60
        years = range(first.year, today.year + 2)
        off = set(holidays.country_holidays(country, years=years))
        zone = ZoneInfo(tz)
        self.iso: list[str] = []
        self.working: list[bool] = []
        self.stamps: list[list[str]] = []
        for i in range(n):
            d = first + timedelta(days=i)
            self.iso.append(d.isoformat())
            self.working.append(d.weekday() < 5 and d not in off)
            start = datetime.combine(d, time(9), tzinfo=zone).astimezone(UTC)
            self.stamps.append(
                [
                    (start + timedelta(minutes=30 * k)).strftime("%Y-%m-%d %H:%M:%S.000000")
                    for k in range(SLOTS)
                ]
            )
        self.next_working = [0] * n
        nxt = self.base + n
        for i in range(n - 1, -1, -1):
            if self.working[i]:
                nxt = self.base + i
            self.next_working[i] = nxt

    def settle(self, o: int) -> int:
        """The working day on or after ordinal `o`."""
        i = o - self.base
        return self.next_working[i] if 0 <= i < len(self.next_working) else o

    def add_working(self, o: int, n: int) -> int:
        o = self.settle(o)
        for _ in range(n):
            o = self.settle(o + 1)
        return o


class HistoryMaker:
    """Simulates one client at a time, appending done-touch rows to `rows`."""

    def __init__(self, days: Days, rnd: random.Random, notes: dict[str, list[str]]) -> None:
        self.days = days
        self.r = rnd
        self.notes = notes
        self.rows: list[TouchRow] = []
        self._outcomes = {
            ch: ([o for o, _ in ws], list(accumulate(w for _, w in ws)))
            for ch, ws in {
                **_OUTCOMES,
                **{m: _MESSAGE for m in ("sms", "whatsapp", "viber", "telegram")},
            }.items()
        }
        self._interval: dict[tuple[int, str], int] = {}
        self._reasons: dict[object, str] = {}
        t = days.today
        self.campaigns = [days.settle(t - d) for d in (290, 200, 110)]

    # --- small cached helpers -------------------------------------------------------------
    def _after(self, o: int, tier: TierHistory) -> int:
        key = (o, tier.code)
        hit = self._interval.get(key)
        if hit is None:
            hit = add_interval(date.fromordinal(o), tier.unit, tier.count).toordinal()
            self._interval[key] = hit
        return hit

    def _cadence_reason(self, tier: TierHistory, since: str, anchor: int) -> str:
        key = (tier.code, since, anchor)
        hit = self._reasons.get(key)
        if hit is None:
            hit = self._reasons[key] = (
                f'[["cadence", {{"tier": "{tier.code}", "count": "{tier.count}", "unit": '
                f'"{tier.unit.value}", "anchor": "{self.days.iso[anchor - self.days.base]}", '
                f'"since": "{since}"}}]]'
            )
        return hit

    def _event_reason(
        self,
        kind: str,
        seq: str | None,
        step: int | None,
        attempt: int,
        tier: TierHistory,
        base: int,
    ) -> str:
        key = (kind, seq, step, attempt, tier.retry_limit, base if kind == "sequence" else 0)
        hit = self._reasons.get(key)
        if hit is None:
            if kind == "retry":
                hit = f'[["retry", {{"attempt": "{attempt}", "of": "{tier.retry_limit}"}}]]'
            elif kind == "sequence":
                iso = self.days.iso[base - self.days.base]
                hit = f'[["sequence", {{"code": "{seq}", "step": "{step}", "base": "{iso}"}}]]'
            else:
                hit = '[["manual", {}]]'
            self._reasons[key] = hit
        return hit

    def _channel(
        self, tier: TierHistory, preferred: str | None, ok: set[str], n: int
    ) -> str | None:
        """The planner's `pick_channel`: preferred, else rotation, else first consenting."""
        if preferred in ok:
            return preferred
        rot = tier.channels[n % len(tier.channels)]
        if rot in ok:
            return rot
        for c in (*tier.channels, *CHANNEL_ORDER):
            if c in ok:
                return c
        return None

    # --- one client -----------------------------------------------------------------------
    def simulate(
        self,
        cid: int,
        tier: TierHistory,
        created: int,
        preferred: str | None,
        consenting: set[str],
        birthday: tuple[int, int] | None,
        end: int,
    ) -> Summary:
        """Done touches of client `cid` from max(created, a year ago) until `end`."""
        r, days = self.r, self.days
        start = max(created, days.today - HISTORY_DAYS)
        c = _Client(tier, set(consenting), start)
        if created < start:  # an older client: last reached some time before the window
            back = r.randrange(1, self._after(start, tier) - start + 1)
            c.anchor, c.since = max(created, days.settle(start - back)), "last-reached"
        for day in self.campaigns:
            if start <= day < end and "email" in c.ok and r.random() < 0.7:
                c.add(day, "manual", "email", "news-offer")
        if birthday is not None:
            for year in (date.fromordinal(start).year, date.fromordinal(start).year + 1):
                try:
                    b = date(year, *birthday).toordinal()
                except ValueError:  # 29 February in a common year
                    b = date(year, 2, 28).toordinal()
                if start <= b < end:
                    c.add(b, "sequence", None, "birthday", seq="birthday", step=0)
        while True:
            cadence_day = -1
            if not c.retry_open:
                due = self._after(c.anchor, tier)
                if c.s.last_done is not None:
                    due = max(due, c.s.last_done + GAP_DAYS)
                cadence_day = days.settle(due)
            nxt = min(c.events) if c.events else None
            if nxt is not None and (cadence_day < 0 or nxt[0] <= cadence_day):
                c.events.remove(nxt)
                day, _, kind, channel, purpose, attempt, seq, step = nxt
                base = day
                if channel is None or channel not in c.ok:
                    channel = self._channel(tier, preferred, c.ok, 0)
                    if purpose == "birthday" and channel in LIVE:
                        channel = next(
                            (x for x in CHANNEL_ORDER if x in c.ok and x not in LIVE), None
                        )
                reason = self._event_reason(kind, seq, step, attempt, tier, base)
            else:
                day, kind, purpose, attempt, seq, step = (
                    cadence_day,
                    "cadence",
                    "check-in",
                    0,
                    None,
                    None,
                )
                base = self._after(c.anchor, tier)
                channel = self._channel(tier, preferred, c.ok, c.s.reached_cadence)
                reason = self._cadence_reason(tier, c.since, c.anchor)
            if day >= end:
                break
            if channel is None:
                if kind == "cadence":
                    break  # nobody to reach: the client has no consenting channel left
                continue
            names, weights = self._outcomes[channel]
            outcome = names[bisect(weights, r.random() * weights[-1])]
            i = day - days.base
            iso = days.iso[i]
            note = None
            if r.random() < 0.08:
                key = "email-reached" if channel == "email" and outcome == "reached" else outcome
                fitting = self.notes.get(key)
                note = r.choice(fitting) if fitting else None
            self.rows.append(
                (cid, kind, channel, purpose, "done", days.iso[base - days.base], iso, None,
                 None, 0, int(kind == "manual"), attempt, seq, step, reason, outcome, note, iso,
                 days.stamps[i][r.randrange(SLOTS)])
            )  # fmt: skip
            if not self._follow_up(c, day, kind, channel, purpose, attempt, outcome):
                break
        return c.s

    def _follow_up(
        self,
        c: _Client,
        day: int,
        kind: str,
        channel: str,
        purpose: str,
        attempt: int,
        outcome: str,
    ) -> bool:
        """What the outcome sets going, as the services would; False: the client stopped."""
        r, days, s, tier = self.r, self.days, c.s, c.tier
        s.last_done = day
        s.last_outcome = outcome
        c.retry_open = False
        if outcome in REACHING:
            s.last_reached, c.anchor, c.since = day, day, "last-reached"
            if kind == "cadence":
                s.reached_cadence += 1
        else:  # as the planner: after a failed attempt the cadence counts from it
            c.anchor, c.since = day, "last-attempt"
        if outcome in ("no-answer", "left-message"):
            if kind in ("cadence", "retry") and attempt < tier.retry_limit:
                when = days.add_working(day, tier.retry_delay)
                c.add(when, "retry", channel, purpose, attempt=attempt + 1)
                c.retry_open = True
        elif outcome == "order":
            lo, hi = _ORDER_MAJOR[tier.code]
            s.value_minor += r.randrange(lo, hi) * 100
            s.orders.append(day)
            if not any(e[6] == "after-sale" for e in c.events):
                for n, (offset, ch, step_purpose) in enumerate(AFTER_SALE):
                    when = days.add_working(day, offset)
                    c.add(when, "sequence", ch, step_purpose, seq="after-sale", step=n)
        elif outcome == "meeting-set" and "meeting" in c.ok:
            c.add(days.add_working(day, r.randrange(2, 8)), "manual", "meeting", "news-offer")
        elif outcome == "rescheduled":
            c.add(days.settle(day + r.randrange(3, 12)), "manual", channel, purpose)
        elif outcome == "complaint":
            c.add(days.add_working(day, 2), "manual", "call", "feedback")
        elif outcome == "do-not-contact":
            if r.random() < 0.3:
                s.stopped = True
                return False
            s.refused.add(channel)
            c.ok.discard(channel)
        return True


Event = tuple[int, int, str, str | None, str, int, str | None, int | None]


class _Client:
    """One client's running state during its simulation."""

    __slots__ = ("_order", "anchor", "events", "ok", "retry_open", "s", "since", "tier")

    def __init__(self, tier: TierHistory, ok: set[str], start: int) -> None:
        self.tier = tier
        self.ok = ok  # consenting channels; a do-not-contact outcome removes one
        self.anchor, self.since = start, "created"
        self.events: list[Event] = []  # (day, order, kind, channel, purpose, attempt, seq, step)
        self.retry_open = False
        self.s = Summary()
        self._order = count()

    def add(
        self,
        day: int,
        kind: str,
        channel: str | None,
        purpose: str,
        *,
        attempt: int = 0,
        seq: str | None = None,
        step: int | None = None,
    ) -> None:
        self.events.append((day, next(self._order), kind, channel, purpose, attempt, seq, step))
