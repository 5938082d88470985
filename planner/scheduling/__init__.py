"""Cadences, the working calendar, gap and capacity levelling: pure functions over the
plain records of `planner.scheduling.types` (DESIGN.md section 4).

The names below are loaded when first used (PEP 562): a module that needs only the plain
records (`types`, `reasons`) must not pay for the calendar's holiday tables or dateutil,
which kept the window's first paint waiting.
"""

from __future__ import annotations

from importlib import import_module
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from planner.scheduling.cadence import (
        add_interval,
        cadence_anchor,
        choose_channel,
        consenting_channels,
        rotation_index,
    )
    from planner.scheduling.calendar import WorkingCalendar
    from planner.scheduling.errors import PlanCancelled, UnknownTier
    from planner.scheduling.explain import format_reason
    from planner.scheduling.plan import (
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

_WHERE = {
    "add_interval": "cadence",
    "cadence_anchor": "cadence",
    "choose_channel": "cadence",
    "consenting_channels": "cadence",
    "rotation_index": "cadence",
    "WorkingCalendar": "calendar",
    "format_reason": "explain",
    "PlanCancelled": "errors",
    "UnknownTier": "errors",
    "plan_after_outcome": "plan",
    "plan_book": "plan",
    "plan_client": "plan",
    "CalendarRules": "types",
    "ClientState": "types",
    "ContactInfo": "types",
    "DoneTouch": "types",
    "OpenTouch": "types",
    "PlannedTouch": "types",
    "PlanSettings": "types",
    "Reason": "types",
    "TierRule": "types",
}

__all__ = [
    "CalendarRules",
    "ClientState",
    "ContactInfo",
    "DoneTouch",
    "OpenTouch",
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


def __getattr__(name: str) -> Any:
    module = _WHERE.get(name)
    if module is None:
        raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
    value = getattr(import_module(f"{__name__}.{module}"), name)
    globals()[name] = value  # looked up once
    return value
