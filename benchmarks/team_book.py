"""The benchmark's team book, built fast: salespeople × clients-each on PostgreSQL.

One salesperson's demo book is generated in SQLite once (`core.demo_book`, cached); it is
COPYed into a fresh team book as the first salesperson's, then duplicated inside the
server for the others (`INSERT … SELECT` with the ids moved on by a fixed offset and the
owner changed), with the secondary indexes dropped while the rows go in and built again
after. Every salesperson so holds the same book shape with their own clients, which is
what the benchmark compares (one salesperson's book on SQLite beside the team's).

The built database is dumped (`pg_dump -Fc`) into the cache folder (`.bench/`, ignored
by git); the next run restores the dump instead of building (the logins and group roles
live outside a database, so they are made again first).
"""

from __future__ import annotations

import subprocess
import sys
import time
import uuid
from pathlib import Path
from typing import Any

from sqlalchemy import (
    Connection,
    Engine,
    MetaData,
    create_engine,
    delete,
    func,
    insert,
    select,
    text,
)
from sqlalchemy.engine import make_url

import planner.services  # before planner.demo (import order)
import planner.team.book  # noqa: F401 - registers `Book(postgresql://…)`

# isort: split
from benchmarks.core import BOOK_VERSION, clock, demo_book
from planner.app import Services
from planner.db import Book, head_revision
from planner.models import Client, Setting
from planner.team.bulk_copy import TABLES, copy_book
from planner.team.people import add_salesperson
from planner.team.security import MANAGER, SALESPERSON

CACHE = Path(".bench")
BUILDER_VERSION = "b4"  # bump when what `build` makes changes, to rebuild the cached dump
# Ids that point at a row of a duplicated table, moved on with it.
_MOVED = {"id", "client_id"}


def login(index: int) -> str:
    return f"sp{index:02d}"


def _admin(url: str) -> Engine:
    return create_engine(
        make_url(url).set(drivername="postgresql+psycopg"), isolation_level="AUTOCOMMIT"
    )


def fresh_database(admin_url: str) -> str:
    """A new empty database on the server; its URL (the same superuser)."""
    name = "cp_bench_" + uuid.uuid4().hex[:8]
    admin = _admin(admin_url)
    with admin.connect() as conn:
        conn.execute(text(f'CREATE DATABASE "{name}"'))
    admin.dispose()
    return make_url(admin_url).set(database=name).render_as_string(hide_password=False)


def drop_database(admin_url: str, url: str) -> None:
    admin = _admin(admin_url)
    with admin.connect() as conn:
        conn.execute(text(f'DROP DATABASE IF EXISTS "{make_url(url).database}" WITH (FORCE)'))
    admin.dispose()


def _bin(name: str) -> str:
    sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "tools"))
    try:
        import pg_server  # type: ignore[import-not-found]
    finally:
        sys.path.pop(0)
    found = pg_server.bin_dir()
    # pg_ctl on PATH may be a link into the server's own folder, where pg_dump matches it.
    return str((found / "pg_ctl").resolve().parent / name) if found is not None else name


def _libpq(url: str) -> str:
    return make_url(url).set(drivername="postgresql").render_as_string(hide_password=False)


def _secondary_indexes(conn: Connection) -> list[tuple[str, str]]:
    """(name, definition) of the indexes on the copied tables that no constraint owns."""
    found = conn.execute(
        text(
            "SELECT i.relname, pg_get_indexdef(x.indexrelid) FROM pg_index x "
            "JOIN pg_class i ON i.oid = x.indexrelid JOIN pg_class t ON t.oid = x.indrelid "
            "WHERE t.relname = ANY(:tables) AND t.relnamespace = 'public'::regnamespace "
            "AND NOT EXISTS (SELECT 1 FROM pg_constraint c WHERE c.conindid = x.indexrelid)"
        ),
        {"tables": list(TABLES)},
    )
    return [(str(name), str(sql)) for name, sql in found]


def _duplicate(conn: Connection, owners: list[int]) -> None:
    """The first owner's rows again for every other owner, ids moved on by a fixed step."""
    meta = MetaData()
    meta.reflect(conn, only=list(TABLES))
    step = {
        name: int(conn.scalar(select(func.coalesce(func.max(meta.tables[name].c.id), 0))) or 0)
        for name in TABLES
    }
    for k, owner in enumerate(owners[1:], start=1):
        for name in TABLES:
            columns = list(meta.tables[name].c.keys())
            shown = []
            for c in columns:
                if c == "owner_id":
                    shown.append(str(owner))
                elif c in _MOVED:
                    source = name if c == "id" else "client"
                    shown.append(f"{c} + {k * step[source]}")
                elif name == "touch" and c == "rank":
                    # The client id is the rank's tie-break (bits 2-26, items.rank): moved
                    # with the client, the copy is the plan the planner would store.
                    shown.append(
                        f"CASE WHEN rank = 0 THEN 0 ELSE rank + {k * step['client'] << 2} END"
                    )
                else:
                    shown.append(c)
            conn.exec_driver_sql(
                f"INSERT INTO {name} ({', '.join(columns)}) "
                f"SELECT {', '.join(shown)} FROM {name} "
                f"WHERE id <= {step[name]} ORDER BY id"
            )
    for name in TABLES:
        conn.exec_driver_sql(
            f"SELECT setval(pg_get_serial_sequence('{name}', 'id'), "
            f"(SELECT coalesce(max(id), 0) + 1 FROM {name}), false)"
        )


