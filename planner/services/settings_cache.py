"""Whether what a transaction read of the settings last time still holds (issue 8).

Logging an outcome read the settings, the tiers and the days off anew on every click:
three statements and their decoding, for rows that change a few times a year. A plan's
rules are now kept between transactions while the book says they cannot have changed:

- a write through this book's engine to one of those tables, or any rollback, drops
  what is kept (the statement is seen before it runs, so a transaction that changes a
  setting never reuses the rules of before, and a rolled-back change is not kept);
- a commit by any other connection (another window, process or tool) changes SQLite's
  `PRAGMA data_version` on ours, which one cheap statement reads per transaction;
- each pooled connection keeps its own token, so a fresh connection reads anew.

A team book (PostgreSQL, where colleagues' commits are not seen so cheaply) is not
cached: `valid` says no and the rules are read every time, as before.
"""

from __future__ import annotations

import itertools
import re
from typing import Any, Generic, TypeVar

from sqlalchemy import event
from sqlalchemy.engine import Engine
from sqlalchemy.orm import Session

T = TypeVar("T")

# The tables a plan's rules are read from (setting, tier, day_override); a statement
# that writes one of them (or a migration's DDL on them) drops what is kept.
_WRITES = re.compile(
    r"^\s*(?:INSERT(?:\s+OR\s+\w+)?\s+INTO|REPLACE\s+INTO|UPDATE(?:\s+OR\s+\w+)?|DELETE\s+FROM"
    r"|ALTER\s+TABLE|DROP\s+TABLE|CREATE\s+TABLE)\s+[\"'`]?(?:setting|tier|day_override)\b",
    re.IGNORECASE,
)
_TOKENS = itertools.count(1)
_KEY = "planner.settings_token"


class SettingsCache(Generic[T]):
    """One kept value (the rules a plan reads) and when it may be used again."""

    def __init__(self, engine: Engine, *, enabled: bool = True) -> None:
        self.enabled = enabled and engine.dialect.name == "sqlite"
        self._generation = 0
        self._kept: tuple[Any, int, T] | None = None  # (book token, generation, value)
        if self.enabled:
            event.listen(engine, "before_cursor_execute", self._seen)
            event.listen(engine, "rollback", self._drop)

    def _seen(self, conn: Any, cursor: Any, statement: str, *args: Any) -> None:
        if statement[:1] not in ("S", "s") and _WRITES.match(statement):
            self._drop()

    def _drop(self, *_args: Any) -> None:
        self._generation += 1
        self._kept = None

    def _token(self, session: Session) -> Any:
        """This connection and its `data_version`: equal only while no other connection
        committed to the book."""
        conn = session.connection()
        info = conn.connection.info
        own = info.get(_KEY)
        if own is None:
            own = info[_KEY] = next(_TOKENS)
        version = conn.exec_driver_sql("PRAGMA data_version").scalar()
        return (own, version)

    def get(self, session: Session) -> tuple[Any, T | None]:
        """(the token to `put` with, the kept value if it still holds)."""
        if not self.enabled:
            return None, None
        token = (self._token(session), self._generation)
        kept = self._kept
        if kept is not None and (kept[0], kept[1]) == token:
            return token, kept[2]
        return token, None

    def put(self, token: Any, value: T) -> None:
        if token is not None and token[1] == self._generation:  # nothing written meanwhile
            self._kept = (token[0], token[1], value)
