"""A book on PostgreSQL: the same models, revisions and API as the SQLite `Book`."""

from __future__ import annotations

import re
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import Any

from alembic import command
from sqlalchemy import Connection, Engine, create_engine, event, select, text
from sqlalchemy.exc import DBAPIError, OperationalError, ProgrammingError
from sqlalchemy.orm import Session, sessionmaker

from planner.clock import Stamp, file_stamp
from planner.db import URL_BOOKS, Book, alembic_config, current_revision, head_revision
from planner.errors import BookError, Conflict
from planner.models import Client, Salesperson
from planner.team.security import MANAGER
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
    # No JIT: row-level security's policies make the planner estimate millions of rows
    # for a count that reads a handful, and compiling each of Today's 27 counts took
    # about 0.3 s (benchmarks/team.py: Today's first screen 8.6 s with JIT, 0.2 s without).
    given = url.query.get("options")  # the URL's own server options are kept
    options = " ".join([*([given] if isinstance(given, str) else given or ()), "-c jit=off"])
    return create_engine(
        url,
        future=True,
        pool_pre_ping=True,
        connect_args={"options": options},
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
        self._acting_id: int | None = None
        self._manager: bool | None = None
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
        if self._acting_as is not None or self._acting_id is not None:
            # A manager who owns clients too sees the whole team; the scope narrows the
            # transaction to their own clients (a salesperson's policies ignore it).
            conn.exec_driver_sql(
                "SELECT set_config('cp.scope', %s, true)",
                (str(self._acting_id) if self._acting_id is not None else "",),
            )

    @contextmanager
    def acting_as(self, login: str) -> Iterator[None]:
        """Every transaction inside runs as that salesperson: the database shows it only
        their clients, so the planner levels only their touches (administrator only)."""
        if not _LOGIN.match(login):
            raise BookError("bad-login", f"{login!r} is not a salesperson's login")
        with self.reading() as session:
            found = session.scalar(select(Salesperson.id).where(Salesperson.login == login))
        self._acting_as, self._acting_id = login, found
        try:
            yield
        finally:
            self._acting_as, self._acting_id = None, None

    @property
    def is_manager(self) -> bool:
        """The connected login is in the manager role (sees and reports the whole team)."""
        if self._manager is None:
            with self.engine.connect() as conn:
                self._manager = bool(
                    conn.scalar(text(f"SELECT pg_has_role(session_user, '{MANAGER}', 'MEMBER')"))
                )
        return self._manager

    @contextmanager
    def scoped(self, login: str) -> Iterator[None]:
        """Every transaction inside sees only that salesperson's clients and uses their
        settings: a manager's connection narrows itself (`cp.scope`), the
        administrator's acts as the salesperson (`acting_as`)."""
        if not self.is_manager:
            with self.acting_as(login):
                yield
            return
        with self.reading() as session:
            found = session.scalar(select(Salesperson.id).where(Salesperson.login == login))
        if found is None:
            raise BookError("not-found", f"salesperson {login} does not exist")
        self._acting_id = int(found)
        try:
            yield
        finally:
            self._acting_id = None

    # --- per-salesperson settings and who changed what (planner.team.personal) ---------
    def personal_settings(self, session: Session | Connection) -> dict[str, Any]:
        from planner.team import personal

        return personal.read(session)

    def store_personal(
        self, session: Session, values: dict[str, Any], days: dict[Any, str | None]
    ) -> tuple[dict[str, Any], dict[Any, str | None]]:
        from planner.team import personal

        return personal.store(session, values, days)

    def changed_by(self, session: Session, login: str | None) -> str | None:
        if not login:
            return None
        found = session.scalar(select(Salesperson.name).where(Salesperson.login == login))
        return str(found) if found else login

    def scope_to(self, session: Session, salesperson_id: int, login: str) -> None:
        """For the rest of this transaction the connection sees only that salesperson's
        clients and touches, and plans with their settings: a manager's through
        `cp.scope`, the administrator's (who owns the tables, so no policy binds it) by
        acting as that salesperson."""
        from planner.team import personal

        manager = session.scalar(text(f"SELECT pg_has_role(session_user, '{MANAGER}', 'MEMBER')"))
        if manager:
            session.execute(
                text("SELECT set_config('cp.scope', :v, true)"), {"v": str(int(salesperson_id))}
            )
        else:
            if not _LOGIN.match(login):
                raise BookError("bad-login", f"{login!r} is not a salesperson's login")
            session.execute(text(f'SET LOCAL ROLE "{login}"'))
        personal.forget(session)

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
                raise self._conflict(exc) from exc
            raise

    def _conflict(self, exc: OperationalError) -> Conflict:
        """The lost race as a `Conflict` naming the colleague, when it was about a client
        (the winner's change is committed by now: its `updated_by` stamp says who)."""
        what = _what(exc)
        params = exc.params if isinstance(exc.params, dict) else {}
        client_id = params.get("client_id") if what == "a client record" else None
        if not isinstance(client_id, int):
            return Conflict(what)
        try:
            with self.reading() as session:
                row = session.execute(
                    select(Client.updated_by, Client.updated_at).where(Client.id == client_id)
                ).first()
                who = self.changed_by(session, row[0]) if row is not None else None
        except DBAPIError:
            return Conflict(what)
        when = row[1] if row is not None and who else None
        return Conflict(f"client {client_id}", who=who, when=when)

    def __repr__(self) -> str:
        return f"TeamBook({self.location})"


URL_BOOKS.update(postgres=TeamBook, postgresql=TeamBook)