def make_logins(admin_url: str, url: str, salespeople: int) -> None:
    """The group roles and the salespeople's logins (cluster-wide, outside any dump)."""
    engine = _admin(url)
    with engine.connect() as conn:
        for group in (SALESPERSON, MANAGER):
            if not conn.scalar(text("SELECT 1 FROM pg_roles WHERE rolname = :r"), {"r": group}):
                conn.exec_driver_sql(f"CREATE ROLE {group} NOLOGIN")
        for i in range(salespeople):
            name = login(i)
            if not conn.scalar(text("SELECT 1 FROM pg_roles WHERE rolname = :r"), {"r": name}):
                conn.exec_driver_sql(f'CREATE ROLE "{name}" LOGIN')
            conn.exec_driver_sql(f'GRANT "{name}" TO CURRENT_USER')
            conn.exec_driver_sql(f'GRANT {SALESPERSON} TO "{name}"')
    engine.dispose()


def build(url: str, sqlite_path: Path, salespeople: int) -> dict[str, Any]:
    """Build the team book in the empty database at `url` from one salesperson's book."""
    t0 = time.perf_counter()
    admin = Services(Book(url), clock).book  # migrates, seeds the default tiers
    owners = [
        add_salesperson(admin.engine, login(i), f"Salesperson {i}") for i in range(salespeople)
    ]
    lite = create_engine(f"sqlite:///{sqlite_path}")
    with admin.engine.begin() as dst:
        indexes = _secondary_indexes(dst)
        for name, _ in indexes:
            dst.exec_driver_sql(f"DROP INDEX {name}")
        with lite.connect() as src:
            # The laptop book's settings (calendar, capacities) are the team's own.
            settings = [dict(r._mapping) for r in src.execute(select(Setting.key, Setting.value))]
            dst.execute(delete(Setting))
            dst.execute(insert(Setting), settings)
            copied = copy_book(src, dst, lambda _cid: owners[0])
        t1 = time.perf_counter()
        # Built by construction: no trigger (the client's stamp, the foreign keys) per row.
        dst.exec_driver_sql("SET LOCAL session_replication_role = replica")
        _duplicate(dst, owners)
        dst.exec_driver_sql("SET LOCAL session_replication_role = origin")
        t2 = time.perf_counter()
        dst.exec_driver_sql("SET LOCAL maintenance_work_mem = '1GB'")
        for _, sql in indexes:
            dst.exec_driver_sql(sql)
    t3 = time.perf_counter()
    with admin.engine.connect() as conn:
        conn.execution_options(isolation_level="AUTOCOMMIT").exec_driver_sql("VACUUM ANALYZE")
    admin.close()
    lite.dispose()
    return {
        "copy_seconds": round(t1 - t0, 1),
        "duplicate_seconds": round(t2 - t1, 1),
        "index_seconds": round(t3 - t2, 1),
        "built_seconds": round(time.perf_counter() - t0, 1),
        "copied_rows": {k: v * salespeople for k, v in copied.items()},
    }


def team_book(
    admin_url: str, salespeople: int, clients_each: int, cache: Path = CACHE
) -> tuple[str, Path, dict[str, Any]]:
    """A fresh database holding the team book (restored from the cache when it is there),
    one salesperson's SQLite book, and how they were made."""
    cache.mkdir(parents=True, exist_ok=True)
    sqlite_path, info = demo_book(cache, clients_each)
    shape = f"{salespeople}x{clients_each}-{BOOK_VERSION}{BUILDER_VERSION}-{head_revision()}"
    dump = cache / f"team-{shape}.dump"
    url = fresh_database(admin_url)
    make_logins(admin_url, url, salespeople)
    t0 = time.perf_counter()
    if dump.exists():
        subprocess.run(
            [_bin("pg_restore"), "-j", "2", "-d", _libpq(url), str(dump)],
            check=True,
            stdout=subprocess.DEVNULL,
        )
        engine = _admin(url)
        with engine.connect() as conn:
            conn.exec_driver_sql("ANALYZE")
        engine.dispose()
        info["team"] = {"restored_seconds": round(time.perf_counter() - t0, 1)}
        return url, sqlite_path, info
    info["team"] = build(url, sqlite_path, salespeople)
    t1 = time.perf_counter()
    partial = dump.with_suffix(".part")
    subprocess.run(
        [_bin("pg_dump"), "-Fc", "-Z", "1", "-f", str(partial), _libpq(url)],
        check=True,
    )
    partial.replace(dump)
    info["team"]["dump_seconds"] = round(time.perf_counter() - t1, 1)
    return url, sqlite_path, info


def owned_counts(url: str) -> dict[int, int]:
    """Clients per owner (None counted under 0), for checks."""
    engine = _admin(url)
    with engine.connect() as conn:
        rows = conn.execute(select(Client.owner_id, func.count()).group_by(Client.owner_id))
        found = {int(owner or 0): int(n) for owner, n in rows}
    engine.dispose()
    return found
