"""One whole-book write made on a snapshot: the plan is worked out without the write lock
(`Book.optimistic`), so an edit in another window or process goes through meanwhile, and
the lock is taken only to store what changed. When the book changed under the snapshot,
SQLite refuses that write and the work runs again from the new state (then, after
`OPTIMISTIC_ATTEMPTS`, under the write lock from the start). A team book (PostgreSQL)
always works under its ordinary transaction."""

from __future__ import annotations

from collections.abc import Callable
from typing import TypeVar

from sqlalchemy.exc import DBAPIError
from sqlalchemy.orm import Session

from planner.db import Book, is_busy

T = TypeVar("T")
OPTIMISTIC_ATTEMPTS = 3  # whole-book runs on a snapshot before one under the write lock


def whole_book_write(book: Book, work: Callable[[Session], T]) -> T:
    """Run `work` in one transaction (all or nothing), on a snapshot where SQLite allows."""
    snapshot = book.optimistic if not getattr(book, "url", None) else None  # not a team's
    for _ in range(OPTIMISTIC_ATTEMPTS if snapshot is not None else 0):
        assert snapshot is not None
        try:
            with snapshot() as session:
                return work(session)
        except DBAPIError as exc:
            if not is_busy(exc):
                raise
    with book.transaction() as session:
        return work(session)
