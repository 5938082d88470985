"""Writing a demo book: settings, bulk rows and a levelled plan, in one transaction.

The rows are built before the transaction takes the write lock (on a snapshot of the
book's ids), so edits in other windows or processes go through while they are built;
writing and planning them then hold the lock, which keeps the demo all or nothing.

Bulk rows go through the DBAPI cursor's executemany on the session's own connection
(DESIGN.md section 8: within 2.5x of raw sqlite3), never through ORM objects; the FTS
index follows by its triggers. A crash or a cancel anywhere leaves none of it.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from datetime import date, datetime, time
from pathlib import Path
from time import perf_counter
from zoneinfo import ZoneInfo

from sqlalchemy import Connection, func, select
from sqlalchemy.exc import DBAPIError
from sqlalchemy.orm import Session

from planner import settings as settings_mod
from planner.app import Services
from planner.db import Book, in_use_elsewhere, is_busy, remove_book_files
from planner.demo.people import LOCALES, Locale, load
from planner.demo.rows import DemoRows, Progress, build_rows, insert_sql
from planner.errors import BookError
from planner.models import Client, Setting, Tier
from planner.sales.models import CatalogItem, Sale
from planner.services.context import Context
from planner.services.planning import PlanningService
from planner.services.valuation import ValueService
from planner.vocabulary import SequenceTrigger

MAX_CLIENTS = 1_000_000
OPTIMISTIC_ATTEMPTS = 3


@dataclass(frozen=True, slots=True)
class DemoResult:
    locale: str
    seed: int
    clients: int
    first_id: int
    contact_points: int
    tags: int
    touches: int  # done touches of the history
    planned: int  # open touches after the re-plan
    overbooked: int
    generate_seconds: float
    write_seconds: float
    replan_seconds: float


WRITE_BATCH = 100_000  # rows per executemany: progress reports without measurable cost


def write_rows(connection: Connection, rows: DemoRows, progress: Progress | None = None) -> None:
    """executemany of every table through `connection` (the caller's transaction)."""
    tables = rows.tables()
    total = sum(len(data) for _, _, data in tables)
    done = 0
    for table, columns, data in tables:
        sql = insert_sql(table, columns)
        for start in range(0, len(data), WRITE_BATCH):
            batch = data[start : start + WRITE_BATCH]
            connection.exec_driver_sql(sql, batch)
            done += len(batch)
            if progress is not None and not progress(done, total):
                raise BookError("cancelled", "cancelled: nothing was written")


def write_settings(session: Session, values: dict[str, str]) -> None:
    """The locale's settings, checked the way `config set` checks them."""
    for key, raw in values.items():
        session.merge(Setting(key=key, value=settings_mod.encode(settings_mod.parse(key, raw))))
    session.flush()


def _follow_sales(session: Session, planning: PlanningService, rows: DemoRows, today: date) -> None:
    """What the services do after sales: warranty sequences for warranties still
    running, value and risk from the sales log, win-back for the clients at risk."""
    if not rows.sales.sales:
        return
    ends = [(cid, date.fromordinal(end)) for cid, end in rows.sales.warranties]
    planning.start_sequences(session, ends, SequenceTrigger.WARRANTY_END)
    # The rows leave risk to the sales log: each client at risk starts its win-back here.
    ValueService(planning.ctx, planning).refresh_in(session, None)


def generate(
    target: Services | Book,
    clients: int,
    seed: int,
    locale: Locale,
    today: date,
    progress: Progress | None = None,
    *,
    catalog: bool = True,
) -> DemoResult:
    """Add `clients` demo clients with a year of history to the book and re-plan it.

    Ids follow the book's highest client id, so a demo can be added to a book that
    has clients (the CLI asks for --force first). `progress(done, total)` returning
    False cancels; then nothing at all is written. With `catalog` (and a book without
    one) the demo brings its catalog, tier prices and sales; without, only the history.
    """
    if locale not in LOCALES:
        raise BookError("bad-locale", f"unknown demo locale {locale!r} (use en, ru or pl)")
    if not 1 <= clients <= MAX_CLIENTS:
        raise BookError("bad-count", f"the number of clients must be 1 to {MAX_CLIENTS:,}")
    services = target if isinstance(target, Services) else Services(target)
    zone = ZoneInfo(load(locale).timezone)
    # The plan's "today" is the history's today, whatever the services' clock says.
    planning = PlanningService(
        Context(services.book, lambda: datetime.combine(today, time(12), tzinfo=zone))
    )
    total = 3 * clients

    def phase(offset: int) -> Progress | None:
        """Each phase (build, write, re-plan) counts as `clients` steps of the total."""
        if progress is None:
            return None
        report = progress
        return lambda done, of: report(offset + done * clients // max(of, 1), total)

    # The rows are built on a snapshot without the write lock (another window's edit goes
    # through meanwhile); the lock is taken at the first write. Should the book change
    # under the snapshot, SQLite refuses that write and the demo is built again on the
    # new state (ids follow the book's), then, at the last try, under the lock throughout.
    for attempt in range(OPTIMISTIC_ATTEMPTS):
        last = attempt == OPTIMISTIC_ATTEMPTS - 1
        begin = services.book.transaction if last or not _optimistic(services.book) else None
        try:
            with (begin or services.book.optimistic)() as session:
                return _generate(session, planning, clients, seed, locale, today, phase, catalog)
        except DBAPIError as exc:
            if last or not is_busy(exc):
                raise
    raise AssertionError("unreachable")  # pragma: no cover


def write_fresh(
    path: Path,
    clients: int,
    seed: int,
    locale: Locale,
    today: date,
    progress: Progress | None = None,
) -> Path:
    """A new demo book at `path` (File → Open a demo book), replacing an earlier demo there
    unless that one is open now (this window, another window, a command): deleting a
    book's -wal and -shm under open connections corrupts what they read next, so the demo
    then goes to the next free name beside it (demo-ru-2.sqlite, …). Returns where it went;
    a failed or cancelled demo leaves no file behind."""
    target, n = path, 1
    while target.exists() and in_use_elsewhere(target):
        n += 1
        target = path.with_name(f"{path.stem}-{n}{path.suffix}")
    remove_book_files(target)
    book = Book(target)
    try:
        generate(book, clients, seed, locale, today, progress)
    except BaseException:
        book.close()
        remove_book_files(target)
        raise
    book.close()
    return target


def _optimistic(book: Book) -> bool:
    return not getattr(book, "url", None)  # a team book has no snapshot transactions


def _generate(
    session: Session,
    planning: PlanningService,
    clients: int,
    seed: int,
    locale: Locale,
    today: date,
    phase: Callable[[int], Progress | None],
    catalog: bool,
) -> DemoResult:
    """The demo inside one transaction: read the book's ids, build, write, re-plan."""
    if session.get_bind().dialect.name != "sqlite":  # rows are in SQLite storage form
        raise BookError("unsupported", "a demo book can only be written to SQLite")
    tier_ids = {code: tid for tid, code in session.execute(select(Tier.id, Tier.code))}
    first_id = int(session.scalar(select(func.max(Client.id))) or 0) + 1
    # A book with a catalog of its own keeps it: no demo items, so no demo sales.
    catalog = catalog and session.scalar(select(func.count(CatalogItem.id))) == 0
    first_sale = int(session.scalar(select(func.max(Sale.id))) or 0) + 1
    t0 = perf_counter()
    rows = build_rows(
        clients, seed, locale, today, first_id=first_id, tier_ids=tier_ids,
        progress=phase(0), catalog=catalog, first_sale_id=first_sale,
    )  # fmt: skip
    t1 = perf_counter()
    write_settings(session, rows.settings)
    write_rows(session.connection(), rows, phase(clients))
    _follow_sales(session, planning, rows, today)
    t2 = perf_counter()
    result = planning.replan_in(session, None, phase(2 * clients))
    t3 = perf_counter()
    return DemoResult(
        locale=locale,
        seed=seed,
        clients=clients,
        first_id=first_id,
        contact_points=len(rows.points),
        tags=len(rows.tags),
        touches=len(rows.touches),
        planned=result.touches,
        overbooked=result.overbooked,
        generate_seconds=t1 - t0,
        write_seconds=t2 - t1,
        replan_seconds=t3 - t2,
    )
