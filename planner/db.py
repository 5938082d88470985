"""Opening a book: the SQLite engine, its pragmas, and migrations with a backup first.

Everything SQLite-specific lives here and in `planner.search`, so that a team can later
point the same schema at PostgreSQL (DESIGN.md section 11).
"""

from __future__ import annotations

import logging
import os
import sqlite3
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import Any

from alembic import command
from alembic.config import Config
from alembic.runtime.migration import MigrationContext
from alembic.script import ScriptDirectory
from sqlalchemy import Connection, Engine, create_engine, event
from sqlalchemy.exc import DBAPIError
from sqlalchemy.orm import Session, sessionmaker

from planner.atomic import atomic_write, clean_stale_parts, write_error
from planner.clock import Stamp, file_stamp
from planner.errors import BookError

MIGRATIONS_DIR = Path(__file__).with_name("migrations")
log = logging.getLogger(__name__)
BUSY_TIMEOUT_MS = 5000
BUSY_ATTEMPTS = 3  # an edit waits up to BUSY_ATTEMPTS x BUSY_TIMEOUT_MS for a long writer
NOTICE_AFTER_MS = 300  # an edit that waits longer than this says so (WaitNotice)
APPLICATION_ID = 0x43504C4E  # "CPLN" in the SQLite header: this file is a Contact Planner book
# Tables every revision of the book has had since 0001: how a book written before the
# application id was set is recognised.
BOOK_TABLES = frozenset({"alembic_version", "client", "touch", "tier", "setting", "sequence"})


def default_book_path() -> Path:
    """`<user data dir>/contact-planner/book.sqlite`, platform-correct."""
    from platformdirs import user_data_path

    return user_data_path("contact-planner", appauthor=False) / "book.sqlite"


def _on_connect(dbapi_conn: Any, _record: Any, *, read_only: bool = False) -> None:
    # pysqlite's own transaction handling is turned off; SQLAlchemy emits BEGIN itself
    # (see _on_begin), so that every user action is exactly one transaction.
    dbapi_conn.isolation_level = None
    cur = dbapi_conn.cursor()
    cur.execute(f"PRAGMA busy_timeout = {BUSY_TIMEOUT_MS}")
    cur.execute("PRAGMA foreign_keys = ON")
    if not read_only:
        mode = cur.execute("PRAGMA journal_mode").fetchone()[0]
        if str(mode).lower() != "wal":  # switching takes a lock: only when it must change
            cur.execute("PRAGMA journal_mode = WAL")
        cur.execute("PRAGMA synchronous = NORMAL")
    cur.execute("PRAGMA temp_store = MEMORY")
    cur.execute("PRAGMA cache_size = -32000")
    cur.close()


_TEMP_ON_DISK = "temp_on_disk"  # a connection's pool record: temp_store was set to FILE


def temp_on_disk(conn: Connection) -> None:
    """Keep this connection's temporary tables in a file, not in memory (the book's
    default), until it goes back to the pool. For a temporary table as large as the book
    (the import's duplicate keys, some 25 MB at 100,000 clients): SQLite keeps the pages
    of an in-memory one until the connection closes, even after DROP TABLE. Must come
    before the connection's first temporary table (SQLite refuses the switch after)."""
    if conn.dialect.name != "sqlite":
        return
    try:
        conn.exec_driver_sql("PRAGMA temp_store = FILE")
    except DBAPIError:  # a temporary table is open already: it stays in memory
        return
    conn.connection.info[_TEMP_ON_DISK] = True


def _on_checkin(dbapi_conn: Any, record: Any) -> None:
    """Back in the pool, outside any transaction: the book's temp_store again."""
    if record is not None and record.info.pop(_TEMP_ON_DISK, False):
        cur = dbapi_conn.cursor()
        cur.execute("PRAGMA temp_store = MEMORY")
        cur.close()


def is_busy(exc: BaseException) -> bool:
    """Did SQLite refuse for another writer (locked, busy, or a snapshot gone stale)?"""
    orig = getattr(exc, "orig", exc)
    text = str(orig).lower()
    return isinstance(orig, sqlite3.OperationalError) and ("locked" in text or "busy" in text)


