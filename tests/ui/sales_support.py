"""A small catalog for the sales screens' tests, written through the services."""

from __future__ import annotations

from datetime import date
from typing import Any

from planner.services.salesviews import ItemInput

ITEMS = (
    ItemInput(
        code="FLT-200",
        name="Water filter Aqua 200",
        price="249,00",
        category="Filters",
        warranty_months=24,
        benefits="Clean water from the tap: no bottles to carry.",
    ),
    ItemInput(
        code="CRT-10",
        name="Filter cartridge",
        price="19,90",
        category="Consumables",
        benefits="Change every 3 months to keep the water clean.",
    ),
    ItemInput(
        code="SRV-1",
        name="Service visit",
        price="60,00",
        category="Service",
        unit="visit",
        benefits="A technician checks and cleans the system.",
    ),
    ItemInput(code="ACC-5", name="Tap adapter", price="9,50", category="Accessories"),
)


def seed_catalog(s: Any) -> None:
    for item in ITEMS:
        s.catalog.add(item)
    s.catalog.set_related(
        "FLT-200", [("CRT-10", "consumable"), ("SRV-1", "service"), ("ACC-5", "accessory")]
    )
    s.catalog.set_tier_price("A", "CRT-10", discount="10")
    s.catalog.set_tier_price("B", "CRT-10", price="18,50")


def a_client(s: Any, tier: str | None = None, language: str | None = "en") -> Any:
    """An active client of the demo book (of `tier` when given), with at least one contact,
    who reads documents in `language` (the demo's English book has a few who read others)."""
    from planner.services.clients import ClientFilter

    flt = ClientFilter(tiers=(tier,) if tier else (), statuses=("active",))
    for cid in s.clients.ids(flt):
        detail = s.clients.get(cid, history=0)
        if detail.contacts and detail.language in (None, language):
            return detail
    raise AssertionError("no active client")


def sold(s: Any, client_id: int, day: date) -> Any:
    return s.sales.record_sale(client_id, day, [("FLT-200", "1")], "first filter").value
