"""The team book on PostgreSQL beside the laptop book on SQLite (issue 14, point 9).

    python -m benchmarks.team [--salespeople 20] [--clients-each 50000] [--cache .bench]

The team book (salespeople × clients-each, every salesperson with the same shape of book)
comes from `benchmarks.team_book` (built once, then restored from its cached dump); the
laptop book is one salesperson's book of clients-each clients on SQLite. Measured on both:
Today's first screen and the full list for one salesperson, search (first page), re-plans
and outcomes logged by 10 concurrent processes (throughput, p50 and p95 latency).

The re-plans run a week after the books were planned (`DAY_ONE`: the backlog is carried
and every cadence moves on, so most open touches are rewritten), then one day later
(`DAY_TWO`, the daily step): on PostgreSQL the whole team's (`services.team.replan()`,
one transaction per salesperson under their role) on day one and one salesperson's (their
own login) on day two; on SQLite the laptop book's on both days, so each PostgreSQL figure
has its SQLite peer (the team's divided by the number of salespeople). Also measured: one
other salesperson's day-two re-plan written row by row (`bookstate.PG_BULK = False`), the
write path before COPY. PostgreSQL: $CONTACT_PLANNER_TEST_PG (a superuser URL), else a
throwaway server started from the distribution's binaries. Prints JSON.
"""

from __future__ import annotations

import argparse
import json
import os
import shutil
import statistics
import subprocess
import sys
import time
from collections.abc import Callable
from datetime import date, datetime, timedelta
from pathlib import Path
from typing import Any

from sqlalchemy.engine import make_url

import planner.services  # before planner.demo (import order)
import planner.team.book  # noqa: F401 - registers `Book(postgresql://…)`

# isort: split
from benchmarks.core import TODAY, clock, demo_book, machine, median_ms
from benchmarks.team_book import CACHE, drop_database, login, team_book
from planner.app import Services
from planner.db import Book
from planner.services import bookstate
from planner.services.views import ReplanResult

QUERIES = ["kow", "nowak", "601", "ann", "zielin"]
CONCURRENT = 10
DAY_ONE, DAY_TWO = 7, 8  # days after the books were planned


def later(days: int) -> Callable[[], datetime]:
    return lambda: clock() + timedelta(days=days)


def server_url() -> tuple[str, Callable[[], None]]:
    url = os.environ.get("CONTACT_PLANNER_TEST_PG")
    if url:
        return url, lambda: None
    sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "tools"))
    import pg_server  # type: ignore[import-not-found]

    url, folder = pg_server.start()
    return url, lambda: pg_server.stop(folder)


def as_login(url: str, who: str) -> str:
    return make_url(url).set(username=who).render_as_string(hide_password=False)


def reads(location: str, day: date = TODAY) -> dict[str, Any]:
    """Today and search, as one salesperson's app asks them."""
    services = Services(Book(location, migrate=False), clock)
    try:
        screen_ms = median_ms(lambda: services.agenda.screen(day), 9)
        full_ms = median_ms(lambda: services.planning.agenda(day), 3)
        search_ms = median_ms(lambda: [services.clients.search(q, limit=50) for q in QUERIES], 5)
        return {
            "today_first_screen_ms": round(screen_ms, 2),
            "today_all_ms": round(full_ms, 1),
            "today_rows": len(services.planning.agenda(day)),
            "search_first_page_ms": round(search_ms / len(QUERIES), 2),
        }
    finally:
        services.close()


def written(result: ReplanResult) -> dict[str, int]:
    return {"created": result.created, "updated": result.updated, "cancelled": result.cancelled}


def timed_replan(location: str, days: int, team: bool = False) -> dict[str, Any]:
    services = Services(Book(location, migrate=False), later(days))
    try:
        t0 = time.perf_counter()
        if team:
            results = services.team.replan().value
            seconds = time.perf_counter() - t0
            rows: dict[str, int] = {}
            for one in results.values():
                for key, n in written(one).items():
                    rows[key] = rows.get(key, 0) + n
            return {"seconds": round(seconds, 2), "salespeople": len(results), **rows}
        result = services.planning.replan_all().value
        return {"seconds": round(time.perf_counter() - t0, 2), **written(result)}
    finally:
        services.close()


