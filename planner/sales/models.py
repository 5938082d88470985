"""Tables of the sales side of a book: catalog, price book, sales log, templates, offers.

Money is integer minor units of the book's currency (`book.currency`); quantities are
integer thousandths (`quantity_milli`), so 1.5 hours or 0.25 kg stay exact without
floats. Everything here is added by Alembic revision 0003.
"""

from __future__ import annotations

from datetime import date, datetime

from sqlalchemy import (
    Boolean,
    CheckConstraint,
    Date,
    DateTime,
    ForeignKey,
    Integer,
    String,
    Text,
    UniqueConstraint,
)
from sqlalchemy.orm import Mapped, mapped_column, relationship

from planner.model_base import Base


class CatalogItem(Base):
    """A product or service the salesperson sells. Never deleted once sold: deactivated."""

    __tablename__ = "catalog_item"

    id: Mapped[int] = mapped_column(primary_key=True)
    code: Mapped[str] = mapped_column(String(40), unique=True)
    name: Mapped[str] = mapped_column(String(200))
    category: Mapped[str | None] = mapped_column(String(100))
    unit: Mapped[str] = mapped_column(String(20), default="pcs")
    price_minor: Mapped[int] = mapped_column(Integer)
    benefits: Mapped[str | None] = mapped_column(Text)
    warranty_months: Mapped[int | None] = mapped_column(Integer)
    active: Mapped[bool] = mapped_column(Boolean, default=True, index=True)

    related: Mapped[list[RelatedItem]] = relationship(
        foreign_keys="RelatedItem.item_id",
        cascade="all, delete-orphan",
        order_by="RelatedItem.position",
    )


class RelatedItem(Base):
    """What goes with an item: its consumables, services and accessories (recommendations)."""

    __tablename__ = "related_item"
    __table_args__ = (
        UniqueConstraint("item_id", "related_id"),
        CheckConstraint("item_id != related_id", name="not_itself"),
    )

    id: Mapped[int] = mapped_column(primary_key=True)
    item_id: Mapped[int] = mapped_column(ForeignKey("catalog_item.id", ondelete="CASCADE"))
    related_id: Mapped[int] = mapped_column(
        ForeignKey("catalog_item.id", ondelete="CASCADE"), index=True
    )
    kind: Mapped[str] = mapped_column(String(12))  # consumable | service | accessory
    position: Mapped[int] = mapped_column(Integer, default=0)


class TierPrice(Base):
    """A tier's own price for an item, or its discount off the list price (basis points)."""

    __tablename__ = "tier_price"
    __table_args__ = (
        UniqueConstraint("tier_id", "item_id"),
        CheckConstraint("(price_minor IS NULL) <> (discount_bp IS NULL)", name="price_or_discount"),
    )

    id: Mapped[int] = mapped_column(primary_key=True)
    tier_id: Mapped[int] = mapped_column(ForeignKey("tier.id", ondelete="CASCADE"))
    item_id: Mapped[int] = mapped_column(
        ForeignKey("catalog_item.id", ondelete="CASCADE"), index=True
    )
    price_minor: Mapped[int | None] = mapped_column(Integer)
    discount_bp: Mapped[int | None] = mapped_column(Integer)


class Sale(Base):
    """A completed order of catalog items for a client. Deleted with the client."""

    __tablename__ = "sale"

    id: Mapped[int] = mapped_column(primary_key=True)
    client_id: Mapped[int] = mapped_column(ForeignKey("client.id", ondelete="CASCADE"), index=True)
    day: Mapped[date] = mapped_column(Date, index=True)
    note: Mapped[str | None] = mapped_column(Text)
    currency: Mapped[str] = mapped_column(String(3))
    total_minor: Mapped[int] = mapped_column(Integer)
    created_at: Mapped[datetime] = mapped_column(DateTime)

    lines: Mapped[list[SaleLine]] = relationship(
        back_populates="sale", cascade="all, delete-orphan", order_by="SaleLine.position"
    )


class SaleLine(Base):
    __tablename__ = "sale_line"

    id: Mapped[int] = mapped_column(primary_key=True)
    sale_id: Mapped[int] = mapped_column(ForeignKey("sale.id", ondelete="CASCADE"), index=True)
    position: Mapped[int] = mapped_column(Integer)
    item_id: Mapped[int] = mapped_column(ForeignKey("catalog_item.id"), index=True)
    quantity_milli: Mapped[int] = mapped_column(Integer)  # 1500 = 1.5 units
    unit_price_minor: Mapped[int] = mapped_column(Integer)
    amount_minor: Mapped[int] = mapped_column(Integer)
    price_source: Mapped[str] = mapped_column(String(8))  # list | tier | manual

    sale: Mapped[Sale] = relationship(back_populates="lines")


class ScriptTemplate(Base):
    """A user-edited template; it overrides the default one from resources/.

    `tier` and `purpose` are "" for "any", so that the unique key works in SQLite
    (NULLs never collide there). `kind` is "script" or "price-list".
    """

    __tablename__ = "script_template"
    __table_args__ = (UniqueConstraint("kind", "tier", "purpose", "language"),)

    id: Mapped[int] = mapped_column(primary_key=True)
    kind: Mapped[str] = mapped_column(String(12))
    tier: Mapped[str] = mapped_column(String(8), default="")
    purpose: Mapped[str] = mapped_column(String(20), default="")
    language: Mapped[str] = mapped_column(String(8))
    body: Mapped[str] = mapped_column(Text)
    updated_at: Mapped[datetime] = mapped_column(DateTime)


class Offer(Base):
    """A personal price list given to a client, kept beside the client's history."""

    __tablename__ = "offer"

    id: Mapped[int] = mapped_column(primary_key=True)
    client_id: Mapped[int] = mapped_column(ForeignKey("client.id", ondelete="CASCADE"), index=True)
    created_on: Mapped[date] = mapped_column(Date)
    valid_until: Mapped[date] = mapped_column(Date)
    discount_bp: Mapped[int] = mapped_column(Integer)
    currency: Mapped[str] = mapped_column(String(3))
    language: Mapped[str] = mapped_column(String(8))
    total_minor: Mapped[int] = mapped_column(Integer)
    discounted_total_minor: Mapped[int] = mapped_column(Integer)
    file_path: Mapped[str] = mapped_column(Text)
    format: Mapped[str] = mapped_column(String(8))  # pdf | xlsx
    touch_id: Mapped[int | None] = mapped_column(ForeignKey("touch.id", ondelete="SET NULL"))

    lines: Mapped[list[OfferLine]] = relationship(
        cascade="all, delete-orphan", order_by="OfferLine.position"
    )


class OfferLine(Base):
    """One recommended item as it was offered (prices frozen at the time of the offer)."""

    __tablename__ = "offer_line"

    id: Mapped[int] = mapped_column(primary_key=True)
    offer_id: Mapped[int] = mapped_column(ForeignKey("offer.id", ondelete="CASCADE"), index=True)
    position: Mapped[int] = mapped_column(Integer)
    item_id: Mapped[int] = mapped_column(ForeignKey("catalog_item.id"), index=True)
    reason: Mapped[str] = mapped_column(String(12))  # related | popular
    price_minor: Mapped[int] = mapped_column(Integer)
    discounted_minor: Mapped[int] = mapped_column(Integer)
