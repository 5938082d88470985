"""Reasons as one line of English for the CLI and logs (the UI translates codes itself)."""

from __future__ import annotations

from collections.abc import Callable, Iterable
from datetime import date

from planner.scheduling import forecast as F
from planner.scheduling import reasons as R
from planner.scheduling.calendar import WEEKDAY_ABBR
from planner.scheduling.forecast import Verdict
from planner.scheduling.types import Reason


def format_reason(reasons: Iterable[Reason]) -> str:
    """E.g. "Tier B: every 1 month since last reached 2026-10-01; moved from Sat
    2026-11-07 (weekend); carried over: call full on Mon 2026-11-09"."""
    return "; ".join(_one(r) for r in reasons)


def _day(iso: str | None) -> str:
    """ "Sat 2026-11-07": the weekday helps where weekends and holidays are involved."""
    if not iso:
        return "?"
    try:
        return f"{WEEKDAY_ABBR[date.fromisoformat(iso).weekday()]} {iso}"
    except ValueError:
        return iso


def _plural(count: str | None, unit: str | None) -> str:
    unit = unit or "?"
    return f"{count} {unit}" if count == "1" else f"{count} {unit}s"


def _cadence(r: Reason) -> str:
    since = {R.LAST_REACHED: "last reached", R.LAST_ATTEMPT: "the last attempt"}.get(
        r.arg("since") or "", "created"
    )
    every = _plural(r.arg("count"), r.arg("unit"))
    return f"Tier {r.arg('tier')}: every {every} since {since} {r.arg('anchor')}"


def _sequence(r: Reason) -> str:
    code = r.arg("code")
    text = f"Sequence {code} step {r.arg('step')}"
    event = r.arg("event")
    return f"{text} after {event}" if event else f"{text}, due {r.arg('base')}"


def _pinned(r: Reason) -> str:
    day = r.arg("day") or r.arg("to")
    kind = r.arg("kind")
    return f"Pinned by hand to {_day(day)}" + (f" ({kind})" if kind else "")


def _moved(why: str) -> Callable[[Reason], str]:
    return lambda r: f"moved from {_day(r.arg('from'))} ({why})"


def _holiday(r: Reason) -> str:
    return f"moved from {_day(r.arg('from'))} (holiday: {r.arg('name')})"


def _no_common_hours(r: Reason) -> str:
    if r.arg("from"):
        return f"moved from {_day(r.arg('from'))} (no common working hours)"
    return f"no common working hours for {r.arg('channel')}"


def _gap(r: Reason) -> str:
    return f"moved from {_day(r.arg('from'))} to keep the gap from {r.arg('apart')}"


_TEXT: dict[str, Callable[[Reason], str]] = {
    R.CADENCE: _cadence,
    R.RETRY: lambda r: f"Retry {r.arg('attempt')} of {r.arg('of')}",
    R.SEQUENCE: _sequence,
    R.MANUAL: lambda r: "Added by hand",
    R.PINNED: _pinned,
    R.RESCHEDULED: lambda r: f"Rescheduled at the client's request from {_day(r.arg('from'))}",
    R.FALLBACK: lambda r: f"Fallback to {r.arg('channel')} after {r.arg('attempts')} attempts",
    R.LAST_ATTEMPT: lambda r: f"last attempt {r.arg('day')}",
    R.BIRTHDAY_BEFORE: lambda r: (
        f"greeted the working day before the birthday, {_day(r.arg('day'))}"
    ),
    R.CHANNEL_SWITCHED: lambda r: (
        f"switched from {r.arg('from')} to {r.arg('channel')}: "
        f"{r.arg('from')} full on {r.arg('day')}"
    ),
    R.LAST_REACHED: lambda r: f"last reached {r.arg('day')}",
    R.CREATED: lambda r: f"created {r.arg('day')}",
    R.PREFERRED_CHANNEL: lambda r: f"preferred channel {r.arg('channel')}",
    R.NO_CONSENT: lambda r: f"no consent for {r.arg('channel')}",
    R.FALLBACK_CHANNEL: lambda r: f"falls back to {r.arg('channel')}",
    R.RETRY_LIMIT: lambda r: f"{r.arg('channel')} retry limit ({r.arg('limit')}) reached",
    R.WEEKEND: _moved("weekend"),
    R.HOLIDAY: _holiday,
    R.DAY_OFF: _moved("day off"),
    R.NO_COMMON_HOURS: _no_common_hours,
    R.BIRTHDAY_ON_DAY: lambda r: f"stays on the birthday, {_day(r.arg('day'))}",
    R.CARRIED: lambda r: f"carried over from {_day(r.arg('from'))}",
    R.GAP: _gap,
    R.GREETING_KEPT: lambda r: (
        f"the greeting keeps its day, {_day(r.arg('day'))}, despite the gap from "
        f"{_day(r.arg('apart'))}"
    ),
    R.CAPACITY: lambda r: f"carried over: {r.arg('channel')} full on {_day(r.arg('from'))}",
    R.OVERBOOKED: lambda r: f"overbooked: {r.arg('channel')} capacity {r.arg('capacity')} is full",
}


def _one(r: Reason) -> str:
    text = _TEXT.get(r.code)
    if text is not None:
        return text(r)
    if not r.args:
        return r.code
    return f"{r.code} (" + ", ".join(f"{k}={v}" for k, v in r.args) + ")"


def format_verdict(verdict: Verdict) -> str:
    """A fit-check verdict in English (the CLI; the UI translates the codes), e.g. "Tier
    C needs 4 call a day of the 4 the book needs, you have 3: move tier C to email, or
    contact tier C every 2 week(s), or raise call capacity to 4 a day"."""
    if verdict.code == F.BOOK_FITS:
        return "The book fits its capacity."
    if verdict.code != F.TIER_OVERLOADS_CHANNEL:
        return verdict.code
    a = verdict.arg
    head = (
        f"Tier {a('tier')} needs {a('tier_need')} {a('channel')} a day of the {a('need')}"
        f" the book needs, you have {a('have')}"
    )
    tips = [_suggestion(s) for s in verdict.suggest]
    return f"{head}: {', or '.join(tips)}" if tips else head


def _suggestion(s: Reason) -> str:
    if s.code == F.MOVE_TIER_TO:
        return f"move tier {s.arg('tier')} to {s.arg('channel')}"
    if s.code == F.LENGTHEN_CADENCE:
        return f"contact tier {s.arg('tier')} every {s.arg('count')} {s.arg('unit')}(s)"
    if s.code == F.RAISE_CAPACITY:
        return f"raise {s.arg('channel')} capacity to {s.arg('to')} a day"
    return s.code
