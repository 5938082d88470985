"""A small catalog and clients for the sales tests (on the real book of `services`)."""

from __future__ import annotations

from collections.abc import Callable
from datetime import date

import pytest

from planner.app import Services
from planner.services.salesviews import ItemInput
from planner.services.views import ClientInput, ContactPointInput

TODAY = date(2026, 11, 26)  # the fixed clock of tests/conftest.py (a Thursday)

AddClient = Callable[..., int]


@pytest.fixture
def add_client(services: Services) -> AddClient:
    def add(name: str = "Anna Kowalska", tier: str = "B", **kw: object) -> int:
        contacts = kw.pop(
            "contacts",
            (
                ContactPointInput("call", "+48601234567", preferred=True),
                ContactPointInput("email", "client@example.com"),
            ),
        )
        cid = services.clients.add(
            ClientInput(name=name, tier=tier, contacts=contacts, **kw)  # type: ignore[arg-type]
        ).value
        return cid

    return add


@pytest.fixture
def catalog(services: Services) -> Services:
    """A drill with its consumable, service and accessory, plus unrelated items."""
    add = services.catalog.add
    add(ItemInput("DRILL", "Drill X200", "1 234,50", category="Tools",
                  benefits="Drills concrete twice as fast", warranty_months=24))  # fmt: skip
    add(ItemInput("BITS", "Bit set", "49,90", category="Consumables",
                  benefits="Sharp for 500 holes"))  # fmt: skip
    add(ItemInput("SERVICE", "Annual service", "199", category="Services",
                  benefits="Keeps the drill like new"))  # fmt: skip
    add(ItemInput("CASE", "Hard case", "89.00", category="Accessories"))
    add(ItemInput("LADDER", "Ladder", "300", category="Tools", warranty_months=12))
    add(ItemInput("GLOVES", "Gloves", "15,99", category="Safety"))
    add(ItemInput("MASK", "Dust mask", "9,99", category="Safety"))
    services.catalog.set_related(
        "DRILL", [("BITS", "consumable"), ("SERVICE", "service"), ("CASE", "accessory")]
    )
    return services
