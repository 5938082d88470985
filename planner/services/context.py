"""What every service shares: the open book, the clock, and reading settings as plain data."""

from __future__ import annotations

from collections.abc import Iterable
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
from planner.services.rawsql import day as to_day
from planner.services.settings_cache import SettingsCache
from planner.vocabulary import Channel, IntervalUnit

__all__ = [
    "Clock",
    "Context",
    "Stamp",
    "calendar_rules_of",
    "capacity_of",
    "day_overrides_of",
    "settings_of",
    "system_clock",
    "tier_rule",
]


class Context:
    def __init__(self, book: Book, clock: Clock = system_clock, stamp: Stamp = file_stamp) -> None:
        self.book = book
        self.clock = clock  # the book's "now": every timestamp the services write
        self.stamp = stamp  # backup file names (the machine's time: names never collide)
        # what planning read of the settings, kept while they stay the same
        self.rules_cache: SettingsCache[Any] = SettingsCache(book.engine)

    # --- time -------------------------------------------------------------------------
    def today(self, session: Session | None = None, timezone: str | None = None) -> date:
        """Today in the salesperson's time zone (a setting), never the machine's guess;
        `timezone`: that setting, when the caller has read it already (else it is read,
        in `session` or a read of its own)."""
        tz = timezone or str(self.setting_value(session, "calendar.timezone"))
        return self.clock().astimezone(ZoneInfo(tz)).date()

    def utc_now(self) -> datetime:
        """The clock's "now" as naive UTC, the way the book stores timestamps."""
        return self.clock().astimezone(UTC).replace(tzinfo=None)

    # --- settings ---------------------------------------------------------------------
    def setting_value(self, session: Session | None, key: str) -> Any:
        spec = settings_mod.spec(key)
        if session is None:
            with self.book.reading() as s:
                return self.setting_value(s, key)
        own = self.book.personal_settings(session)
        if key in own:
            return own[key]
        stored = session.get(Setting, key)
        return spec.default if stored is None else settings_mod.decode(stored.value)

    def all_settings(self, session: Session) -> dict[str, Any]:
        """The book's settings, with a team book's salesperson's own over them."""
        session.flush()  # the rows are read on the connection: pending changes first
        stored = session.connection().execute(select(Setting.key, Setting.value))
        return settings_of(stored, self.book.personal_settings(session))

    def day_overrides(self, session: Session) -> dict[date, tuple[str, str | None]]:
        """Days off and extra working days: the book's, then the salesperson's own."""
        session.flush()
        overrides = select(DayOverride.day, DayOverride.kind, DayOverride.note)
        stored = session.connection().execute(overrides)
        return day_overrides_of(stored, self.book.personal_settings(session))

    def calendar_rules(
        self, session: Session, values: dict[str, Any] | None = None
    ) -> CalendarRules:
        """`values`: `all_settings` when the caller has read them already."""
        values = self.all_settings(session) if values is None else values
        return calendar_rules_of(values, self.day_overrides(session))

    def plan_settings(self, session: Session, values: dict[str, Any] | None = None) -> PlanSettings:
        values = self.all_settings(session) if values is None else values
        return PlanSettings(
            gap_days=int(values["gap.days"]),
            capacity=capacity_of(values),
            birthday_on_weekend=bool(values["birthday.on_weekend"]),
        )

    def tier_rules(self, session: Session) -> dict[str, TierRule]:
        return self.tiers(session)[0]

    def tiers(self, session: Session) -> tuple[dict[str, TierRule], dict[int, str]]:
        """The tiers' rules by code, and their codes by id (what a client row holds)."""
        found = list(session.scalars(select(Tier)))
        return {t.code: tier_rule(t) for t in found}, {t.id: t.code for t in found}


# --- the same as plain data, for a caller that read the rows itself (Today's one read) --
def settings_of(stored: Iterable[Any], own: dict[str, Any]) -> dict[str, Any]:
    """Every setting's value: its default, the stored (key, JSON) rows over it, a team
    book's salesperson's own values over those."""
    values = {key: spec.default for key, spec in settings_mod.SPECS.items()}
    for key, value in stored:
        if key in values:
            values[key] = settings_mod.decode(value)
    values.update({k: v for k, v in own.items() if k in values})
    return values


def capacity_of(values: dict[str, Any]) -> dict[Channel, int]:
    """Each channel's daily capacity, from `settings_of` values."""
    return {ch: int(values[f"capacity.{ch.value}"]) for ch in Channel}


def day_overrides_of(
    stored: Iterable[Any], own: dict[str, Any]
) -> dict[date, tuple[str, str | None]]:
    """The stored (day, kind, note) rows (a day as a date or as ISO text), then the
    salesperson's own days (in `own`, a team book's)."""
    from planner.team.personal import days as personal_days

    days = {to_day(day): (kind, note) for day, kind, note in stored}
    for day, kind in personal_days(own).items():
        days[day] = (kind, None)
    return days


def calendar_rules_of(
    values: dict[str, Any], overrides: dict[date, tuple[str, str | None]]
) -> CalendarRules:
    offs: set[date] = set()
    works: set[date] = set()
    for day, (kind, _note) in overrides.items():
        (offs if kind == "off" else works).add(day)
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
