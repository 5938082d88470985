"""The book's schema: SQLAlchemy 2 typed ORM models (DESIGN.md sections 2 and 6).

Money is integer minor units, dates are dates, instants are naive UTC datetimes.
Schema changes only through Alembic revisions in `planner/migrations`.
"""

from __future__ import annotations

from datetime import date, datetime

from sqlalchemy import (
    BigInteger,
    Boolean,
    Date,
    DateTime,
    FetchedValue,
    ForeignKey,
    Index,
    Integer,
    String,
    Text,
    UniqueConstraint,
    false,
)
from sqlalchemy.orm import Mapped, mapped_column, relationship

from planner.model_base import NAMING_CONVENTION as NAMING_CONVENTION
from planner.model_base import Base as Base


class Setting(Base):
    """One key of the book's settings; the value is JSON text."""

    __tablename__ = "setting"

    key: Mapped[str] = mapped_column(String(100), primary_key=True)
    value: Mapped[str] = mapped_column(Text)


class Tier(Base):
    __tablename__ = "tier"

    id: Mapped[int] = mapped_column(primary_key=True)
    code: Mapped[str] = mapped_column(String(8), unique=True)
    name: Mapped[str] = mapped_column(String(100))
    interval_unit: Mapped[str] = mapped_column(String(10))
    interval_count: Mapped[int] = mapped_column(Integer)
    channels: Mapped[str] = mapped_column(String(200))  # comma-separated rotation
    allow_preferred: Mapped[bool] = mapped_column(Boolean, default=True)
    retry_delay_days: Mapped[int] = mapped_column(Integer, default=1)
    retry_limit: Mapped[int] = mapped_column(Integer, default=2)
    priority: Mapped[int] = mapped_column(Integer)
    slip_days: Mapped[int] = mapped_column(Integer, default=2)
    discount_bp: Mapped[int] = mapped_column(Integer, default=1000)


class Salesperson(Base):
    """A member of a team book (DESIGN.md §11); a laptop book has none.

    `login` is the PostgreSQL role the salesperson connects as; the database's row-level
    security compares it with `session_user`. `settings` holds the salesperson's own
    settings (capacities, calendar, hours, signature) as JSON over the book's defaults.
    """

    __tablename__ = "salesperson"

    id: Mapped[int] = mapped_column(primary_key=True)
    login: Mapped[str] = mapped_column(String(63), unique=True)
    name: Mapped[str] = mapped_column(String(200))
    settings: Mapped[str] = mapped_column(Text, default="{}")


class TeamFlag(Base):
    """A possible duplicate `team join` found against another salesperson's client: for
    the manager to decide, never merged silently (issue 14, point 7)."""

    __tablename__ = "team_flag"

    id: Mapped[int] = mapped_column(primary_key=True)
    client_id: Mapped[int] = mapped_column(ForeignKey("client.id", ondelete="CASCADE"))
    other_client_id: Mapped[int] = mapped_column(ForeignKey("client.id", ondelete="CASCADE"))
    reason: Mapped[str] = mapped_column(String(20))  # same-phone | same-email


class Client(Base):
    __tablename__ = "client"

    id: Mapped[int] = mapped_column(primary_key=True)
    name: Mapped[str] = mapped_column(String(200))
    company: Mapped[str | None] = mapped_column(String(200))
    tier_id: Mapped[int] = mapped_column(ForeignKey("tier.id"), index=True)
    status: Mapped[str] = mapped_column(String(20), default="active", index=True)
    notes: Mapped[str | None] = mapped_column(Text)
    birthday_year: Mapped[int | None] = mapped_column(Integer)
    birthday_month: Mapped[int | None] = mapped_column(Integer)
    birthday_day: Mapped[int | None] = mapped_column(Integer)
    timezone: Mapped[str | None] = mapped_column(String(64))
    language: Mapped[str | None] = mapped_column(String(8))
    # How letters and scripts address the client; None: the language's default.
    salutation: Mapped[str | None] = mapped_column(String(100))
    created_on: Mapped[date] = mapped_column(Date)
    updated_at: Mapped[datetime] = mapped_column(DateTime)
    value_minor: Mapped[int] = mapped_column(Integer, default=0)
    at_risk: Mapped[bool] = mapped_column(Boolean, default=False)
    # Kept up to date when an outcome is logged, so re-planning the whole book does not
    # have to scan every done touch: the cadence anchor, the gap's start, the rotation.
    last_reached_on: Mapped[date | None] = mapped_column(Date)
    last_done_on: Mapped[date | None] = mapped_column(Date)
    reached_cadence: Mapped[int] = mapped_column(Integer, default=0)
    # The newest logged outcome and its day (revision 0016): the gap rule lets only a
    # retry after "no answer" come sooner than the gap, and "left a message" (which did
    # disturb the client) must be told apart from it (DESIGN.md section 4).
    last_outcome: Mapped[str | None] = mapped_column(String(20))
    last_outcome_on: Mapped[date | None] = mapped_column(Date)
    # Normalised text of name, company, phones, e-mails and tags for search (DESIGN.md §8).
    search_text: Mapped[str] = mapped_column(Text, default="")
    version: Mapped[int] = mapped_column(Integer, default=1)
    # Who wrote the row last: on PostgreSQL the database stamps the login (revision 0015),
    # so a conflict can name the colleague; NULL on a laptop book.
    updated_by: Mapped[str | None] = mapped_column(String(63), server_default=FetchedValue())
    # The salesperson whose client this is (team books); NULL on a laptop book. On
    # PostgreSQL the database fills it with the connected salesperson (revision 0011).
    owner_id: Mapped[int | None] = mapped_column(
        ForeignKey("salesperson.id"), index=True, server_default=FetchedValue()
    )
    # The Book's order (revision 0024): by the folded name, then id, read from the index.
    __table_args__ = (Index("ix_client_search_order", "search_text", "id"),)

    tier: Mapped[Tier] = relationship()
    contacts: Mapped[list[ContactPoint]] = relationship(
        back_populates="client", cascade="all, delete-orphan", order_by="ContactPoint.id"
    )
    tags: Mapped[list[ClientTag]] = relationship(
        back_populates="client", cascade="all, delete-orphan", order_by="ClientTag.name"
    )

    __mapper_args__ = {"version_id_col": version}  # noqa: RUF012 - SQLAlchemy reads it once


