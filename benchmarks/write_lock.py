"""How much of a long write holds the book's write lock, seen from another process's
side: a second connection tries `BEGIN IMMEDIATE` without waiting every 10 ms while a
demo is written and while the whole book is re-planned (as now: planned on a snapshot;
and as before: under the lock throughout). Prints JSON.

    python -m benchmarks.write_lock --clients 2000
"""

from __future__ import annotations

import argparse
import json
import os
import sqlite3
import tempfile
import threading
import time
from collections.abc import Callable, Iterator
from contextlib import closing, contextmanager
from datetime import UTC, date, datetime
from pathlib import Path
from typing import Any

from planner.app import Services  # first: planner.demo alone meets an import circle

# isort: split
from planner.demo import generate
from planner.services.planning import PlanningService

TODAY = date(2026, 11, 26)
PROBE_S = 0.01


@contextmanager
def probing(path: Path) -> Iterator[list[bool]]:
    """Yield the probes' results (True: another writer would have got the lock at once)."""
    results: list[bool] = []
    stop = threading.Event()

    def probe() -> None:
        with closing(sqlite3.connect(path, timeout=0, isolation_level=None)) as conn:
            while not stop.is_set():
                try:
                    conn.execute("BEGIN IMMEDIATE")
                    conn.execute("ROLLBACK")
                    results.append(True)
                except sqlite3.OperationalError:
                    results.append(False)
                time.sleep(PROBE_S)

    thread = threading.Thread(target=probe, daemon=True)
    thread.start()
    try:
        yield results
    finally:
        stop.set()
        thread.join()


def measure(path: Path, work: Callable[[], object]) -> dict[str, Any]:
    with probing(path) as results:
        start = time.perf_counter()
        work()
        seconds = time.perf_counter() - start
    free = sum(results)
    return {
        "seconds": round(seconds, 2),
        "probes": len(results),
        "edits_through_share": round(free / len(results), 3) if results else None,
        "lock_held_s": round(seconds * (1 - free / len(results)), 2) if results else None,
    }


def pending_change(path: Path, calls: int) -> None:
    with closing(sqlite3.connect(path)) as conn, conn:
        conn.execute(
            "INSERT OR REPLACE INTO setting (key, value) VALUES ('capacity.call', ?)", (str(calls),)
        )


def run(clients: int, folder: Path) -> dict[str, Any]:
    folder.mkdir(parents=True, exist_ok=True)
    book = folder / "book.sqlite"
    services = Services.open(book, clock=lambda: datetime(2026, 11, 26, 11, tzinfo=UTC))
    try:
        report: dict[str, Any] = {"clients": clients}
        report["demo"] = measure(book, lambda: generate(services, clients, 7, "pl", TODAY))
        pending_change(book, 5)
        report["replan_snapshot"] = measure(book, services.planning.replan_all)
        pending_change(book, 40)

        def under_lock() -> object:  # the way a whole-book re-plan ran before
            planning: PlanningService = services.planning
            with services.ctx.book.transaction() as session:
                return planning.replan_in(session, None)

        report["replan_under_lock"] = measure(book, under_lock)
        return report
    finally:
        services.close()


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="benchmarks.write_lock", description=__doc__)
    parser.add_argument("--clients", type=int, default=2000)
    args = parser.parse_args(argv)
    with tempfile.TemporaryDirectory() as tmp:
        report = run(args.clients, Path(tmp))
    report["cpus"] = os.cpu_count()
    report["measured_at"] = datetime.now(UTC).isoformat(timespec="seconds")
    print(json.dumps(report))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
