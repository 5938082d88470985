"""Catalog and tier price book on a real book: validation, related items, tier prices."""

from __future__ import annotations

import pytest

from planner.app import Services
from planner.errors import BookError, NotFound, ValidationError
from planner.services.salesviews import ItemInput


def test_items_are_listed_by_category_with_exact_prices(catalog: Services) -> None:
    items = catalog.catalog.items()
    # by category, then name: Accessories, Consumables, Safety, Services, Tools
    assert [i.code for i in items] == [
        "CASE", "BITS", "MASK", "GLOVES", "SERVICE", "DRILL", "LADDER"
    ]  # fmt: skip
    drill = catalog.catalog.item("DRILL")
    assert drill.price_minor == 123450
    assert drill.currency == "EUR"
    assert drill.warranty_months == 24
    assert [(r.code, r.kind) for r in drill.related] == [
        ("BITS", "consumable"),
        ("SERVICE", "service"),
        ("CASE", "accessory"),
    ]
    assert [i.code for i in catalog.catalog.items(text="safety")] == ["MASK", "GLOVES"]


def test_a_bad_form_names_every_wrong_field(services: Services) -> None:
    with pytest.raises(ValidationError) as err:
        services.catalog.add(ItemInput("has space", "", "12,3,4", warranty_months=-1))
    assert set(err.value.problems) == {"code", "name", "price", "warranty_months"}
    with pytest.raises(ValidationError) as err:
        services.catalog.add(ItemInput("NEG", "Negative", "-1"))
    assert err.value.problems == {"price": "a price cannot be negative"}


def test_validate_checks_a_form_without_saving(services: Services) -> None:
    clean = services.catalog.validate(ItemInput(" ROPE ", "  Rope   10 m ", "12,5", unit=""))
    assert (clean.code, clean.name, clean.unit, clean.price) == ("ROPE", "Rope 10 m", "pcs", "12,5")
    assert services.catalog.items() == []
    with pytest.raises(ValidationError):
        services.catalog.validate(ItemInput("ROPE", "Rope", "twelve"))


def test_codes_are_unique(catalog: Services) -> None:
    with pytest.raises(ValidationError) as err:
        catalog.catalog.add(ItemInput("DRILL", "Another drill", "10"))
    assert "already has the code" in err.value.problems["code"]
    with pytest.raises(ValidationError):
        catalog.catalog.edit("BITS", ItemInput("DRILL", "Bit set", "49,90"))
    # keeping its own code is fine, and so is a new free one
    catalog.catalog.edit("BITS", ItemInput("BITS", "Bit set, 10 pcs", "52,00"))
    catalog.catalog.edit("BITS", ItemInput("BITS10", "Bit set, 10 pcs", "52,00"))
    assert catalog.catalog.item("BITS10").price_minor == 5200
    with pytest.raises(NotFound):
        catalog.catalog.item("BITS")


def test_related_items_must_exist_and_not_be_the_item_itself(catalog: Services) -> None:
    with pytest.raises(ValidationError) as err:
        catalog.catalog.set_related(
            "DRILL", [("NOPE", "service"), ("DRILL", "accessory"), ("CASE", "gift")]
        )
    assert err.value.problems == {
        "related.0": "no catalog item has the code 'NOPE'",
        "related.1": "an item cannot be related to itself",
        "related.2": "unknown kind 'gift' (use consumable, service, accessory)",
    }
    # nothing was changed by the refused call
    assert len(catalog.catalog.item("DRILL").related) == 3
    catalog.catalog.set_related("DRILL", [("CASE", "accessory"), ("BITS", "consumable")])
    assert [r.code for r in catalog.catalog.item("DRILL").related] == ["CASE", "BITS"]


def test_deactivated_items_leave_the_list_but_stay_in_the_book(catalog: Services) -> None:
    catalog.catalog.deactivate("MASK")
    assert "MASK" not in [i.code for i in catalog.catalog.items()]
    assert not catalog.catalog.item("MASK").active
    assert "MASK" in [i.code for i in catalog.catalog.items(include_inactive=True)]


def test_tier_prices_fixed_or_discounted_round_half_up(catalog: Services) -> None:
    assert catalog.catalog.price_for("BITS", "A") == 4990  # no rule: the list price
    catalog.catalog.set_tier_price("A", "BITS", price="45")
    assert catalog.catalog.price_for("BITS", "A") == 4500
    catalog.catalog.set_tier_price("A", "BITS", discount="12,5")
    assert catalog.catalog.price_for("BITS", "A") == 4990 - 624  # 623.75 -> 624
    catalog.catalog.set_tier_price("B", "GLOVES", discount="10")
    assert catalog.catalog.price_for("GLOVES", "B") == 1599 - 160  # 159.9 -> 160
    assert catalog.catalog.price_for("GLOVES", "C") == 1599
    book = {(r.tier, r.code): r for r in catalog.catalog.price_book()}
    assert book[("A", "BITS")].discount_bp == 1250
    assert book[("A", "BITS")].price_minor is None
    assert book[("B", "GLOVES")].effective_minor == 1439
    catalog.catalog.set_tier_price("A", "BITS")  # neither: back to the list price
    assert catalog.catalog.price_for("BITS", "A") == 4990


def test_tier_price_input_is_checked(catalog: Services) -> None:
    with pytest.raises(ValidationError):
        catalog.catalog.set_tier_price("A", "BITS", price="1", discount="5")
    with pytest.raises(ValidationError):
        catalog.catalog.set_tier_price("A", "BITS", discount="120")
    with pytest.raises(BookError, match="unknown tier"):
        catalog.catalog.set_tier_price("Z", "BITS", price="1")
