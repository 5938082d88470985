"""The team book on PostgreSQL beside the laptop book on SQLite (issue 14, point 9).

    python -m benchmarks.team [--salespeople 20] [--clients-each 50000] [--out bench-out]

One demo book of salespeople × clients-each clients is generated in SQLite, then copied
into a fresh PostgreSQL database with each salesperson owning their share. Measured on
both: Today (the agenda) for one salesperson, search as you type, a whole-team re-plan, and
outcomes logged by 10 concurrent clients (threads, one connection each: throughput and
p95 latency). PostgreSQL: $CONTACT_PLANNER_TEST_PG (a superuser URL), else a throwaway
server started from the distribution's binaries. Prints JSON.
"""

from __future__ import annotations

import argparse
import json
import statistics
import sys
import threading
import time
import uuid
from collections.abc import Callable
from pathlib import Path
from typing import Any

from sqlalchemy import create_engine, func, select, text
from sqlalchemy.engine import make_url

# First: planner.demo (via benchmarks.core) would import the services half-way otherwise.
import planner.services
import planner.team.book  # noqa: F401 - registers `Book(postgresql://…)`

# isort: split
from benchmarks.core import TODAY, clock, demo_book, machine, median_ms
from planner.app import Services
from planner.db import Book
from planner.models import Client, Touch
from planner.team.bulk_copy import copy_book
from planner.team.people import add_salesperson
from planner.vocabulary import Outcome

QUERIES = ["kow", "nowak", "601", "ann", "zielin"]
CONCURRENT = 10


def server_url() -> tuple[str, Callable[[], None]]:
    import os

    url = os.environ.get("CONTACT_PLANNER_TEST_PG")
    if url:
        return url, lambda: None
    sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "tools"))
    import pg_server  # type: ignore[import-not-found]

    url, folder = pg_server.start()
    return url, lambda: pg_server.stop(folder)


def fresh_database(admin_url: str) -> str:
    name = "cp_bench_" + uuid.uuid4().hex[:8]
    admin = create_engine(
        make_url(admin_url).set(drivername="postgresql+psycopg"), isolation_level="AUTOCOMMIT"
    )
    with admin.connect() as conn:
        conn.execute(text(f'CREATE DATABASE "{name}"'))
    admin.dispose()
    return make_url(admin_url).set(database=name).render_as_string(hide_password=False)


def as_login(url: str, login: str) -> str:
    return make_url(url).set(username=login).render_as_string(hide_password=False)


