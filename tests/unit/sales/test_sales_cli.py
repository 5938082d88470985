"""The sales commands through argparse, as the CLI will wire them (`register`)."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import Any

import pytest

from planner.app import Services
from planner.cli import sales as cli
from planner.cli.app import App
from planner.cli.args import UsageError
from planner.cli.parser import build_parser
from planner.errors import BookError, ValidationError
from tests.unit.sales.conftest import AddClient


def parser_for(services: Services) -> Callable[[list[str]], Any]:
    """The CLI's real grammar and handlers, on the fixture's book (errors raise as they are)."""
    parser = build_parser()

    def call(argv: list[str]) -> Any:
        args = parser.parse_args([*argv, "--db", str(services.book.path)])
        app = App(services.book.path, services.ctx.clock, True)
        try:
            return args.handler(app, args).data
        finally:
            app.close()

    return call


def test_catalog_commands(services: Services) -> None:
    call = parser_for(services)
    call(["catalog", "add", "--code", "BITS", "--name", "Bit set", "--price", "49,90"])
    item = call(
        ["catalog", "add", "--code", "DRILL", "--name", "Drill", "--price", "1 234,50",
         "--warranty-months", "24", "--related", "BITS:consumable", "--benefits", "Fast"]
    )  # fmt: skip
    assert item["price"] == "1234.50"
    assert item["price_minor"] == 123450
    assert item["related"] == [{"code": "BITS", "kind": "consumable"}]
    edited = call(["catalog", "edit", "DRILL", "--price", "1200", "--name", "Drill X"])
    assert (edited["name"], edited["price"], edited["benefits"]) == ("Drill X", "1200.00", "Fast")
    renamed = call(["catalog", "edit", "BITS", "--code", "BITS10"])
    assert renamed["code"] == "BITS10"
    assert renamed["price"] == "49.90"
    assert call(["catalog", "price", "BITS10", "--tier", "a", "--discount", "10"]) == [
        {"tier": "A", "code": "BITS10", "price_minor": None, "discount_bp": 1000,
         "effective_minor": 4491}
    ]  # fmt: skip
    assert call(["catalog", "price", "BITS10", "--tier", "A", "--clear"]) == []
    call(["catalog", "edit", "BITS10", "--deactivate"])
    assert [i["code"] for i in call(["catalog", "list"])] == ["DRILL"]
    assert len(call(["catalog", "list", "--all"])) == 2
    with pytest.raises(ValidationError):
        call(["catalog", "add", "--code", "X", "--name", "X", "--price", "abc"])
    with pytest.raises(UsageError):  # argparse: both --price and --clear
        call(["catalog", "price", "DRILL", "--tier", "A", "--price", "1", "--clear"])


def test_sale_script_and_price_list_commands(
    catalog: Services, add_client: AddClient, tmp_path: Path
) -> None:
    call = parser_for(catalog)
    cid = add_client("Jan Kowalski", language="pl")
    sale = call(["sale", "add", str(cid), "--item", "DRILL", "--item", "BITS:2",
                 "--item", "GLOVES:1,5:10", "--note", "fair"])  # fmt: skip
    assert sale["day"] == "2026-11-26"
    assert sale["total"] == "1349.30"  # 1234.50 + 2 x 49.90 + 1.5 x 10.00
    assert [ln["quantity"] for ln in sale["lines"]] == ["1", "2", "1.5"]
    assert sale["touches_started"]
    call(["sale", "add", str(cid), "--item", "CASE", "--date", "2026-10-01"])
    listed = call(["sale", "list", "--client", str(cid), "--from", "2026-11-01"])
    assert [s["total"] for s in listed] == ["1349.30"]
    assert len(call(["sale", "list"])) == 2
    with pytest.raises(UsageError):
        call(["sale", "add", str(cid), "--item", "CASE", "--date", "26.11.2026"])
    text = call(["script", str(cid), "--purpose", "win-back"])["text"]
    assert text.startswith("SCENARIUSZ ROZMOWY: Jan Kowalski")
    assert "Dawno się nie słyszeliśmy" in text
    out = call(["price-list", str(cid), "--out", str(tmp_path / "offer.xlsx")])
    assert out["format"] == "xlsx"
    assert Path(out["path"]).is_file()
    assert out["items"] == ["SERVICE"]  # bits and case already bought
    assert (out["total"], out["discounted_total"]) == ("199.00", "179.10")
    assert out["discount_percent"] == "10.00"
    assert out["valid_until"] == "2026-12-26"
    assert call(["value", "recompute"])["clients"] == 1


def test_helpers_map_template_problems_to_book_errors(
    catalog: Services, add_client: AddClient
) -> None:
    cid = add_client(language="en")
    catalog.scripts.save_template("{{ client.nope }}", "en", "check-in")
    with pytest.raises(BookError, match="line 1: unknown variable"):
        cli.script_cli(catalog, cid, "check-in")
    assert cli.parse_item("ROPE:1,5").quantity == "1,5"
    with pytest.raises(ValidationError):
        cli.parse_item(":2")
