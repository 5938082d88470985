"""One process of the concurrency test: edits a shared client and logs its own outcomes.

    python concurrency_worker.py URL WORKER ROUNDS SHARED_ID TOUCH_ID...

Every edit carries the version it read; a Conflict is re-read and retried, so an edit is
either applied on top of everything before it or not at all. Prints its retry count.
"""

from __future__ import annotations

import sys
from datetime import UTC, datetime

import planner.team.book  # noqa: F401 - registers `Book(postgresql://…)`
from planner.app import Services
from planner.db import Book
from planner.errors import Conflict
from planner.services.views import ClientInput
from planner.vocabulary import Outcome


def main(argv: list[str]) -> int:
    url, worker, rounds, shared = argv[0], argv[1], int(argv[2]), int(argv[3])
    touches = [int(t) for t in argv[4:]]
    clock = lambda: datetime(2026, 11, 26, 9, 0, tzinfo=UTC)  # noqa: E731
    services = Services(Book(url), clock)
    conflicts = 0
    try:
        for i in range(rounds):
            while True:
                client = services.clients.get(shared)
                data = ClientInput(
                    name=client.name,
                    tier=client.tier,
                    notes=(client.notes or "") + f"[{worker}.{i}]",
                )
                try:
                    services.clients.edit(shared, data, version=client.version)
                    break
                except Conflict:
                    conflicts += 1
            if i < len(touches):
                while True:
                    try:
                        services.planning.log_outcome(touches[i], Outcome.REACHED)
                        break
                    except Conflict:
                        conflicts += 1
    finally:
        services.close()
    print(conflicts)
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