class ContactPoint(Base):
    __tablename__ = "contact_point"
    __table_args__ = (
        # A team book's salesperson's contact points by client (revision 0022).
        Index("ix_contact_point_owner", "owner_id", "client_id").ddl_if(dialect="postgresql"),
    )

    id: Mapped[int] = mapped_column(primary_key=True)
    client_id: Mapped[int] = mapped_column(ForeignKey("client.id", ondelete="CASCADE"), index=True)
    channel: Mapped[str] = mapped_column(String(20))  # "phone" serves call/sms/messengers
    value: Mapped[str] = mapped_column(String(300))
    label: Mapped[str | None] = mapped_column(String(50))
    preferred: Mapped[bool] = mapped_column(Boolean, default=False)
    consent: Mapped[bool] = mapped_column(Boolean, default=True)
    # What the number is (revision 0014): "voice", or "fax" / "pager", kept but never a
    # channel the planner uses; an extension dialled after the number; "unverified": kept
    # as typed because it did not parse, for the salesperson to fix.
    kind: Mapped[str] = mapped_column(String(10), default="voice", server_default="voice")
    extension: Mapped[str | None] = mapped_column(String(20))
    unverified: Mapped[bool] = mapped_column(Boolean, default=False, server_default=false())
    # The client's owner, kept right by PostgreSQL (revision 0022); NULL on a laptop book.
    owner_id: Mapped[int | None] = mapped_column(Integer, server_default=FetchedValue())

    client: Mapped[Client] = relationship(back_populates="contacts")


class ClientTag(Base):
    __tablename__ = "client_tag"
    __table_args__ = (UniqueConstraint("client_id", "name"),)

    id: Mapped[int] = mapped_column(primary_key=True)
    client_id: Mapped[int] = mapped_column(ForeignKey("client.id", ondelete="CASCADE"))
    name: Mapped[str] = mapped_column(String(60), index=True)

    client: Mapped[Client] = relationship(back_populates="tags")


