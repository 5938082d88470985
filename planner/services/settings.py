"""Settings and tiers use cases: read, change with validation, re-plan when it matters."""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date
from typing import Any

from sqlalchemy import delete, select
from sqlalchemy.orm import Session

from planner import settings as settings_mod
from planner.errors import BadSetting, NotFound, Refused
from planner.models import DayOverride, Setting, Tier
from planner.problems import Problem
from planner.services.context import Context
from planner.services.planning import PlanningService, Progress
from planner.services.result import Result
from planner.services.views import Changes, TierView
from planner.vocabulary import Channel, IntervalUnit


@dataclass(frozen=True, slots=True)
class SettingsEdit:
    """Everything one Settings → Save changes: raw values, edited tiers, days off/work."""

    values: dict[str, str] = field(default_factory=dict)
    tiers: tuple[TierView, ...] = ()
    days: dict[date, str | None] = field(default_factory=dict)  # "off", "work" or None


class SettingsService:
    def __init__(self, ctx: Context, planning: PlanningService) -> None:
        self.ctx = ctx
        self.planning = planning

    def get(self, key: str) -> Any:
        settings_mod.spec(key)
        return self.ctx.setting_value(None, key)

    def all(self) -> dict[str, Any]:
        with self.ctx.book.reading() as session:
            return self.ctx.all_settings(session)

    def set(self, key: str, raw: str, progress: Progress | None = None) -> Result[None]:
        return self.set_many({key: raw}, progress)

    def set_many(self, values: dict[str, str], progress: Progress | None = None) -> Result[None]:
        """Parse every value first (nothing written if one is bad), then store and re-plan."""
        return Result(None, self.save(SettingsEdit(values=values), progress).changes)

    def save(self, edit: SettingsEdit, progress: Progress | None = None) -> Result[SettingsEdit]:
        """Apply values, tiers and days in one transaction with (at most) one re-plan.

        Everything is checked before anything is written; a refusal writes nothing.
        """
        parsed = {key: settings_mod.parse(key, raw) for key, raw in edit.values.items()}
        for tier in edit.tiers:
            problems = tier_problems(tier)
            if problems:
                raise Refused(problems)
        for day, kind in edit.days.items():
            if kind not in (None, "off", "work"):
                raise Refused([Problem.of("day.bad-kind", "day", kind=kind, day=day)])
        with self.ctx.book.transaction() as session:
            changes, replan = self._apply_values(session, parsed)
            for tier in edit.tiers:
                if self._apply_tier(session, tier):
                    changes, replan = changes | Changes(settings=True), True
            _, days = self.ctx.book.store_personal(session, {}, dict(edit.days))
            if edit.days:
                changes, replan = changes | Changes(calendar=True), True
            for day, kind in sorted(days.items()):
                session.execute(delete(DayOverride).where(DayOverride.day == day))
                if kind is not None:
                    session.add(DayOverride(day=day, kind=kind))
            session.flush()
            if replan:
                result = self.planning.replan_in(session, None, progress)
                changes = changes | result.changes
            return Result(edit, changes)

    def _apply_values(self, session: Session, parsed: dict[str, Any]) -> tuple[Changes, bool]:
        current = self.ctx.all_settings(session)
        changed = {k: v for k, v in parsed.items() if current.get(k) != v}
        if not changed:
            return Changes(), False
        merged = {**current, **changed}
        if merged["calendar.subdivision"] and merged["calendar.country"]:
            _check_subdivision(merged["calendar.country"], merged["calendar.subdivision"])
        if merged["calendar.work_start"] >= merged["calendar.work_end"]:
            raise BadSetting(Problem.of("setting.bad-hours"))
        # A team book's salesperson keeps their own capacities, calendar and signature.
        book_wide, _ = self.ctx.book.store_personal(session, changed, {})
        for key, value in book_wide.items():
            row = session.get(Setting, key)
            if row is None:
                session.add(Setting(key=key, value=settings_mod.encode(value)))
            else:
                row.value = settings_mod.encode(value)
        replans = any(settings_mod.SPECS[k].replans for k in changed)
        return Changes(settings=True, calendar=replans), replans

    def adopt_locale(self, locale_name: str) -> Result[None]:
        """On a new book's first run, take its phone region and calendar country from the
        system locale the UI passes ("pl_PL"). A book that has clients, or whose region or
        country was ever set, is left as it is (empty Changes)."""
        from planner.locale_defaults import locale_defaults
        from planner.models import Client

        region, country = locale_defaults(locale_name)
        with self.ctx.book.transaction() as session:
            keys = ("phone.region", "calendar.country")
            stored = session.scalar(select(Setting.key).where(Setting.key.in_(keys)).limit(1))
            if stored is not None or session.scalar(select(Client.id).limit(1)) is not None:
                return Result(None, Changes())
            values = {"phone.region": region, "calendar.country": country}
            for key, value in values.items():
                session.add(Setting(key=key, value=settings_mod.encode(value)))
            session.flush()
            return Result(None, Changes(settings=True, calendar=country is not None))

    # --- tiers -----------------------------------------------------------------------------
    def tiers(self) -> list[TierView]:
        with self.ctx.book.reading() as session:
            return [_tier_view(t) for t in session.scalars(select(Tier).order_by(Tier.priority))]

    def update_tier(self, tier: TierView, progress: Progress | None = None) -> Result[None]:
        return Result(None, self.save(SettingsEdit(tiers=(tier,)), progress).changes)

    def _apply_tier(self, session: Session, tier: TierView) -> bool:
        row = session.scalar(select(Tier).where(Tier.code == tier.code))
        if row is None:
            raise NotFound("tier", tier.code)
        row.name = tier.name
        row.interval_unit = tier.interval_unit
        row.interval_count = tier.interval_count
        row.channels = ",".join(tier.channels)
        row.allow_preferred = tier.allow_preferred
        row.retry_delay_days = tier.retry_delay_days
        row.retry_limit = tier.retry_limit
        row.priority = tier.priority
        row.slip_days = tier.slip_days
        row.discount_bp = tier.discount_bp
        return True


