"""Headless sales commands: plain functions the CLI calls, and an argparse hook.

Commands (`register` adds them to the CLI's subparsers):

    catalog list [--all] [--text TEXT]
    catalog add --code CODE --name NAME --price PRICE [--category C] [--unit U]
                [--benefits TEXT] [--warranty-months N] [--related CODE:KIND ...]
    catalog edit CODE [--code NEW] [--name N] [--price P] [--category C] [--unit U]
                [--benefits TEXT] [--warranty-months N] [--related CODE:KIND ...]
                [--deactivate]
    catalog price CODE --tier T (--price P | --discount PERCENT | --clear)
    sale add CLIENT_ID --item CODE[:QTY[:PRICE]] [--item ...] [--date YYYY-MM-DD] [--note N]
    sale list [--client ID] [--from YYYY-MM-DD] [--to YYYY-MM-DD] [--limit N]
    script CLIENT_ID [--purpose PURPOSE] [--touch TOUCH_ID]
    price-list CLIENT_ID --out FILE.pdf|FILE.xlsx | --email [--out FILE.pdf]
    value recompute

Results are JSON-ready dicts and lists (money as exact decimal text plus minor units),
or text for `script`. Errors are `BookError`s for the CLI to print.
"""

from __future__ import annotations

import argparse
from collections.abc import Callable
from dataclasses import replace
from datetime import date
from pathlib import Path
from typing import TYPE_CHECKING, Any

from planner.cli.args import day
from planner.errors import BookError, ValidationError
from planner.problems import Problem
from planner.sales.money import format_quantity, to_decimal
from planner.sales.sandbox import ScriptError
from planner.services.salesviews import ItemInput, ItemView, SaleLineInput, SaleView
from planner.services.scripts import PURPOSES

if TYPE_CHECKING:
    from planner.app import Services

Handler = Callable[["Services", argparse.Namespace], Any]
Run = Callable[[Handler], Any]  # the CLI wraps a handler into its own kind of command


def _money(minor: int, currency: str) -> str:
    return str(to_decimal(minor, currency))


def _item(view: ItemView) -> dict[str, Any]:
    return {
        "code": view.code,
        "name": view.name,
        "category": view.category,
        "unit": view.unit,
        "price": _money(view.price_minor, view.currency),
        "price_minor": view.price_minor,
        "currency": view.currency,
        "benefits": view.benefits,
        "warranty_months": view.warranty_months,
        "active": view.active,
        "related": [{"code": r.code, "kind": r.kind} for r in view.related],
    }


def _sale(view: SaleView) -> dict[str, Any]:
    return {
        "id": view.id,
        "client_id": view.client_id,
        "client": view.client,
        "day": view.day.isoformat(),
        "note": view.note,
        "currency": view.currency,
        "total": _money(view.total_minor, view.currency),
        "total_minor": view.total_minor,
        "lines": [
            {
                "code": ln.code,
                "name": ln.name,
                "quantity": format_quantity(ln.quantity_milli),
                "unit": ln.unit,
                "unit_price": _money(ln.unit_price_minor, view.currency),
                "amount": _money(ln.amount_minor, view.currency),
                "price_source": ln.price_source,
            }
            for ln in view.lines
        ],
    }


def _related(pairs: list[str] | None) -> list[tuple[str, str]] | None:
    if pairs is None:
        return None
    out = []
    for pair in pairs:
        code, sep, kind = pair.partition(":")
        if not sep:
            raise ValidationError([Problem.of("cli.bad-related", "related", value=pair)])
        out.append((code, kind))
    return out


# --- catalog ------------------------------------------------------------------------------
def catalog_list(
    services: Services, include_inactive: bool = False, text: str = ""
) -> list[dict[str, Any]]:
    return [_item(v) for v in services.catalog.items(include_inactive=include_inactive, text=text)]


def catalog_add(
    services: Services, data: ItemInput, related: list[tuple[str, str]] | None = None
) -> dict[str, Any]:
    """Add an item (and its related items) as one step for the user; returns the item."""
    services.catalog.add(data)
    if related:
        services.catalog.set_related(data.code.strip(), related)
    return _item(services.catalog.item(data.code.strip()))


def catalog_edit(
    services: Services,
    code: str,
    changes: dict[str, Any],
    related: list[tuple[str, str]] | None = None,
    deactivate: bool = False,
) -> dict[str, Any]:
    """Change only the fields given (`changes` holds ItemInput field names)."""
    current = services.catalog.item(code)
    price = changes.pop("price", None)
    if changes or price is not None:
        keep = _money(current.price_minor, current.currency)
        services.catalog.edit(code, replace(current.to_input(price or keep), **changes))
    code = changes.get("code", code)
    if related is not None:
        services.catalog.set_related(code, related)
    if deactivate:
        services.catalog.deactivate(code)
    return _item(services.catalog.item(code))