def busy_error() -> BookError:
    return BookError(
        "book-busy",
        "The book is busy with a long task (an import, a re-plan or a demo, perhaps in "
        "another window). Your change was not saved; try again in a moment.",
    )


class WaitNotice:
    """Whom to tell that an edit waits for another writer (a long import or re-plan in
    another window or process): the UI's status bar says so while the edit retries.
    Listeners are called on the thread that waits, with True, then False."""

    def __init__(self) -> None:
        self.listeners: list[Callable[[bool], None]] = []

    def __call__(self, waiting: bool) -> None:
        for listener in list(self.listeners):
            try:
                listener(waiting)
            except Exception:  # a listener's failure must not fail the edit
                continue


def make_engine(
    path: Path,
    *,
    read_only: str | None = None,
    uri: str | None = None,
    waiting: WaitNotice | None = None,
) -> Engine:
    """The book's engine; with `read_only` (the reason) every write is refused in words;
    `waiting` is told when an edit has to wait for another writer."""
    if uri is None:
        engine = create_engine(f"sqlite+pysqlite:///{path}", future=True)
    else:
        target = uri

        def connect() -> sqlite3.Connection:
            return sqlite3.connect(target, uri=True, check_same_thread=False)

        engine = create_engine(f"sqlite+pysqlite:///{path}", creator=connect, future=True)
    event.listen(engine, "connect", lambda c, r: _on_connect(c, r, read_only=read_only is not None))
    event.listen(engine, "checkin", _on_checkin)

    @event.listens_for(engine, "begin")
    def _on_begin(conn: Any) -> None:
        if conn.get_execution_options().get("readonly"):
            conn.exec_driver_sql("BEGIN")  # readers never wait for a writer in WAL mode
            return
        if read_only is not None:
            raise BookError(
                "read-only", f"The book is open read-only ({read_only}); changes cannot be saved."
            )
        if conn.get_execution_options().get("optimistic"):
            conn.exec_driver_sql("BEGIN")  # the write lock only at the first write
            return
        # IMMEDIATE takes the write lock up front: two app instances on one book wait
        # for each other (busy timeout, then a few more tries) instead of failing
        # half-way through an action.
        # With a listener, the first try is short, so that a wait is told at once.
        notice = waiting if waiting is not None and waiting.listeners else None
        attempts = BUSY_ATTEMPTS + (notice is not None)
        if notice is not None:
            conn.exec_driver_sql(f"PRAGMA busy_timeout = {NOTICE_AFTER_MS}")
        told = False
        try:
            for attempt in range(attempts):
                try:
                    conn.exec_driver_sql("BEGIN IMMEDIATE")
                    return
                except DBAPIError as exc:
                    if not is_busy(exc):
                        raise
                    if attempt == attempts - 1:
                        raise busy_error() from None
                    if notice is not None and not told:
                        told = True
                        conn.exec_driver_sql(f"PRAGMA busy_timeout = {BUSY_TIMEOUT_MS}")
                        notice(True)
        finally:
            if notice is not None and not told:
                conn.exec_driver_sql(f"PRAGMA busy_timeout = {BUSY_TIMEOUT_MS}")
            if told:
                assert notice is not None
                notice(False)

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
    """The book's schema revision, read without taking the write lock."""
    with engine.execution_options(readonly=True).connect() as conn:
        return MigrationContext.configure(conn).get_current_revision()


def known_revisions() -> set[str]:
    return {s.revision for s in ScriptDirectory.from_config(alembic_config()).walk_revisions()}


def ro_connect(path: Path) -> sqlite3.Connection:
    """A read-only connection that works on a read-only folder or mount: `mode=ro`, or
    `immutable=1` when SQLite cannot create the WAL's -shm file there.

    `immutable=1` only where nobody can write: SQLite then skips locking and the WAL, so
    on a book another process writes it reads half-written pages ("database disk image
    is malformed") and copies them into backups.
    """
    uris = _ro_uris(path)
    if read_only_reason(Path(path)) is None:
        uris = uris[:1]
    for uri in uris:
        if _works(uri):
            return sqlite3.connect(uri, uri=True)
    raise sqlite3.OperationalError("unable to open the file for reading")


