"""A price list written to a full disk: one message naming the file, nothing left, no
offer or touch recorded (the book's transaction rolls back with the file)."""

from __future__ import annotations

from pathlib import Path

import pytest

from planner.app import Services
from planner.errors import BookError
from tests.tmpfs import fill, leftovers, small_tmpfs
from tests.unit.sales.conftest import TODAY, AddClient


def test_price_list_xlsx_to_a_full_disk(
    catalog: Services, add_client: AddClient, tmp_path: Path
) -> None:
    catalog.settings.set("book.currency", "PLN")
    cid = add_client("Jan Kowalski", language="pl")
    catalog.sales.record_sale(cid, TODAY, [("DRILL", "1")])
    history = len(catalog.clients.get(cid).history)
    with small_tmpfs(tmp_path / "full") as full:
        fill(full)
        target = full / "offer.xlsx"
        with pytest.raises(BookError) as caught:
            catalog.offers.make_price_list(cid, target)
        assert caught.value.code == "disk-full"
        assert str(target) in caught.value.message
        assert leftovers(full, {"filler.bin"}) == []
    assert catalog.offers.offers(cid) == []
    assert len(catalog.clients.get(cid).history) == history
