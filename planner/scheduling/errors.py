"""The planner's two refusals, in a module of their own: the UI's operations catch a
cancelled plan without loading the planner itself (its calendar, its holiday tables)."""

from __future__ import annotations


class PlanCancelled(Exception):
    """The progress callback asked to stop; nothing was planned."""


class UnknownTier(ValueError):
    """A client names a tier that the settings do not have."""