def _tier_view(t: Tier) -> TierView:
    return TierView(
        code=t.code,
        name=t.name,
        interval_unit=t.interval_unit,
        interval_count=t.interval_count,
        channels=tuple(c for c in t.channels.split(",") if c),
        allow_preferred=t.allow_preferred,
        retry_delay_days=t.retry_delay_days,
        retry_limit=t.retry_limit,
        priority=t.priority,
        slip_days=t.slip_days,
        discount_bp=t.discount_bp,
    )


def tier_problems(t: TierView) -> list[Problem]:
    """What is wrong with a tier, as codes; each names the tier in its `tier` argument."""
    found: list[tuple[str, str, dict[str, object]]] = []
    if t.interval_unit not in {u.value for u in IntervalUnit}:
        found.append(("tier.bad-unit", "interval_unit", {"unit": t.interval_unit}))
    if not 1 <= t.interval_count <= 365:
        found.append(("tier.bad-interval", "interval_count", {}))
    if not t.channels:
        found.append(("tier.no-channel", "channels", {}))
    for c in t.channels:
        if c not in {ch.value for ch in Channel}:
            found.append(("tier.bad-channel", "channels", {"channel": c}))
    if not 0 <= t.retry_delay_days <= 60 or not 0 <= t.retry_limit <= 10:
        found.append(("tier.bad-retry", "retry", {}))
    if not 0 <= t.slip_days <= 60:
        found.append(("tier.bad-slip", "slip_days", {}))
    if not 0 <= t.discount_bp <= 9000:
        found.append(("tier.bad-discount", "discount_bp", {}))
    if not t.name.strip():
        found.append(("tier.no-name", "name", {}))
    return [Problem.of(code, f, tier=t.code, **args) for code, f, args in found]


def _check_subdivision(country: str, subdivision: str) -> None:
    import holidays

    known = holidays.list_supported_countries().get(country, [])
    if subdivision not in known:
        hint = f"known: {', '.join(known[:20])}..." if known else "it has none"
        raise BadSetting(
            Problem.of(
                "setting.bad-subdivision",
                "calendar.subdivision",
                subdivision=subdivision,
                country=country,
                known=hint,
            )
        )
