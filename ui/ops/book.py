"""Reads of the book as a whole (is it empty, its language) and of the Book screen."""

from __future__ import annotations

from typing import TYPE_CHECKING, cast

if TYPE_CHECKING:
    from planner.app import Services
    from planner.services.clients import ClientFilter, SortKey
    from planner.services.salesviews import SaleView
    from planner.services.views import ClientDetail, TierView
    from ui.operations import Operations
    from ui.ops.common import Done, Failed


def is_empty(ops: Operations, on_done: Done[bool]) -> None:
    """Whether the book has no client yet (the welcome page shows)."""

    def work(s: Services) -> bool:
        return s.uiextras.is_empty()

    ops.query(work, on_done)


def book_language(ops: Operations, on_done: Done[str]) -> None:
    """The UI language stored in the book."""

    def work(s: Services) -> str:
        return str(s.settings.get("ui.language"))

    ops.query(work, on_done)


def tiers(ops: Operations, on_done: Done[list[TierView]]) -> None:
    def work(s: Services) -> list[TierView]:
        return s.settings.tiers()

    ops.query(work, on_done)


def tiers_and_tags(
    ops: Operations, on_done: Done[tuple[list[TierView], list[tuple[str, int]]]]
) -> None:
    """The Book's filters: the tiers, and every tag with its count of clients."""

    def work(s: Services) -> tuple[list[TierView], list[tuple[str, int]]]:
        return s.settings.tiers(), s.uiextras.tags()

    ops.query(work, on_done)


def client_ids(
    ops: Operations,
    where: ClientFilter,
    sort: str,
    descending: bool,
    on_done: Done[list[int]],
) -> None:
    """The ids of the clients the Book's search and filters select, in their order."""

    def work(s: Services) -> list[int]:
        return s.clients.ids(where, cast("SortKey", sort), descending)  # a column's key

    ops.query(work, on_done)


def client_card(
    ops: Operations,
    client_id: int,
    on_done: Done[tuple[ClientDetail, list[SaleView]]],
    on_error: Failed,
) -> None:
    """One client's card in the Book: details with history, and their last sales."""

    def work(s: Services) -> tuple[ClientDetail, list[SaleView]]:
        return s.clients.get(client_id, history=30), s.sales.sales(client_id, limit=50)

    ops.query(work, on_done, on_error)