def catalog_price(
    services: Services, code: str, tier: str, price: str | None = None, discount: str | None = None
) -> list[dict[str, Any]]:
    services.catalog.set_tier_price(tier, code, price=price, discount=discount)
    return [
        {
            "tier": r.tier,
            "code": r.code,
            "price_minor": r.price_minor,
            "discount_bp": r.discount_bp,
            "effective_minor": r.effective_minor,
        }
        for r in services.catalog.price_book(tier.upper())
        if r.code == code
    ]


# --- sales --------------------------------------------------------------------------------
def parse_item(spec: str) -> SaleLineInput:
    """'DRILL', 'BITS:2', 'ROPE:1,5', 'DRILL:1:999.00' -> a sale line."""
    code, _, rest = spec.partition(":")
    qty, _, price = rest.partition(":")
    if not code.strip():
        raise ValidationError([Problem.of("cli.bad-item", "item", value=spec)])
    return SaleLineInput(code.strip(), qty.strip() or "1", price.strip() or None)


def sale_add(
    services: Services,
    client_id: int,
    items: list[str],
    day: date | None = None,
    note: str | None = None,
) -> dict[str, Any]:
    lines = [parse_item(spec) for spec in items]
    result = services.sales.record_sale(client_id, day or services.sales.today(), lines, note).value
    out = _sale(result.sale)
    out["touches_started"] = list(result.touches)
    return out


def sale_list(
    services: Services,
    client_id: int | None = None,
    start: date | None = None,
    end: date | None = None,
    limit: int | None = None,
) -> list[dict[str, Any]]:
    return [_sale(s) for s in services.sales.sales(client_id, start, end, limit)]


# --- documents ----------------------------------------------------------------------------
def script_cli(
    services: Services, client_id: int, purpose: str | None = None, touch_id: int | None = None
) -> str:
    """The rendered call script; a template problem becomes a BookError with its line."""
    result = services.scripts.render(client_id, purpose, touch_id)
    if isinstance(result, ScriptError):
        raise BookError("template-error", f"the call script template: {result}")
    return result.text


def price_list_cli(
    services: Services, client_id: int, out: Path | None, email: bool = False
) -> dict[str, Any]:
    """Write the price list as PDF or XLSX, chosen by the file's suffix; with `email`,
    a PDF and an e-mail draft (.eml) to the client with it attached."""
    if out is None and not email:
        raise BookError("no-output", "give --out FILE.pdf|FILE.xlsx, or --email")
    fmt = "pdf" if out is None else out.suffix.lower().lstrip(".")
    renderer = None
    if fmt == "pdf":
        from ui.documents.pdf import write_pdf  # Qt only when a PDF is asked for

        renderer = write_pdf
    result = services.offers.make_price_list(client_id, out, fmt, renderer, email=email).value
    offer = result.offer
    sent = {"email_draft": str(result.draft_path), "to": result.recipient} if email else {}
    return {
        **sent,
        "offer_id": result.offer_id,
        "path": str(result.path),
        "format": result.format,
        "client_id": client_id,
        "items": [ln.code for ln in offer.lines],
        "currency": offer.currency,
        "total": _money(offer.total_minor, offer.currency),
        "discounted_total": _money(offer.discounted_total_minor, offer.currency),
        "discount_percent": str(to_decimal(offer.discount_bp, "EUR")),
        "valid_until": offer.valid_until.isoformat(),
        "touch_id": result.touch_id,
        "follow_up_touch_id": result.follow_up_touch_id,
    }


def value_recompute(services: Services) -> dict[str, Any]:
    r = services.value.recompute_all().value
    return {
        "clients": r.clients,
        "changed": r.changed,
        "newly_at_risk": list(r.newly_at_risk),
        "win_back_started": list(r.win_back_started),
    }


# --- argparse -----------------------------------------------------------------------------
def _item_fields(p: argparse.ArgumentParser, required: bool) -> None:
    p.add_argument("--code", required=required, help="unique item code, no spaces")
    p.add_argument("--name", required=required)
    p.add_argument("--price", required=required, help="list price, e.g. 12,50 or 1 234.50")
    p.add_argument("--category")
    p.add_argument("--unit", help="pcs, hour, kg... (default pcs)")
    p.add_argument("--benefits", help="why it helps the client (shown on price lists)")
    p.add_argument("--warranty-months", type=int)
    p.add_argument("--related", action="append", metavar="CODE:KIND",
                   help="related item; KIND is consumable, service or accessory")  # fmt: skip


