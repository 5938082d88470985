"""Catalog and tier price book use cases: items, related items, tier prices, price_for."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import replace

from sqlalchemy import delete, select
from sqlalchemy.orm import Session, selectinload

from planner.errors import BookError, Invalid, NotFound, ValidationError
from planner.models import Tier
from planner.problems import Problem
from planner.sales.models import CatalogItem, RelatedItem, TierPrice
from planner.sales.money import discounted, parse_money, parse_percent
from planner.services.context import Context
from planner.services.result import Result
from planner.services.salesviews import (
    RELATED_KINDS,
    ItemEdit,
    ItemInput,
    ItemView,
    RelatedView,
    TierPriceView,
)
from planner.services.views import Changes

CODE_MAX = 40  # an item code: at most this many characters, no spaces
MAX_PRICE_MINOR = 10**13  # a hundred billion in a 2-digit currency: anything above is a typo
CATALOG_CHANGED = Changes(catalog=True)


def price_for(item: CatalogItem, rule: TierPrice | None) -> int:
    """The tier's price of an item in minor units: its own price, its discount off the
    list price (rounded half up), or the list price when the tier has no rule."""
    if rule is None:
        return item.price_minor
    if rule.price_minor is not None:
        return rule.price_minor
    return discounted(item.price_minor, rule.discount_bp or 0)


def tier_rules(session: Session, tier_id: int) -> dict[int, TierPrice]:
    """item id -> the tier's price rule, for pricing many items at once."""
    rows = session.scalars(select(TierPrice).where(TierPrice.tier_id == tier_id))
    return {r.item_id: r for r in rows}


def currency(ctx: Context, session: Session) -> str:
    return str(ctx.setting_value(session, "book.currency"))


def item_view(item: CatalogItem, cur: str, names: dict[int, tuple[str, str]]) -> ItemView:
    return ItemView(
        id=item.id,
        code=item.code,
        name=item.name,
        category=item.category,
        unit=item.unit,
        price_minor=item.price_minor,
        currency=cur,
        benefits=item.benefits,
        warranty_months=item.warranty_months,
        active=item.active,
        related=tuple(
            RelatedView(names[r.related_id][0], names[r.related_id][1], r.kind)
            for r in item.related
        ),
    )