def outcomes(locations: list[str], per_process: int) -> dict[str, Any]:
    """CONCURRENT processes, each its own connection, logging outcomes at once."""
    command = [sys.executable, "-m", "benchmarks.team_worker"]
    workers = [
        subprocess.Popen(
            [*command, where, str(i), str(CONCURRENT), str(per_process)],
            stdin=subprocess.PIPE,
            stdout=subprocess.PIPE,
            text=True,
        )
        for i, where in enumerate(locations)
    ]
    for w in workers:  # every process has its connection and its list before the clock
        assert w.stdout is not None
        if w.stdout.readline().strip() != "ready":
            raise RuntimeError("a benchmark writer did not start")
    t0 = time.perf_counter()
    for w in workers:
        assert w.stdin is not None
        w.stdin.write("go\n")
        w.stdin.flush()
    found = []
    for w in workers:
        out, _ = w.communicate()
        found.append(json.loads(out.strip().splitlines()[-1]))
    wall = time.perf_counter() - t0
    latencies = sorted(x for f in found for x in f["latencies"])
    errors = [e for f in found for e in f["errors"]]

    def pct(q: float) -> float:
        return round(1000 * latencies[int(q * (len(latencies) - 1))], 1) if latencies else 0.0

    return {
        "processes": len(locations),
        "logged": len(latencies),
        "errors": len(errors),
        "error_kinds": sorted(set(errors)),
        "throughput_per_s": round(len(latencies) / wall, 1),
        "p50_ms": round(1000 * statistics.median(latencies), 1) if latencies else None,
        "p95_ms": pct(0.95),
    }


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="benchmarks.team", description=__doc__)
    parser.add_argument("--salespeople", type=int, default=20)
    parser.add_argument("--clients-each", type=int, default=50_000)
    parser.add_argument("--outcomes-each", type=int, default=40)
    parser.add_argument("--cache", type=Path, default=CACHE)
    parser.add_argument("--keep", action="store_true", help="keep the team database")
    parser.add_argument("--team-url", help="an already built team database to measure")
    args = parser.parse_args(argv)
    load_before = [round(x, 2) for x in os.getloadavg()]
    admin_url, stop = server_url()
    url = None
    try:
        if args.team_url:
            url, laptop = args.team_url, demo_book(args.cache, args.clients_each)[0]
            info = {"clients_each": args.clients_each, "team": "built before this run"}
        else:
            url, laptop, info = team_book(
                admin_url, args.salespeople, args.clients_each, args.cache
            )
        lite_path = args.cache / "team-laptop.sqlite"
        shutil.copyfile(laptop, lite_path)
        Book(lite_path).close()  # the cached book may be of an older revision
        one, other = as_login(url, login(0)), as_login(url, login(1))
        pg: dict[str, Any] = {"one_salesperson": reads(one)}
        lite: dict[str, Any] = {"one_salesperson": reads(str(lite_path))}
        pg["replan_team_day_one"] = timed_replan(url, DAY_ONE, team=True)
        pg["replan_team_day_one"]["per_salesperson_seconds"] = round(
            pg["replan_team_day_one"]["seconds"] / args.salespeople, 2
        )
        lite["replan_day_one"] = timed_replan(str(lite_path), DAY_ONE)
        pg["replan_one_day_two"] = timed_replan(one, DAY_TWO)
        lite["replan_day_two"] = timed_replan(str(lite_path), DAY_TWO)
        bookstate.PG_BULK = False
        try:
            pg["replan_one_day_two_row_by_row"] = timed_replan(other, DAY_TWO)
        finally:
            bookstate.PG_BULK = True
        pg["outcomes"] = outcomes(
            [as_login(url, login(i % args.salespeople)) for i in range(CONCURRENT)],
            args.outcomes_each,
        )
        lite["outcomes"] = outcomes([str(lite_path)] * CONCURRENT, args.outcomes_each)
    finally:
        if url is not None and not args.keep and not args.team_url:
            drop_database(admin_url, url)
        stop()
    report = {
        "date": time.strftime("%Y-%m-%d"),
        "machine": machine(),
        "load_average_before": load_before,
        "load_average_after": [round(x, 2) for x in os.getloadavg()],
        "book": {**info, "salespeople": args.salespeople, "clients_each": args.clients_each},
        "postgresql": pg,
        "sqlite": lite,
    }
    json.dump(report, sys.stdout, indent=2, ensure_ascii=False)
    print()
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