def in_use_elsewhere(path: Path) -> bool:
    """Does another connection (another process, a window) have this book open now?

    Exclusive locking mode takes the file for this connection alone; it is refused at
    once while any other connection has the book open, even an idle reader in WAL mode.
    """
    try:
        conn = sqlite3.connect(path, timeout=0, isolation_level=None)
    except sqlite3.Error:
        return False
    try:
        conn.execute("PRAGMA locking_mode = EXCLUSIVE")
        conn.execute("BEGIN EXCLUSIVE")
        conn.execute("SELECT count(*) FROM sqlite_master").fetchone()
        conn.execute("ROLLBACK")
        return False
    except sqlite3.OperationalError:
        return True
    except sqlite3.DatabaseError:
        return False
    finally:
        conn.close()


BOOK_FILES = ("", "-wal", "-shm", "-journal")


def remove_book_files(path: Path) -> None:
    """Delete a book and its write-ahead log, index and journal (a book this run made and
    gave up). Only for a book no one else has open: see `in_use_elsewhere`."""
    for suffix in BOOK_FILES:
        path.with_name(path.name + suffix).unlink(missing_ok=True)


def _ro_uris(path: Path) -> list[str]:
    from urllib.parse import quote

    base = "file:" + quote(str(Path(path).absolute()))
    return [f"{base}?mode=ro", f"{base}?mode=ro&immutable=1"]


def inspect_book(path: Path) -> tuple[int, set[str], str | None]:
    """(application id, table names, alembic revision) of an existing SQLite file."""
    conn = ro_connect(path)
    try:
        (app_id,) = conn.execute("PRAGMA application_id").fetchone()
        tables = {r[0] for r in conn.execute("SELECT name FROM sqlite_master WHERE type='table'")}
        revision = None
        if "alembic_version" in tables:
            row = conn.execute("SELECT version_num FROM alembic_version").fetchone()
            revision = row[0] if row else None
        return int(app_id), tables, revision
    finally:
        conn.close()


def refuse_foreign(path: Path) -> None:
    """Raise `not-a-book` unless `path` is empty, or a book of this app (of any revision)."""
    if not path.exists() or path.stat().st_size == 0:
        return
    foreign = BookError(
        "not-a-book",
        f"{path} is not a Contact Planner book",  # and it is left as it was
    )
    if not _is_sqlite(path):
        raise foreign
    try:
        app_id, tables, revision = inspect_book(path)
    except sqlite3.Error as exc:
        raise BookError("unreadable-book", f"{path} cannot be read: {exc}") from None
    if app_id == APPLICATION_ID or (app_id == 0 and not tables):
        pass
    elif app_id != 0 or not tables >= BOOK_TABLES:
        raise foreign
    if revision is not None and revision not in known_revisions():
        raise BookError(
            "newer-book",
            f"{path} was written by a newer version of Contact Planner (schema {revision}); "
            "it was left as it was.",
        )


def read_only_reason(path: Path) -> str | None:
    """Why the book cannot be written (a read-only file, folder or mount), or None."""
    folder = path.parent
    if path.exists() and not os.access(path, os.W_OK):
        return "the file is read-only"
    if folder.exists() and not os.access(folder, os.W_OK):
        return "its folder is read-only"
    return None


def backup_to(engine_or_path: Engine | Path, target: Path) -> Path:
    """Copy a live book with SQLite's online backup API (consistent even in WAL mode)."""
    source_path = (
        Path(str(engine_or_path.url.database))
        if isinstance(engine_or_path, Engine)
        else engine_or_path
    )
    try:
        src = ro_connect(source_path)
    except sqlite3.Error as exc:
        raise BookError("unreadable-book", f"{source_path} cannot be read: {exc}") from None
    try:
        needed = _page_bytes(src)
        with atomic_write(target, needed=needed) as tmp:
            dst = sqlite3.connect(tmp)
            try:
                src.backup(dst)
            finally:
                dst.close()
    finally:
        src.close()
    return target