class CatalogService:
    def __init__(self, ctx: Context) -> None:
        self.ctx = ctx

    # --- reading --------------------------------------------------------------------------
    def items(self, *, include_inactive: bool = False, text: str = "") -> list[ItemView]:
        """Catalog items by category and name; `text` filters by code, name or category."""
        with self.ctx.book.reading() as session:
            q = select(CatalogItem).options(selectinload(CatalogItem.related))
            if not include_inactive:
                q = q.where(CatalogItem.active.is_(True))
            rows = list(session.scalars(q))
            names = {i.id: (i.code, i.name) for i in session.scalars(select(CatalogItem))}
            needle = text.strip().casefold()
            if needle:
                rows = [
                    r for r in rows if needle in f"{r.code} {r.name} {r.category or ''}".casefold()
                ]
            rows.sort(key=lambda r: ((r.category or "").casefold(), r.name.casefold(), r.code))
            cur = currency(self.ctx, session)
            return [item_view(r, cur, names) for r in rows]

    def item(self, code: str) -> ItemView:
        with self.ctx.book.reading() as session:
            item = self._by_code(session, code)
            names = {i.id: (i.code, i.name) for i in session.scalars(select(CatalogItem))}
            return item_view(item, currency(self.ctx, session), names)

    def price_for(self, code: str, tier: str) -> int:
        """The price of item `code` for clients of `tier`, in minor units."""
        with self.ctx.book.reading() as session:
            item = self._by_code(session, code)
            tier_row = self._tier(session, tier)
            rule = session.scalar(
                select(TierPrice).where(
                    TierPrice.tier_id == tier_row.id, TierPrice.item_id == item.id
                )
            )
            return price_for(item, rule)

    def price_book(self, tier: str | None = None) -> list[TierPriceView]:
        """Every tier rule (or one tier's), with the price it gives."""
        with self.ctx.book.reading() as session:
            q = (
                select(TierPrice, Tier.code, CatalogItem)
                .join(Tier, Tier.id == TierPrice.tier_id)
                .join(CatalogItem, CatalogItem.id == TierPrice.item_id)
                .order_by(Tier.priority, CatalogItem.code)
            )
            if tier is not None:
                q = q.where(Tier.code == tier)
            return [
                TierPriceView(
                    code, item.code, rule.price_minor, rule.discount_bp, price_for(item, rule)
                )
                for rule, code, item in session.execute(q)
            ]

    # --- writing --------------------------------------------------------------------------
    def validate(self, data: ItemInput, *, editing: str | None = None) -> ItemInput:
        """Check a form without saving (the dialog's inline messages); returns it cleaned:
        trimmed text, the price as typed. Raises ValidationError like `add`/`edit`."""
        with self.ctx.book.reading() as session:
            clean = self._clean(session, data, editing)
        return replace(
            data,
            code=str(clean["code"]),
            name=str(clean["name"]),
            category=str(clean["category"]) if clean["category"] else None,
            unit=str(clean["unit"]),
            benefits=(data.benefits or "").strip() or None,
        )

    def add(self, data: ItemInput) -> Result[int]:
        """A new item; the value is its id."""
        with self.ctx.book.transaction() as session:
            return Result(self._add_in(session, data), CATALOG_CHANGED)

    def edit(self, code: str, data: ItemInput) -> Result[None]:
        """Replace the fields of item `code` (its code may change, if still unique)."""
        with self.ctx.book.transaction() as session:
            self._edit_in(session, code, data)
            return Result(None, CATALOG_CHANGED)

    def save_item(self, edit: ItemEdit) -> Result[int]:
        """The catalog dialog's Save: the item's fields, its related items and its tier
        prices in one transaction, all or nothing (a refused part writes nothing). The
        value is the item's id."""
        with self.ctx.book.transaction() as session:
            if edit.old is None:
                item_id = self._add_in(session, edit.item)
            else:
                item_id = self._edit_in(session, edit.old, edit.item)
            code = edit.item.code.strip()
            if edit.related is not None:
                self._set_related_in(session, code, edit.related)
            for tier, price, discount in edit.prices:
                self._set_tier_price_in(session, tier, code, price, discount)
            return Result(item_id, CATALOG_CHANGED)

    def deactivate(self, code: str) -> Result[None]:
        """Stop offering an item. Sales that hold it keep it; it is never deleted."""
        with self.ctx.book.transaction() as session:
            self._by_code(session, code).active = False
            return Result(None, CATALOG_CHANGED)

    def set_related(self, code: str, related: Sequence[tuple[str, str]]) -> Result[None]:
        """Replace what goes with item `code`: (related code, kind) pairs, in order."""
        with self.ctx.book.transaction() as session:
            self._set_related_in(session, code, related)
            return Result(None, CATALOG_CHANGED)

    def set_tier_price(
        self, tier: str, code: str, *, price: str | None = None, discount: str | None = None
    ) -> Result[None]:
        """Give `tier` its own price for an item, or a discount ('10', '12,5 %'); with
        neither, the tier pays the list price again."""
        with self.ctx.book.transaction() as session:
            self._set_tier_price_in(session, tier, code, price, discount)
            return Result(None, CATALOG_CHANGED)

    # --- writing inside the caller's transaction ------------------------------------------
    def _add_in(self, session: Session, data: ItemInput) -> int:
        item = CatalogItem(**self._clean(session, data, None))
        session.add(item)
        session.flush()
        return item.id

    def _edit_in(self, session: Session, code: str, data: ItemInput) -> int:
        item = self._by_code(session, code)
        for key, value in self._clean(session, data, item.code).items():
            setattr(item, key, value)
        session.flush()
        return item.id

    def _set_related_in(
        self, session: Session, code: str, related: Sequence[tuple[str, str]]
    ) -> None:
        item = self._by_code(session, code)
        problems: list[Problem] = []
        rows: list[RelatedItem] = []
        seen: set[int] = set()
        for i, (other_code, kind) in enumerate(related):
            other = session.scalar(
                select(CatalogItem).where(CatalogItem.code == other_code.strip())
            )
            if kind not in RELATED_KINDS:
                kinds = ", ".join(RELATED_KINDS)
                problems.append(Problem.of("item.bad-kind", f"related.{i}", kind=kind, kinds=kinds))
            elif other is None:
                problems.append(Problem.of("item.unknown-code", f"related.{i}", value=other_code))
            elif other.id == item.id:
                problems.append(Problem.of("item.self-related", f"related.{i}"))
            elif other.id not in seen:
                seen.add(other.id)
                rows.append(RelatedItem(related_id=other.id, kind=kind, position=len(rows)))
        if problems:
            raise ValidationError(problems)
        item.related = []
        session.flush()
        item.related = rows

    def _set_tier_price_in(
        self, session: Session, tier: str, code: str, price: str | None, discount: str | None
    ) -> None:
        if price is not None and discount is not None:
            raise ValidationError([Problem.of("item.price-and-discount", "price")])
        item = self._by_code(session, code)
        tier_row = self._tier(session, tier)
        session.execute(
            delete(TierPrice).where(TierPrice.tier_id == tier_row.id, TierPrice.item_id == item.id)
        )
        if price is not None:
            minor = self._money(price, currency(self.ctx, session), "price")
            session.add(TierPrice(tier_id=tier_row.id, item_id=item.id, price_minor=minor))
        elif discount is not None:
            try:
                bp = parse_percent(discount)
            except Invalid as exc:
                raise ValidationError([exc.at("discount")]) from None
            session.add(TierPrice(tier_id=tier_row.id, item_id=item.id, discount_bp=bp))

    # --- helpers --------------------------------------------------------------------------
    def _clean(self, session: Session, data: ItemInput, editing: str | None) -> dict[str, object]:
        problems: list[Problem] = []
        code = data.code.strip()
        name = " ".join(data.name.split())
        if not code:
            problems.append(Problem.of("item.no-code", "code"))
        elif len(code) > CODE_MAX or any(c.isspace() for c in code):
            problems.append(Problem.of("item.bad-code", "code", limit=CODE_MAX))
        elif code != editing:
            taken = session.scalar(select(CatalogItem.id).where(CatalogItem.code == code))
            if taken is not None:
                problems.append(Problem.of("item.taken-code", "code", value=code))
        if not name:
            problems.append(Problem.of("item.no-name", "name"))
        elif len(name) > 200:
            problems.append(Problem.of("item.long-name", "name", limit=200))
        price = 0
        try:
            price = self._money(data.price, currency(self.ctx, session), "price")
        except ValidationError as exc:
            problems.extend(exc.by_field.values())
        if data.warranty_months is not None and not 0 <= data.warranty_months <= 600:
            problems.append(Problem.of("item.bad-warranty", "warranty_months", limit=600))
        category = " ".join((data.category or "").split()) or None
        if category and len(category) > 100:
            problems.append(Problem.of("item.long-category", "category", limit=100))
        unit = data.unit.strip() or "pcs"
        if len(unit) > 20:
            problems.append(Problem.of("item.long-unit", "unit", limit=20))
        if problems:
            raise ValidationError(problems)
        return {
            "code": code,
            "name": name,
            "price_minor": price,
            "category": category,
            "unit": unit,
            "benefits": (data.benefits or "").strip() or None,
            "warranty_months": data.warranty_months or None,
            "active": data.active,
        }

    @staticmethod
    def _money(text: str, cur: str, field: str) -> int:
        try:
            minor = parse_money(text, cur)
        except Invalid as exc:
            raise ValidationError([exc.at(field)]) from None
        if minor < 0:
            raise ValidationError([Problem.of("price.negative", field)])
        if minor > MAX_PRICE_MINOR:
            raise ValidationError([Problem.of("price.too-large", field)])
        return minor

    @staticmethod
    def _by_code(session: Session, code: str) -> CatalogItem:
        item = session.scalar(select(CatalogItem).where(CatalogItem.code == code.strip()))
        if item is None:
            raise NotFound("catalog item", code)
        return item

    @staticmethod
    def _tier(session: Session, code: str) -> Tier:
        tier = session.scalar(select(Tier).where(Tier.code == code.strip().upper()))
        if tier is None:
            raise BookError("unknown-tier", f"unknown tier {code!r}", field="tier")
        return tier