def register(subparsers: Any, run: Run, common: argparse.ArgumentParser) -> None:
    """Add the sales commands. `run(handler)` wraps a `(services, args) -> result` handler
    into the CLI's handler (open the book, call, print, map errors); `common` carries
    --db, --json and --today to every leaf command."""
    catalog = subparsers.add_parser("catalog", help="catalog items and tier prices")
    csub = catalog.add_subparsers(dest="catalog_command", required=True)
    p = csub.add_parser("list", parents=[common], help="list catalog items")
    p.add_argument("--all", action="store_true", help="include inactive items")
    p.add_argument("--text", default="", help="filter by code, name or category")
    p.set_defaults(handler=run(lambda s, a: catalog_list(s, a.all, a.text)))
    p = csub.add_parser("add", parents=[common], help="add a catalog item")
    _item_fields(p, required=True)
    p.set_defaults(handler=run(_catalog_add))
    p = csub.add_parser("edit", parents=[common], help="change a catalog item")
    p.add_argument("item", metavar="CODE")
    _item_fields(p, required=False)
    p.add_argument("--deactivate", action="store_true", help="stop offering the item")
    p.set_defaults(handler=run(_catalog_edit))
    p = csub.add_parser(
        "price", parents=[common], help="a tier's own price or discount for an item"
    )
    p.add_argument("item", metavar="CODE")
    p.add_argument("--tier", required=True)
    group = p.add_mutually_exclusive_group(required=True)
    group.add_argument("--price")
    group.add_argument("--discount", help="percent off the list price, e.g. 12,5")
    group.add_argument("--clear", action="store_true", help="back to the list price")
    p.set_defaults(handler=run(lambda s, a: catalog_price(s, a.item, a.tier, a.price, a.discount)))

    sale = subparsers.add_parser("sale", help="the sales log")
    ssub = sale.add_subparsers(dest="sale_command", required=True)
    p = ssub.add_parser("add", parents=[common], help="record a sale")
    p.add_argument("client", type=int, metavar="CLIENT_ID")
    p.add_argument("--item", action="append", required=True, metavar="CODE[:QTY[:PRICE]]")
    p.add_argument("--date", type=day, help="the sale's day (default today)")
    p.add_argument("--note")
    p.set_defaults(handler=run(lambda s, a: sale_add(s, a.client, a.item, a.date, a.note)))
    p = ssub.add_parser("list", parents=[common], help="list sales, newest first")
    p.add_argument("--client", type=int)
    p.add_argument("--from", dest="start", type=day)
    p.add_argument("--to", dest="end", type=day)
    p.add_argument("--limit", type=int)
    p.set_defaults(handler=run(lambda s, a: sale_list(s, a.client, a.start, a.end, a.limit)))

    p = subparsers.add_parser("script", parents=[common], help="the call script for a client")
    p.add_argument("client", type=int, metavar="CLIENT_ID")
    p.add_argument("--purpose", choices=PURPOSES, default=None)
    p.add_argument("--touch", type=int, help="a planned touch: its purpose and channel")
    p.set_defaults(handler=run(lambda s, a: script_cli(s, a.client, a.purpose, a.touch)))

    p = subparsers.add_parser(
        "price-list", parents=[common], help="write a client's personal price list"
    )
    p.add_argument("client", type=int, metavar="CLIENT_ID")
    p.add_argument("--out", type=Path, metavar="FILE.pdf|FILE.xlsx")
    p.add_argument(
        "--email",
        action="store_true",
        help="also write an e-mail draft (.eml) to the client with the PDF attached",
    )
    p.set_defaults(handler=run(lambda s, a: price_list_cli(s, a.client, a.out, a.email)))

    value = subparsers.add_parser("value", help="client value and risk from the sales log")
    vsub = value.add_subparsers(dest="value_command", required=True)
    p = vsub.add_parser(
        "recompute", parents=[common], help="recompute value and risk of the whole book"
    )
    p.set_defaults(handler=run(lambda s, a: value_recompute(s)))


_FIELDS = ("code", "name", "price", "category", "unit", "benefits", "warranty_months")


def _catalog_add(services: Services, args: argparse.Namespace) -> dict[str, Any]:
    data = ItemInput(
        code=args.code,
        name=args.name,
        price=args.price,
        category=args.category,
        unit=args.unit or "pcs",
        benefits=args.benefits,
        warranty_months=args.warranty_months,
    )
    return catalog_add(services, data, _related(args.related))


def _catalog_edit(services: Services, args: argparse.Namespace) -> dict[str, Any]:
    changes = {f: getattr(args, f) for f in _FIELDS if getattr(args, f) is not None}
    return catalog_edit(services, args.item, changes, _related(args.related), args.deactivate)
