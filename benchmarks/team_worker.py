"""One of the team benchmark's concurrent writers: a process of its own, one connection.

    python -m benchmarks.team_worker LOCATION INDEX OF COUNT

Reads the planned touches it will log (one per client, every OF-th client from INDEX, so
no two writers take the same client), says "ready", waits for "go" on stdin, logs
"reached" on COUNT of them through `PlanningService.log_outcome`, and prints one JSON
line: each call's latency in seconds and the error kinds met (a lost write counts).
"""

from __future__ import annotations

import json
import sys
import time

import planner.services  # before planner.demo (import order)
import planner.team.book  # noqa: F401 - registers `Book(postgresql://…)`

# isort: split
from sqlalchemy import func, select

from benchmarks.core import clock
from planner.app import Services
from planner.db import Book
from planner.models import Touch
from planner.vocabulary import Outcome


def main(argv: list[str]) -> int:
    location, index, of, count = argv[0], int(argv[1]), int(argv[2]), int(argv[3])
    services = Services(Book(location, migrate=False), clock)
    with services.book.reading() as session:
        todo = sorted(
            session.scalars(
                select(func.min(Touch.id))
                .where(Touch.status == "planned")
                .group_by(Touch.client_id)
            )
        )[index::of][:count]
    print("ready", flush=True)
    sys.stdin.readline()
    latencies: list[float] = []
    errors: list[str] = []
    for touch_id in todo:
        t0 = time.perf_counter()
        try:
            services.planning.log_outcome(touch_id, Outcome.REACHED)
        except Exception as exc:  # counted, not hidden
            errors.append(f"{type(exc).__name__} {getattr(exc, 'code', '')}".strip())
            continue
        latencies.append(time.perf_counter() - t0)
    services.close()
    print(json.dumps({"latencies": latencies, "errors": errors}), flush=True)
    return 0


if __name__ == "__main__":
    raise SystemExit(main(sys.argv[1:]))
