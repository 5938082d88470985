"""Settings and tiers use cases: read, change with validation, re-plan when it matters."""

from __future__ import annotations

from typing import Any

from sqlalchemy import select

from planner import settings as settings_mod
from planner.errors import BookError, NotFound
from planner.models import Setting, Tier
from planner.services.context import Context
from planner.services.planning import PlanningService, Progress
from planner.services.views import Changes, TierView
from planner.vocabulary import Channel, IntervalUnit


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

    def set(self, key: str, raw: str, progress: Progress | None = None) -> Changes:
        return self.set_many({key: raw}, progress)

    def set_many(self, values: dict[str, str], progress: Progress | None = None) -> Changes:
        """Parse every value first (nothing written if one is bad), then store and re-plan."""
        parsed = {key: settings_mod.parse(key, raw) for key, raw in values.items()}
        with self.ctx.book.transaction() as session:
            current = self.ctx.all_settings(session)
            changed = {k: v for k, v in parsed.items() if current.get(k) != v}
            if not changed:
                return Changes()
            merged = {**current, **changed}
            if merged["calendar.subdivision"] and merged["calendar.country"]:
                _check_subdivision(merged["calendar.country"], merged["calendar.subdivision"])
            if merged["calendar.work_start"] >= merged["calendar.work_end"]:
                raise BookError("bad-setting", "working hours must start before they end")
            for key, value in changed.items():
                row = session.get(Setting, key)
                if row is None:
                    session.add(Setting(key=key, value=settings_mod.encode(value)))
                else:
                    row.value = settings_mod.encode(value)
            session.flush()
            changes = Changes(settings=True)
            if any(settings_mod.SPECS[k].replans for k in changed):
                result = self.planning.replan_in(session, None, progress)
                changes = changes | result.changes | Changes(calendar=True)
            return changes

    # --- tiers -----------------------------------------------------------------------------
    def tiers(self) -> list[TierView]:
        with self.ctx.book.reading() as session:
            return [_tier_view(t) for t in session.scalars(select(Tier).order_by(Tier.priority))]

    def update_tier(self, tier: TierView, progress: Progress | None = None) -> Changes:
        problems = _tier_problems(tier)
        if problems:
            raise BookError("bad-tier", problems[0], field="tier")
        with self.ctx.book.transaction() as session:
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
            session.flush()
            result = self.planning.replan_in(session, None, progress)
            return result.changes | Changes(settings=True)


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


def _tier_problems(t: TierView) -> list[str]:
    problems = []
    if t.interval_unit not in {u.value for u in IntervalUnit}:
        problems.append(f"unknown interval unit {t.interval_unit!r}")
    if not 1 <= t.interval_count <= 365:
        problems.append("the interval must be between 1 and 365")
    if not t.channels:
        problems.append("a tier needs at least one channel")
    for c in t.channels:
        if c not in {ch.value for ch in Channel}:
            problems.append(f"unknown channel {c!r}")
    if not 0 <= t.retry_delay_days <= 60 or not 0 <= t.retry_limit <= 10:
        problems.append("retry delay must be 0-60 working days and the limit 0-10")
    if not 0 <= t.slip_days <= 60:
        problems.append("the allowed slip must be 0-60 working days")
    if not 0 <= t.discount_bp <= 9000:
        problems.append("the discount must be between 0 and 90 %")
    if not t.name.strip():
        problems.append("a tier needs a name")
    return problems


def _check_subdivision(country: str, subdivision: str) -> None:
    import holidays

    known = holidays.list_supported_countries().get(country, [])
    if subdivision not in known:
        raise BookError(
            "bad-setting",
            f"calendar.subdivision: {subdivision!r} is not a subdivision of {country}"
            + (f" (known: {', '.join(known[:20])}...)" if known else " (it has none)"),
        )
