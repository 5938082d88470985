"""What every service shares: the open book, the clock, and reading settings as plain data."""

from __future__ import annotations

from datetime import UTC, date, datetime
from typing import Any
from zoneinfo import ZoneInfo

from sqlalchemy import select
from sqlalchemy.orm import Session

from planner import settings as settings_mod
from planner.clock import Clock, Stamp, file_stamp, system_clock
from planner.db import Book
from planner.models import DayOverride, Setting, Tier
from planner.scheduling.types import CalendarRules, PlanSettings, TierRule
from planner.vocabulary import Channel, IntervalUnit

__all__ = ["Clock", "Context", "Stamp", "system_clock", "tier_rule"]


class Context:
    def __init__(self, book: Book, clock: Clock = system_clock, stamp: Stamp = file_stamp) -> None:
        self.book = book
        self.clock = clock  # the book's "now": every timestamp the services write
        self.stamp = stamp  # backup file names (the machine's time: names never collide)

    # --- time -------------------------------------------------------------------------
    def today(self, session: Session | None = None) -> date:
        """Today in the salesperson's time zone (a setting), never the machine's guess."""
        tz = self.setting_value(session, "calendar.timezone") if session else None
        now = self.clock()
        return now.astimezone(ZoneInfo(tz)).date() if tz else now.date()

    def utc_now(self) -> datetime:
        """The clock's "now" as naive UTC, the way the book stores timestamps."""
        return self.clock().astimezone(UTC).replace(tzinfo=None)

    # --- settings ---------------------------------------------------------------------
    def setting_value(self, session: Session | None, key: str) -> Any:
        spec = settings_mod.spec(key)
        if session is None:
            with self.book.reading() as s:
                return self.setting_value(s, key)
        stored = session.get(Setting, key)
        return spec.default if stored is None else settings_mod.decode(stored.value)

    def all_settings(self, session: Session) -> dict[str, Any]:
        values = {key: spec.default for key, spec in settings_mod.SPECS.items()}
        for row in session.scalars(select(Setting)):
            if row.key in values:
                values[row.key] = settings_mod.decode(row.value)
        return values

    def calendar_rules(self, session: Session) -> CalendarRules:
        values = self.all_settings(session)
        offs: set[date] = set()
        works: set[date] = set()
        for override in session.scalars(select(DayOverride)):
            (offs if override.kind == "off" else works).add(override.day)
        weekend = frozenset(settings_mod.WEEKDAYS.index(d) for d in values["calendar.weekend"])
        return CalendarRules(
            weekend=weekend,
            country=values["calendar.country"],
            subdivision=values["calendar.subdivision"],
            days_off=frozenset(offs),
            extra_working_days=frozenset(works),
            work_start=settings_mod.parse_time(values["calendar.work_start"]),
            work_end=settings_mod.parse_time(values["calendar.work_end"]),
            timezone=values["calendar.timezone"],
        )

    def plan_settings(self, session: Session) -> PlanSettings:
        values = self.all_settings(session)
        capacity = {ch: int(values[f"capacity.{ch.value}"]) for ch in Channel}
        return PlanSettings(
            gap_days=int(values["gap.days"]),
            capacity=capacity,
            birthday_on_weekend=bool(values["birthday.on_weekend"]),
        )

    def tier_rules(self, session: Session) -> dict[str, TierRule]:
        return {t.code: tier_rule(t) for t in session.scalars(select(Tier))}


def tier_rule(t: Tier) -> TierRule:
    return TierRule(
        code=t.code,
        interval_unit=IntervalUnit(t.interval_unit),
        interval_count=t.interval_count,
        channels=tuple(Channel(c) for c in t.channels.split(",") if c),
        allow_preferred=t.allow_preferred,
        retry_delay_days=t.retry_delay_days,
        retry_limit=t.retry_limit,
        priority=t.priority,
        slip_days=t.slip_days,
        discount_bp=t.discount_bp,
    )
