"""Catalog operations: save an item with its related items and tier prices, stop or
resume selling it."""

from __future__ import annotations

from typing import TYPE_CHECKING

from planner.services.salesviews import ItemEdit

if TYPE_CHECKING:
    from planner.app import Services
    from planner.services.result import Result
    from planner.services.salesviews import ItemInput
    from ui.models.catalog import CatalogData
    from ui.operations import Operations
    from ui.ops.common import Done, Failed

TierPrice = tuple[str, str | None, str | None]  # tier, price, discount


def load(ops: Operations, on_done: Done[CatalogData]) -> None:
    """Every item (sold or not), the tier prices, the tiers and the book's currency."""
    from ui.models.catalog import load_catalog

    ops.query(load_catalog, on_done)


def validate_item(
    ops: Operations,
    data: ItemInput,
    editing: str | None,
    on_done: Done[ItemInput],
    on_error: Failed,
) -> None:
    """Check the form without saving (inline messages); the value is the cleaned form."""

    def work(s: Services) -> ItemInput:
        return s.catalog.validate(data, editing=editing)

    ops.query(work, on_done, on_error)


def save_item(
    ops: Operations,
    old: str | None,
    data: ItemInput,
    related: list[tuple[str, str]] | None,
    prices: list[TierPrice],
    on_done: Done[Result[int]],
    on_error: Failed,
) -> None:
    """Add (old is None) or edit an item with its related items and tier prices: one
    service call, one transaction (a refused part writes nothing); `related` None leaves
    its related items alone. The value is the item's id."""
    edit = ItemEdit(
        item=data,
        old=old,
        related=None if related is None else tuple(related),
        prices=tuple(prices),
    )

    def work(s: Services) -> Result[int]:
        return s.catalog.save_item(edit)

    ops.mutate(work, on_done, on_error)


def set_item_active(
    ops: Operations,
    code: str,
    data: ItemInput | None,
    on_done: Done[Result[None]],
    on_error: Failed,
) -> None:
    """Stop selling an item (data None) or sell it again with `data`."""

    def work(s: Services) -> Result[None]:
        if data is None:
            return s.catalog.deactivate(code)
        return s.catalog.edit(code, data)

    ops.mutate(work, on_done, on_error)
