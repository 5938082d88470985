"""The default tiers and sequences a new book starts with (DESIGN.md sections 2 and 4)."""

from __future__ import annotations

from sqlalchemy import select
from sqlalchemy.orm import Session

from planner.db import Book
from planner.models import Sequence, SequenceStep, Tier

# code, name, unit, count, rotation, retry delay, retry limit, priority, slip
DEFAULT_TIERS = [
    ("A", "Key", "week", 2, "meeting,call,video", 1, 2, 1, 1),
    ("B", "Regular", "month", 1, "call,email", 2, 2, 2, 2),
    ("C", "Occasional", "month", 3, "email,call", 3, 1, 3, 5),
    ("D", "One-time", "month", 6, "email", 5, 0, 4, 10),
]

# code, name, trigger, steps: (offset in working days, channel or None = preferred, purpose)
DEFAULT_SEQUENCES: list[tuple[str, str, str, list[tuple[int, str | None, str]]]] = [
    ("onboarding", "New client", "new-client", [(1, "call", "onboarding"), (10, None, "check-in")]),
    (
        "after-sale",
        "After a sale",
        "sale",
        [(1, None, "thank-you"), (7, "call", "check-in"), (14, None, "price-list")],
    ),
    ("warranty", "Warranty check", "warranty-end", [(-10, "call", "warranty-check")]),
    ("birthday", "Birthday greeting", "birthday", [(0, None, "birthday")]),
    ("win-back", "Win back", "dormant", [(0, "call", "win-back"), (10, "email", "news-offer")]),
]


def needs_defaults(session: Session) -> bool:
    """Does the book lack its tiers or its sequences?"""
    return (
        session.scalar(select(Tier.id).limit(1)) is None
        or session.scalar(select(Sequence.id).limit(1)) is None
    )


def ensure_book_defaults(book: Book) -> bool:
    """Seed an empty book; read first, so that opening a seeded book never takes the write
    lock (reads in another window keep working while an import runs) and a read-only book
    opens at all."""
    with book.reading() as session:
        if not needs_defaults(session):
            return False
    if not book.writable():
        return False
    with book.transaction() as session:
        return ensure_defaults(session)


def ensure_defaults(session: Session) -> bool:
    """Seed tiers and sequences into an empty book. Returns whether anything was added."""
    added = False
    if session.scalar(select(Tier.id).limit(1)) is None:
        for code, name, unit, count, channels, delay, limit, prio, slip in DEFAULT_TIERS:
            session.add(
                Tier(
                    code=code,
                    name=name,
                    interval_unit=unit,
                    interval_count=count,
                    channels=channels,
                    allow_preferred=True,
                    retry_delay_days=delay,
                    retry_limit=limit,
                    priority=prio,
                    slip_days=slip,
                    discount_bp=1000,
                )
            )
        added = True
    if session.scalar(select(Sequence.id).limit(1)) is None:
        for code, name, trigger, steps in DEFAULT_SEQUENCES:
            seq = Sequence(code=code, name=name, trigger=trigger, active=True)
            seq.steps = [
                SequenceStep(position=i, offset_days=off, channel=ch, purpose=purpose)
                for i, (off, ch, purpose) in enumerate(steps)
            ]
            session.add(seq)
        added = True
    return added
