"""N processes edit one client and log outcomes on one PostgreSQL book at once (14.6):
every edit either lands on top of the others or is refused as a conflict and retried;
0 lost updates, every outcome recorded once."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

from sqlalchemy import text

from planner.app import Services
from planner.db import Book
from planner.services.views import ClientInput, ContactPointInput
from tests.conftest import fixed_clock

WORKERS = 3
ROUNDS = 4
WORKER = Path(__file__).with_name("concurrency_worker.py")
ROOT = Path(__file__).resolve().parents[2]


def test_concurrent_processes_lose_no_update(pg_url: str) -> None:
    services = Services(Book(pg_url), fixed_clock())
    shared = services.clients.add(ClientInput(name="Shared Client", tier="A")).value
    own: list[list[int]] = []
    for w in range(WORKERS):
        ids = []
        for r in range(ROUNDS):
            cid = services.clients.add(
                ClientInput(
                    name=f"Client {w}-{r}", contacts=(ContactPointInput("call", "+48601234567"),)
                )
            ).value
            with services.book.reading() as session:
                ids.append(
                    session.execute(
                        text(
                            "SELECT min(id) FROM touch WHERE client_id = :c AND status = 'planned'"
                        ),
                        {"c": cid},
                    ).scalar_one()
                )
        own.append(ids)
    services.close()
    env = {**os.environ, "PYTHONPATH": str(ROOT)}
    procs = [
        subprocess.Popen(
            [sys.executable, str(WORKER), pg_url, str(w), str(ROUNDS), str(shared)]
            + [str(t) for t in own[w]],
            env=env,
            stdout=subprocess.PIPE,
            stderr=subprocess.PIPE,
            text=True,
        )
        for w in range(WORKERS)
    ]
    results = [p.communicate(timeout=300) for p in procs]
    for p, (_out, err) in zip(procs, results, strict=True):
        assert p.returncode == 0, err
    services = Services(Book(pg_url), fixed_clock())
    try:
        notes = services.clients.get(shared).notes or ""
        marks = {f"[{w}.{i}]" for w in range(WORKERS) for i in range(ROUNDS)}
        lost = [m for m in marks if m not in notes]
        assert lost == []
        assert len(notes) == sum(len(m) for m in marks)  # none applied twice
        with services.book.reading() as session:
            done = session.execute(
                text("SELECT count(*) FROM touch WHERE id = ANY(:ids) AND status = 'done'"),
                {"ids": [t for ids in own for t in ids]},
            ).scalar_one()
        assert done == WORKERS * ROUNDS
    finally:
        services.close()
