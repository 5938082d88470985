"""A book on PostgreSQL: the same models, revisions and API as the SQLite `Book`."""

from __future__ import annotations

import re
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import Any

from alembic import command
from sqlalchemy import Engine, create_engine, event
from sqlalchemy.exc import DBAPIError, OperationalError, ProgrammingError
from sqlalchemy.orm import Session, sessionmaker

from planner.clock import Stamp, file_stamp
from planner.db import URL_BOOKS, Book, alembic_config, current_revision, head_revision
from planner.errors import BookError, Conflict
from planner.team.url import parse, scrub, shown


def make_team_engine(location: str) -> Engine:
    url = parse(location)
    try:
        import psycopg  # noqa: F401 - only to say clearly what is missing
    except ImportError as exc:
        raise BookError(
            "team-driver-missing",
            "a team book needs the 'team' extra (psycopg 3): pip install contact-planner[team]",
        ) from exc
    return create_engine(
        url,
        future=True,
        pool_pre_ping=True,
        # Every user action is one transaction; REPEATABLE READ gives the same snapshot
        # semantics as SQLite's, and a write that lost a race fails instead of overwriting.
        isolation_level="REPEATABLE READ",
    )


_LOGIN = re.compile(r"^[a-z_][a-z0-9_]{0,62}$")
_RACES = ("40001", "40P01")  # serialization_failure, deadlock_detected


def _what(exc: OperationalError) -> str:
    """The table the lost race was about, from the statement that hit it."""
    words = str(exc.statement or "").split()
    for keyword in ("UPDATE", "INTO", "FROM"):
        if keyword in words and words.index(keyword) + 1 < len(words):
            return f"a {words[words.index(keyword) + 1]} record"
    return "a record"


class TeamBook(Book):
    """`Book(url)` with a `postgresql://` URL lands here (see `planner.db.Book.__new__`)."""

    def __init__(
        self, path: str | Path, *, migrate: bool = True, stamp: Stamp = file_stamp
    ) -> None:
        location = str(path)
        self.stamp = stamp  # unused: a team book takes no file backup before a migration
        self.url = parse(location)
        self.location = shown(self.url)
        # Nothing of a team book is a file: backups and reports go beside the user's data.
        from planner.db import default_book_path

        self.path = default_book_path().with_name("team.sqlite")
        self.engine = make_team_engine(location)
        self.sessions = sessionmaker(self.engine, expire_on_commit=False)
        self.read_engine = self.engine.execution_options(postgresql_readonly=True)
        self.read_sessions = sessionmaker(self.read_engine, expire_on_commit=False)
        self.migration_backup = None
        self.read_only: str | None = None  # roles and row-level security decide writes
        self._acting_as: str | None = None
        event.listen(self.engine, "begin", self._on_begin)
        try:
            current = current_revision(self.engine)
        except DBAPIError as exc:
            self.engine.dispose()
            raise BookError(
                "team-unreachable",
                f"could not open the team book {self.location}: "
                + scrub(str(exc.orig).strip().splitlines()[0], self.url),
            ) from None
        if migrate and current != head_revision():
            try:
                command.upgrade(alembic_config(self.engine), "head")
            except ProgrammingError as exc:
                self.engine.dispose()
                raise BookError(
                    "migration-failed",
                    f"the team book {self.location} needs an upgrade by its administrator",
                ) from exc
            except Exception as exc:
                self.engine.dispose()
                raise BookError(
                    "migration-failed",
                    f"could not upgrade {self.location}: {scrub(str(exc), self.url)}",
                ) from None

    def _on_begin(self, conn: Any) -> None:
        if self._acting_as is not None:
            conn.exec_driver_sql(f'SET LOCAL ROLE "{self._acting_as}"')

    @contextmanager
    def acting_as(self, login: str) -> Iterator[None]:
        """Every transaction inside runs as that salesperson: the database shows it only
        their clients, so the planner levels only their touches (administrator only)."""
        if not _LOGIN.match(login):
            raise BookError("bad-login", f"{login!r} is not a salesperson's login")
        self._acting_as = login
        try:
            yield
        finally:
            self._acting_as = None

    @contextmanager
    def transaction(self) -> Iterator[Session]:
        """As `Book.transaction`; a write that lost a race with another salesperson's
        (PostgreSQL's serialization failure or a deadlock) becomes a `Conflict`."""
        try:
            with super().transaction() as session:
                yield session
        except OperationalError as exc:
            state = getattr(exc.orig, "sqlstate", None)
            if state in _RACES:
                raise Conflict(_what(exc)) from exc
            raise

    def __repr__(self) -> str:
        return f"TeamBook({self.location})"


URL_BOOKS.update(postgres=TeamBook, postgresql=TeamBook)
