"""Opening a book: the SQLite engine, its pragmas, and migrations with a backup first.

Everything SQLite-specific lives here and in `planner.search`, so that a team can later
point the same schema at PostgreSQL (DESIGN.md section 11).
"""

from __future__ import annotations

import sqlite3
from collections.abc import Iterator
from contextlib import contextmanager
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

from alembic import command
from alembic.config import Config
from alembic.runtime.migration import MigrationContext
from alembic.script import ScriptDirectory
from sqlalchemy import Connection, Engine, create_engine, event
from sqlalchemy.exc import DBAPIError
from sqlalchemy.orm import Session, sessionmaker

from planner.errors import BookError

MIGRATIONS_DIR = Path(__file__).with_name("migrations")
BUSY_TIMEOUT_MS = 5000


def default_book_path() -> Path:
    """`<user data dir>/contact-planner/book.sqlite`, platform-correct."""
    from platformdirs import user_data_path

    return user_data_path("contact-planner", appauthor=False) / "book.sqlite"


def _on_connect(dbapi_conn: Any, _record: Any) -> None:
    # pysqlite's own transaction handling is turned off; SQLAlchemy emits BEGIN itself
    # (see _on_begin), so that every user action is exactly one transaction.
    dbapi_conn.isolation_level = None
    cur = dbapi_conn.cursor()
    cur.execute(f"PRAGMA busy_timeout = {BUSY_TIMEOUT_MS}")
    cur.execute("PRAGMA foreign_keys = ON")
    cur.execute("PRAGMA journal_mode = WAL")
    cur.execute("PRAGMA synchronous = NORMAL")
    cur.execute("PRAGMA temp_store = MEMORY")
    cur.execute("PRAGMA cache_size = -32000")
    cur.close()


def make_engine(path: Path) -> Engine:
    engine = create_engine(f"sqlite+pysqlite:///{path}", future=True)
    event.listen(engine, "connect", _on_connect)

    @event.listens_for(engine, "begin")
    def _on_begin(conn: Any) -> None:
        # IMMEDIATE takes the write lock up front: two app instances on one book wait
        # for each other (busy timeout) instead of failing half-way through an action.
        if conn.get_execution_options().get("readonly"):
            conn.exec_driver_sql("BEGIN")  # readers never wait for a writer in WAL mode
        else:
            conn.exec_driver_sql("BEGIN IMMEDIATE")

    return engine


def alembic_config(engine: Engine | None = None) -> Config:
    cfg = Config()
    cfg.set_main_option("script_location", str(MIGRATIONS_DIR))
    if engine is not None:
        cfg.attributes["engine"] = engine
    return cfg


def head_revision() -> str:
    head = ScriptDirectory.from_config(alembic_config()).get_current_head()
    assert head is not None
    return head


def current_revision(engine: Engine) -> str | None:
    with engine.connect() as conn:
        return MigrationContext.configure(conn).get_current_revision()


def backup_to(engine_or_path: Engine | Path, target: Path) -> Path:
    """Copy a live book with SQLite's online backup API (consistent even in WAL mode)."""
    source_path = (
        Path(str(engine_or_path.url.database))
        if isinstance(engine_or_path, Engine)
        else engine_or_path
    )
    target.parent.mkdir(parents=True, exist_ok=True)
    tmp = target.with_name(target.name + ".part")
    tmp.unlink(missing_ok=True)
    src = sqlite3.connect(source_path)
    try:
        dst = sqlite3.connect(tmp)
        try:
            src.backup(dst)
        finally:
            dst.close()
    finally:
        src.close()
    tmp.replace(target)
    return target


def backup_dir(book: Path) -> Path:
    return book.with_name(book.stem + ".backups")


def timestamped_backup(book: Path, label: str) -> Path:
    stamp = datetime.now(UTC).strftime("%Y%m%dT%H%M%S%fZ")
    return backup_to(book, backup_dir(book) / f"{book.stem}-{stamp}-{label}.sqlite")


def upgrade(engine: Engine, book: Path, revision: str = "head") -> Path | None:
    """Bring the book to `revision`; back it up first if it holds an older schema."""
    current = current_revision(engine)
    target = head_revision() if revision == "head" else revision
    if current == target:
        return None
    backup = None
    if current is not None:
        backup = timestamped_backup(book, f"before-{target}")
    command.upgrade(alembic_config(engine), revision)
    return backup


def check_integrity(engine: Engine) -> list[str]:
    """`PRAGMA integrity_check` and foreign keys; an empty list means the book is sound."""
    problems: list[str] = []
    try:
        with engine.connect() as conn:
            rows = [r[0] for r in conn.exec_driver_sql("PRAGMA integrity_check")]
            if rows != ["ok"]:
                problems.extend(str(r) for r in rows)
            for row in conn.exec_driver_sql("PRAGMA foreign_key_check"):
                problems.append(f"foreign key: table {row[0]} row {row[1]} -> {row[2]}")
    except DBAPIError as exc:  # so damaged that SQLite will not even read it
        problems.append(str(exc.orig))
    return problems


class Book:
    """An open book: its engine and a session factory. Services own the transactions."""

    def __new__(cls, path: Path | str, *, migrate: bool = True) -> Book:
        # A `postgresql://` URL opens the team book (planner.team.book), same API.
        if cls is Book and isinstance(path, str) and path.startswith(("postgres", "postgresql")):
            from planner.team.book import TeamBook

            return super().__new__(TeamBook)
        return super().__new__(cls)

    def __init__(self, path: Path | str, *, migrate: bool = True) -> None:
        self.path = Path(path)
        if self.path.exists() and not _is_sqlite(self.path):
            raise BookError("not-a-book", f"{self.path} is not a Contact Planner book")
        self.path.parent.mkdir(parents=True, exist_ok=True)
        self.engine = make_engine(self.path)
        self.sessions = sessionmaker(self.engine, expire_on_commit=False)
        self.read_engine = self.engine.execution_options(readonly=True)
        self.read_sessions = sessionmaker(self.read_engine, expire_on_commit=False)
        self.migration_backup: Path | None = None
        if migrate:
            try:
                self.migration_backup = upgrade(self.engine, self.path)
            except Exception as exc:  # a migration that fails leaves the old file as it was
                self.engine.dispose()
                raise BookError(
                    "migration-failed", f"could not upgrade {self.path}: {exc}"
                ) from exc

    @contextmanager
    def transaction(self) -> Iterator[Session]:
        """One user action = one transaction: commit on success, roll back on any error."""
        with self.sessions() as session, session.begin():
            yield session

    @contextmanager
    def reading(self) -> Iterator[Session]:
        """A read-only snapshot that does not take the write lock."""
        with self.read_sessions() as session, session.begin():
            yield session

    @contextmanager
    def read_connection(self) -> Iterator[Connection]:
        """A read-only Core connection: lighter than a Session for the hottest reads."""
        with self.read_engine.connect() as conn:
            yield conn

    def close(self) -> None:
        self.engine.dispose()


def _is_sqlite(path: Path) -> bool:
    if path.stat().st_size == 0:
        return True
    with path.open("rb") as fh:
        return fh.read(16) == b"SQLite format 3\x00"
