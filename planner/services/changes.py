"""`Changes`: what a mutating service changed, in a module of its own: every `Result`
carries one, and the window's first paint should not wait for the view records."""

from __future__ import annotations

from dataclasses import dataclass


@dataclass(frozen=True, slots=True)
class Changes:
    """What a mutating service changed, so views refresh only what they show."""

    clients: frozenset[int] = frozenset()
    all_clients: bool = False
    touches: bool = False
    settings: bool = False
    calendar: bool = False
    catalog: bool = False
    sales: bool = False

    def __or__(self, other: Changes) -> Changes:
        return Changes(
            clients=self.clients | other.clients,
            all_clients=self.all_clients or other.all_clients,
            touches=self.touches or other.touches,
            settings=self.settings or other.settings,
            calendar=self.calendar or other.calendar,
            catalog=self.catalog or other.catalog,
            sales=self.sales or other.sales,
        )
