"""The catalog dialog's Save is one use case: item, related items and tier prices in one
transaction, all or nothing."""

from __future__ import annotations

import pytest

from planner.app import Services
from planner.errors import NotFound, ValidationError
from planner.services.salesviews import ItemEdit, ItemInput
from tests.unit.services.test_settings_save import count_calls

ROPE = ItemInput("ROPE", "Rope 10 m", "12,50", category="Safety")


def test_a_new_item_with_its_parts_is_one_transaction(
    catalog: Services, monkeypatch: pytest.MonkeyPatch
) -> None:
    transactions = count_calls(monkeypatch, catalog.ctx.book, "transaction")
    edit = ItemEdit(
        ROPE,
        related=(("GLOVES", "accessory"), ("MASK", "consumable")),
        prices=(("A", None, "10"), ("B", "11,00", None)),
    )
    result = catalog.catalog.save_item(edit)
    assert len(transactions) == 1
    assert result.changes.catalog
    rope = catalog.catalog.item("ROPE")
    assert result.value == rope.id
    assert [(r.code, r.kind) for r in rope.related] == [
        ("GLOVES", "accessory"),
        ("MASK", "consumable"),
    ]
    assert catalog.catalog.price_for("ROPE", "A") == 1125  # 10 % off 12.50
    assert catalog.catalog.price_for("ROPE", "B") == 1100


def test_a_refused_related_item_leaves_nothing_written(catalog: Services) -> None:
    edit = ItemEdit(ROPE, related=(("NO-SUCH", "accessory"),), prices=(("A", "9,00", None),))
    with pytest.raises(ValidationError) as err:
        catalog.catalog.save_item(edit)
    assert set(err.value.problems) == {"related.0"}
    with pytest.raises(NotFound):
        catalog.catalog.item("ROPE")  # the item was added first, then rolled back with it


def test_a_refused_tier_price_leaves_the_edited_item_as_it_was(catalog: Services) -> None:
    before = catalog.catalog.item("DRILL")
    prices_before = catalog.catalog.price_book()
    edit = ItemEdit(
        ItemInput("DRILL", "Drill, renamed", "999,00", warranty_months=12),
        old="DRILL",
        related=(("BITS", "consumable"),),
        prices=(("A", "100,00", None), ("B", "1,00", "5")),  # a price and a discount: refused
    )
    with pytest.raises(ValidationError):
        catalog.catalog.save_item(edit)
    assert catalog.catalog.item("DRILL") == before  # name, price and related items unchanged
    assert catalog.catalog.price_book() == prices_before  # the tier A price was not kept


def test_an_edit_may_rename_the_item_and_keep_its_related_items(catalog: Services) -> None:
    drill = catalog.catalog.item("DRILL")
    edit = ItemEdit(ItemInput("DRILL2", "Drill", "1234,50"), old="DRILL", related=None)
    result = catalog.catalog.save_item(edit)
    assert result.value == drill.id
    assert catalog.catalog.item("DRILL2").related == drill.related
