"""Benchmark: logging one outcome on a big book (issue 8, target <= 10 ms median).

Builds (once, then reuses from the folder) the demo book of `benchmarks.core` (100,000
clients, ~1,000,000 touches; building it takes minutes) and copies it,
then logs "reached" / "no answer" on planned touches of different clients through
`PlanningService.log_outcome` (the whole service call: one transaction, the retry or the
re-plan of that client levelled against the rest). Prints JSON.

Run: `python -m benchmarks.outcome [--clients N] [--repeat N] [--folder DIR]`.
"""

from __future__ import annotations

import argparse
import json
import shutil
import sqlite3
import statistics
import time
from contextlib import closing
from pathlib import Path
from typing import Any

from planner.app import Services  # first: planner.demo imports the façade back

# isort: split
from benchmarks.core import clock, demo_book, machine
from planner.db import Book
from planner.vocabulary import Outcome

TARGET_MS = 10.0


def bench_outcome(path: Path, folder: Path, repeat: int) -> dict[str, Any]:
    work = folder / "outcome.sqlite"
    shutil.copyfile(path, work)
    with closing(sqlite3.connect(work)) as conn:
        ids = [
            tid
            for (tid,) in conn.execute(
                "SELECT min(id) FROM touch WHERE status = 'planned' AND kind = 'cadence'"
                " GROUP BY client_id ORDER BY client_id LIMIT ?",
                (repeat + 5,),
            )
        ]
    services = Services(Book(work), clock)
    times: list[float] = []
    cpu: list[float] = []  # this process's CPU time: what a busy machine does not inflate
    try:
        for n, tid in enumerate(ids):
            outcome = Outcome.NO_ANSWER if n % 3 == 0 else Outcome.REACHED
            t0, c0 = time.perf_counter(), time.process_time()
            services.planning.log_outcome(tid, outcome)
            ms = (time.perf_counter() - t0) * 1000
            if n >= 5:  # the first calls warm the caches
                times.append(ms)
                cpu.append((time.process_time() - c0) * 1000)
    finally:
        services.close()
        for suffix in ("", "-wal", "-shm"):
            Path(str(work) + suffix).unlink(missing_ok=True)
    median = statistics.median(times)
    return {
        "log_outcome": {
            "ours_ms": round(median, 3),
            "p90_ms": round(sorted(times)[int(len(times) * 0.9)], 3),
            "p95_ms": round(sorted(times)[min(len(times) - 1, int(len(times) * 0.95))], 3),
            "cpu_ms": round(statistics.median(cpu), 3),
            "calls": len(times),
            "target": f"<= {TARGET_MS:g} ms median",
            "met": median <= TARGET_MS,
        }
    }


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--clients", type=int, default=100_000)
    parser.add_argument("--repeat", type=int, default=50)
    parser.add_argument("--folder", type=Path, default=Path(".bench"))
    args = parser.parse_args(argv)
    args.folder.mkdir(parents=True, exist_ok=True)
    path, info = demo_book(args.folder, args.clients)
    report = {"book": info, "machine": machine(), **bench_outcome(path, args.folder, args.repeat)}
    print(json.dumps(report))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