def build_team(sqlite_path: Path, url: str, salespeople: int) -> dict[str, Any]:
    t0 = time.perf_counter()
    admin = Services(Book(url), clock).book  # Services seeds the default tiers
    owners = [
        add_salesperson(admin.engine, f"sp{i:02d}", f"Salesperson {i}") for i in range(salespeople)
    ]
    lite = create_engine(f"sqlite:///{sqlite_path}")
    with lite.connect() as src:
        top = int(src.scalar(select(func.max(Client.id))) or 0)
    share = max(-(-top // salespeople), 1)
    t1 = time.perf_counter()
    with lite.connect() as src, admin.engine.begin() as dst:
        # COPY through psycopg, ids kept: each salesperson owns a contiguous share.
        rows = copy_book(src, dst, lambda cid: owners[min((cid - 1) // share, salespeople - 1)])
    copy_seconds = time.perf_counter() - t1
    with admin.engine.connect() as conn:
        conn.execute(text("ANALYZE"))
        conn.commit()
    admin.close()
    lite.dispose()
    return {
        "build_seconds": round(time.perf_counter() - t0, 1),
        "copy_seconds": round(copy_seconds, 1),
        "copied_rows": rows,
    }


def measure(services: Services, replan: Callable[[], Any]) -> dict[str, Any]:
    today_ms = median_ms(lambda: services.planning.agenda(TODAY), 5)
    search_ms = median_ms(lambda: [services.clients.search(q, limit=50) for q in QUERIES], 5)
    t0 = time.perf_counter()
    replan()
    return {
        "today_ms": round(today_ms, 2),
        "today_rows": len(services.planning.agenda(TODAY)),
        "search_ms_per_query": round(search_ms / len(QUERIES), 2),
        "replan_seconds": round(time.perf_counter() - t0, 2),
    }


def outcomes(locations: list[str], per_client: int) -> dict[str, Any]:
    """CONCURRENT threads, each its own book connection, logging outcomes at once."""
    latencies: list[float] = []
    errors: list[str] = []
    lock = threading.Lock()

    def work(index: int, services: Services) -> None:
        with services.book.reading() as session:
            # One touch per client, and each thread takes clients no other thread takes.
            todo = sorted(
                session.scalars(
                    select(func.min(Touch.id))
                    .where(Touch.status == "planned")
                    .group_by(Touch.client_id)
                )
            )
        for touch_id in todo[index::CONCURRENT][:per_client]:
            t0 = time.perf_counter()
            try:
                services.planning.log_outcome(touch_id, Outcome.REACHED)
            except Exception as exc:  # counted, not hidden: a lost write is a failure
                with lock:
                    errors.append(type(exc).__name__)
                continue
            with lock:
                latencies.append(time.perf_counter() - t0)

    # Every connection is open before the clock starts: this measures writes, not opens.
    books = [Services(Book(location, migrate=False), clock) for location in locations]
    threads = [threading.Thread(target=work, args=pair) for pair in enumerate(books)]
    t0 = time.perf_counter()
    for t in threads:
        t.start()
    for t in threads:
        t.join()
    wall = time.perf_counter() - t0
    for services in books:
        services.close()
    ordered = sorted(latencies)
    p95 = ordered[int(0.95 * (len(ordered) - 1))] if ordered else 0.0
    return {
        "clients": len(locations),
        "logged": len(latencies),
        "errors": len(errors),
        "error_kinds": sorted(set(errors)),
        "throughput_per_s": round(len(latencies) / wall, 1),
        "p95_ms": round(1000 * p95, 1),
        "median_ms": round(1000 * statistics.median(ordered), 1) if ordered else None,
    }


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="benchmarks.team", description=__doc__)
    parser.add_argument("--salespeople", type=int, default=20)
    parser.add_argument("--clients-each", type=int, default=50_000)
    parser.add_argument("--outcomes-each", type=int, default=20)
    parser.add_argument("--out", type=Path, default=Path("bench-out"))
    args = parser.parse_args(argv)
    args.out.mkdir(parents=True, exist_ok=True)
    total = args.salespeople * args.clients_each
    sqlite_path, info = demo_book(args.out, total)
    admin_url, stop = server_url()
    try:
        url = fresh_database(admin_url)
        info.update(build_team(sqlite_path, url, args.salespeople))
        lite = Services(Book(sqlite_path), clock)
        sqlite_side = measure(lite, lite.planning.replan_all)
        lite.close()
        one = Services(Book(as_login(url, "sp00")), clock)
        admin = Services(Book(url), clock)
        # The whole team's re-plan: each salesperson levelled against their own capacity.
        pg_side = measure(one, lambda: admin.team.replan())
        one.close()
        admin.close()
        pg_side["outcomes"] = outcomes(
            [as_login(url, f"sp{i % args.salespeople:02d}") for i in range(CONCURRENT)],
            args.outcomes_each,
        )
        # The same ten writers on the laptop book, each with its own connection.
        sqlite_side["outcomes"] = outcomes([str(sqlite_path)] * CONCURRENT, args.outcomes_each)
    finally:
        stop()
    report = {
        "date": time.strftime("%Y-%m-%d"),
        "machine": machine(),
        "book": {**info, "salespeople": args.salespeople, "clients_each": args.clients_each},
        "postgresql": pg_side,
        "sqlite": sqlite_side,
        "notes": "Today and search on PostgreSQL are one salesperson's connection (row-level "
        "security filters); the re-plan is the whole team's (services.team.replan(): one "
        "transaction "
        "per salesperson, each levelled against their own capacity); SQLite's is one book's.",
    }
    json.dump(report, sys.stdout, indent=2, ensure_ascii=False)
    print()
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
