"""Cadences, the working calendar, gap and capacity levelling: pure functions over the
plain records of `planner.scheduling.types` (DESIGN.md section 4)."""

from planner.scheduling.cadence import (
    add_interval,
    cadence_anchor,
    choose_channel,
    consenting_channels,
    rotation_index,
)
from planner.scheduling.calendar import WorkingCalendar
from planner.scheduling.explain import format_reason
from planner.scheduling.items import PendingStep
from planner.scheduling.plan import (
    PlanCancelled,
    UnknownTier,
    plan_after_outcome,
    plan_book,
    plan_client,
)
from planner.scheduling.types import (
    CalendarRules,
    ClientState,
    ContactInfo,
    DoneTouch,
    OpenTouch,
    PlannedTouch,
    PlanSettings,
    Reason,
    TierRule,
)

__all__ = [
    "CalendarRules",
    "ClientState",
    "ContactInfo",
    "DoneTouch",
    "OpenTouch",
    "PendingStep",
    "PlanCancelled",
    "PlanSettings",
    "PlannedTouch",
    "Reason",
    "TierRule",
    "UnknownTier",
    "WorkingCalendar",
    "add_interval",
    "cadence_anchor",
    "choose_channel",
    "consenting_channels",
    "format_reason",
    "plan_after_outcome",
    "plan_book",
    "plan_client",
    "rotation_index",
]