def _page_bytes(conn: sqlite3.Connection) -> int:
    """The size a copy of the book needs: its pages in use."""
    try:
        (count,) = conn.execute("PRAGMA page_count").fetchone()
        (size,) = conn.execute("PRAGMA page_size").fetchone()
        (free,) = conn.execute("PRAGMA freelist_count").fetchone()
        return int((count - free) * size)
    except sqlite3.Error:
        return 0


def backup_dir(book: Path) -> Path:
    return book.with_name(book.stem + ".backups")


def timestamped_backup(book: Path, label: str, stamp: Stamp = file_stamp) -> Path:
    stamp_text = stamp()
    return backup_to(book, backup_dir(book) / f"{book.stem}-{stamp_text}-{label}.sqlite")


def upgrade(
    engine: Engine, book: Path, revision: str = "head", stamp: Stamp = file_stamp
) -> Path | None:
    """Bring the book to `revision`; back it up first if it holds an older schema."""
    current = current_revision(engine)
    target = head_revision() if revision == "head" else revision
    if current == target:
        return None
    backup = None
    if current is not None:
        backup = timestamped_backup(book, f"before-{target}", stamp)
    command.upgrade(alembic_config(engine), revision)
    return backup


def stamp_identity(engine: Engine) -> None:
    """Write the application id into the book's header, only if it is not there yet."""
    with engine.execution_options(readonly=True).connect() as conn:
        app_id = conn.exec_driver_sql("PRAGMA application_id").scalar()
        conn.rollback()
    if app_id != APPLICATION_ID:
        with engine.begin() as conn:
            conn.exec_driver_sql(f"PRAGMA application_id = {APPLICATION_ID}")


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


#: Books opened by URL scheme, same API: `planner.team.book` registers the PostgreSQL one
#: when it is imported (`Services.open` does that for a `postgresql://` URL), so this module
#: never imports the team book and the import graph stays free of circles.
URL_BOOKS: dict[str, type[Book]] = {}


def is_url(location: Path | str) -> bool:
    return isinstance(location, str) and location.partition("://")[0].split("+")[0] in {
        "postgres",
        "postgresql",
    }