class Touch(Base):
    __tablename__ = "touch"
    __table_args__ = (
        Index("ix_touch_client_status", "client_id", "status"),
        # Planned touches by day in levelling order; (status, due) alone was dropped as
        # its head (revision 0026).
        Index("ix_touch_status_due_rank", "status", "due", "rank"),
        # Today's counts and pages per channel, and what was done per day (revision 0010).
        Index("ix_touch_agenda", "status", "channel", "due", "rank"),
        Index("ix_touch_done_day", "status", "done_on", "channel"),
        # One salesperson's Today on a team book (revision 0022); not on a laptop book.
        Index("ix_touch_owner_agenda", "owner_id", "status", "channel", "due", "rank").ddl_if(
            dialect="postgresql"
        ),
        Index("ix_touch_owner_done_day", "owner_id", "status", "done_on", "channel").ddl_if(
            dialect="postgresql"
        ),
        Index("ix_touch_owner_id", "owner_id", "id").ddl_if(dialect="postgresql"),
    )

    id: Mapped[int] = mapped_column(primary_key=True)
    client_id: Mapped[int] = mapped_column(ForeignKey("client.id", ondelete="CASCADE"))
    kind: Mapped[str] = mapped_column(String(12))
    channel: Mapped[str] = mapped_column(String(20))
    purpose: Mapped[str] = mapped_column(String(20))
    status: Mapped[str] = mapped_column(String(12), default="planned")
    base_due: Mapped[date] = mapped_column(Date)
    due: Mapped[date] = mapped_column(Date)
    due_at: Mapped[datetime | None] = mapped_column(DateTime)  # UTC, live channels
    due_until: Mapped[datetime | None] = mapped_column(DateTime)
    overbooked: Mapped[bool] = mapped_column(Boolean, default=False)
    # The planner's priority order (smaller first); Today pages by it (revision 0004).
    rank: Mapped[int] = mapped_column(BigInteger, default=0, server_default="0")
    pinned: Mapped[bool] = mapped_column(Boolean, default=False)
    attempt: Mapped[int] = mapped_column(Integer, default=0)
    sequence_code: Mapped[str | None] = mapped_column(String(40))
    step: Mapped[int | None] = mapped_column(Integer)
    reason: Mapped[str] = mapped_column(Text, default="[]")  # JSON list of [code, {args}]
    outcome: Mapped[str | None] = mapped_column(String(20))
    note: Mapped[str | None] = mapped_column(Text)
    done_on: Mapped[date | None] = mapped_column(Date)
    done_at: Mapped[datetime | None] = mapped_column(DateTime)
    # The client's owner (team books), copied and kept right by PostgreSQL itself so that
    # row-level security and Today read one salesperson's touches (revision 0022); NULL
    # on a laptop book, as the client's owner is there.
    owner_id: Mapped[int | None] = mapped_column(Integer, server_default=FetchedValue())


# What a plan writes of an open touch, in the order of the services' stored key
# (`bookstate.Existing`), and what a new touch stores besides: the SQLite and PostgreSQL
# plan writers' columns.
TOUCH_PLAN_COLUMNS = (
    "due", "base_due", "channel", "overbooked", "attempt", "due_at", "due_until", "reason", "rank"
)  # fmt: skip
TOUCH_NEW_COLUMNS = ("client_id", "kind", "purpose", "status", "pinned", "sequence_code", "step")


class Sequence(Base):
    """A list of steps started by an event; steps are data the user can edit."""

    __tablename__ = "sequence"

    id: Mapped[int] = mapped_column(primary_key=True)
    code: Mapped[str] = mapped_column(String(40), unique=True)
    name: Mapped[str] = mapped_column(String(100))
    trigger: Mapped[str] = mapped_column(String(20))
    active: Mapped[bool] = mapped_column(Boolean, default=True)

    steps: Mapped[list[SequenceStep]] = relationship(
        back_populates="sequence", cascade="all, delete-orphan", order_by="SequenceStep.position"
    )


class SequenceStep(Base):
    __tablename__ = "sequence_step"
    __table_args__ = (UniqueConstraint("sequence_id", "position"),)

    id: Mapped[int] = mapped_column(primary_key=True)
    sequence_id: Mapped[int] = mapped_column(ForeignKey("sequence.id", ondelete="CASCADE"))
    position: Mapped[int] = mapped_column(Integer)
    offset_days: Mapped[int] = mapped_column(Integer)  # working days after the event
    channel: Mapped[str | None] = mapped_column(String(20))  # None: the client's preferred
    purpose: Mapped[str] = mapped_column(String(20))
    script: Mapped[str | None] = mapped_column(String(60))

    sequence: Mapped[Sequence] = relationship(back_populates="steps")


class DayOverride(Base):
    """A personal day off or an extra working day on top of the holiday library."""

    __tablename__ = "day_override"

    day: Mapped[date] = mapped_column(Date, primary_key=True)
    kind: Mapped[str] = mapped_column(String(10))  # "off" | "work"
    note: Mapped[str | None] = mapped_column(String(200))


class UndoStep(Base):
    """One undoable action (revision 0013): JSON snapshots of the rows it changed.

    `before` and `after` map a table name to {row id: row as JSON} for the rows that
    differ (a row missing on one side was inserted or deleted). Undone steps form the
    redo stack; a new action drops them (planner/services/undo.py).
    """

    __tablename__ = "undo_step"

    id: Mapped[int] = mapped_column(primary_key=True)
    action: Mapped[str] = mapped_column(String(30))
    args: Mapped[str] = mapped_column(Text, default="{}")
    clients: Mapped[str] = mapped_column(Text, default="[]")
    before: Mapped[str] = mapped_column(Text)
    after: Mapped[str] = mapped_column(Text)
    undone: Mapped[bool] = mapped_column(Boolean, default=False)
    created_at: Mapped[datetime] = mapped_column(DateTime)
    # Who took the action on a team book (revision 0021: stamped by the database, and each
    # login sees only its own steps); None on a laptop book.
    login: Mapped[str | None] = mapped_column(String(63), default=None)


# The sales tables share `Base.metadata`, so Alembic and `create_all` see them too.
from planner.sales import models as _sales_models  # noqa: E402, F401