class Book:
    """An open book: its engine and a session factory. Services own the transactions."""

    def __new__(cls, path: Path | str, *, migrate: bool = True, stamp: Stamp = file_stamp) -> Book:
        if cls is Book and is_url(path):
            assert isinstance(path, str)
            kind = URL_BOOKS.get(path.partition("://")[0].split("+")[0])
            if kind is None:
                raise BookError(
                    "no-team-support", "opening a team book needs the `team` extra (psycopg)"
                )
            return super().__new__(kind)
        return super().__new__(cls)

    def __init__(
        self, path: Path | str, *, migrate: bool = True, stamp: Stamp = file_stamp
    ) -> None:
        self.path = Path(path)
        self.stamp = stamp  # names the backup taken before a migration
        refuse_foreign(self.path)  # another program's database is never touched
        #: why the book cannot be written (None: it can); reads work either way
        self.read_only: str | None = read_only_reason(self.path)
        if self.read_only is None:
            try:
                self.path.parent.mkdir(parents=True, exist_ok=True)
            except OSError as exc:
                raise write_error(self.path, exc) from None
            clean_stale_parts(self.path.parent)  # what a killed backup or export left
            clean_stale_parts(backup_dir(self.path))
        elif not self.path.exists():
            raise BookError(
                "read-only", f"A new book cannot be created at {self.path}: {self.read_only}."
            )
        #: told when an edit waits for another writer (see WaitNotice)
        self.waiting = WaitNotice()
        self.engine = self._engine()
        self.sessions = sessionmaker(self.engine, expire_on_commit=False)
        self.read_engine = self.engine.execution_options(readonly=True)
        self.read_sessions = sessionmaker(self.read_engine, expire_on_commit=False)
        self.optimistic_sessions = sessionmaker(
            self.engine.execution_options(optimistic=True), expire_on_commit=False
        )
        self.migration_backup: Path | None = None
        if migrate:
            self._migrate()

    def _engine(self) -> Engine:
        if self.read_only is None:
            return make_engine(self.path, waiting=self.waiting)
        uri = next((u for u in _ro_uris(self.path) if _works(u)), None)
        if uri is None:
            raise BookError("unreadable-book", f"{self.path} cannot be read")
        return make_engine(self.path, read_only=self.read_only, uri=uri)

    def _migrate(self) -> None:
        """Upgrade and stamp the book only when something must change: opening a book that
        is up to date never takes the write lock."""
        try:
            current = current_revision(self.engine)
            if current == head_revision():
                if self.read_only is None:
                    stamp_identity(self.engine)
                return
            if self.read_only is not None:
                raise BookError(
                    "read-only-old",
                    f"{self.path} was written by an earlier version and must be upgraded, "
                    f"but {self.read_only}. Copy it to a folder you can write to.",
                )
            self.migration_backup = upgrade(self.engine, self.path, stamp=self.stamp)
            stamp_identity(self.engine)
        except BookError:
            self.engine.dispose()
            raise
        except Exception as exc:  # a migration that fails leaves the old file as it was
            self.engine.dispose()
            raise BookError("migration-failed", f"could not upgrade {self.path}: {exc}") from exc

    def writable(self) -> bool:
        return self.read_only is None

    @contextmanager
    def transaction(self) -> Iterator[Session]:
        """One user action = one transaction: commit on success, roll back on any error."""
        try:
            with self.sessions() as session, session.begin():
                yield session
        except DBAPIError as exc:
            self._recover(exc)
            raise

    @contextmanager
    def optimistic(self) -> Iterator[Session]:
        """A transaction that reads without the write lock and takes it at its first
        write; SQLite refuses that write (`is_busy`) when another connection changed the
        book since this one began reading, so long work made on what it read stays exact.
        For work that computes long and writes briefly (the whole-book re-plan)."""
        with self.optimistic_sessions() as session, session.begin():
            yield session

    @contextmanager
    def reading(self) -> Iterator[Session]:
        """A read-only snapshot that does not take the write lock."""
        try:
            with self.read_sessions() as session, session.begin():
                yield session
        except DBAPIError as exc:
            self._recover(exc)
            raise

    @contextmanager
    def read_connection(self) -> Iterator[Connection]:
        """A read-only Core connection: lighter than a Session for the hottest reads."""
        try:
            with self.read_engine.connect() as conn:
                yield conn
        except DBAPIError as exc:
            self._recover(exc)
            raise

    def _recover(self, exc: DBAPIError) -> None:
        """After SQLite failed (not busy, not a constraint), drop the pooled connections:
        the next call opens fresh ones instead of reusing one that saw a bad page or a
        file replaced under it, so the app recovers without a restart."""
        orig = exc.orig
        if (
            isinstance(orig, sqlite3.DatabaseError)
            and not isinstance(orig, sqlite3.IntegrityError)
            and not is_busy(exc)
        ):
            log.warning("the book failed (%s); its connections are reopened", orig)
            self.engine.dispose()

    def personal_settings(self, session: Session | Connection) -> dict[str, Any]:
        """The connected salesperson's own settings over the book's (a team book's; a
        laptop book has no salespeople): decoded values by key, and "days" off/work."""
        return {}

    def store_personal(
        self, session: Session, values: dict[str, Any], days: dict[Any, str | None]
    ) -> tuple[dict[str, Any], dict[Any, str | None]]:
        """Keep the connected salesperson's own part of a settings change (a team book's);
        returns what is left for the book-wide settings: here, everything."""
        return values, days

    def changed_by(self, session: Session, login: str | None) -> str | None:
        """The name of whoever a row's `updated_by` login is (a team book's colleague)."""
        return None

    def close(self) -> None:
        self.engine.dispose()


def _works(uri: str) -> bool:
    try:
        conn = sqlite3.connect(uri, uri=True)
    except sqlite3.Error:
        return False
    try:
        conn.execute("SELECT count(*) FROM sqlite_master").fetchone()
        return True
    except sqlite3.Error:
        return False
    finally:
        conn.close()


def _is_sqlite(path: Path) -> bool:
    if path.stat().st_size == 0:
        return True
    with path.open("rb") as fh:
        return fh.read(16) == b"SQLite format 3\x00"
