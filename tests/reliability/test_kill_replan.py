"""Killing the process during a whole-book re-plan leaves the old plan or the new one."""

from __future__ import annotations

import hashlib
import os
import shutil
import signal
import sqlite3
import subprocess
import sys
import time
from contextlib import closing
from pathlib import Path

import pytest

from planner.app import Services
from planner.db import Book
from tests.conftest import fixed_clock

CLIENTS = 10_000
CHILD = """
import sys
from datetime import datetime
from zoneinfo import ZoneInfo
from planner.db import Book
from planner.app import Services

now = datetime(2026, 11, 26, 10, 0, tzinfo=ZoneInfo("Europe/Warsaw"))
services = Services(Book(sys.argv[1]), lambda: now)
print("started", flush=True)
services.planning.replan_all(lambda done, total: print("progress", done, total, flush=True) or True)
print("finished", flush=True)
"""


def build_book(path: Path) -> None:
    Services(Book(path), fixed_clock()).close()
    with closing(sqlite3.connect(path)) as conn, conn:
        tiers = [r[0] for r in conn.execute("SELECT id FROM tier ORDER BY id")]
        conn.executemany(
            "INSERT INTO client (id, name, tier_id, status, created_on, updated_at, value_minor, "
            "at_risk, search_text, version, reached_cadence) VALUES "
            "(?, ?, ?, 'active', ?, '2026-01-01 00:00:00', 0, 0, ?, 1, 0)",
            [
                (
                    i,
                    f"Client {i}",
                    tiers[i % len(tiers)],
                    f"2026-{1 + i % 11:02d}-{1 + i % 28:02d}",
                    f"client {i}",
                )
                for i in range(1, CLIENTS + 1)
            ],
        )
        conn.executemany(
            "INSERT INTO contact_point (client_id, channel, value, preferred, consent) "
            "VALUES (?, ?, ?, 0, 1)",
            [
                (i, ch, f"+4860{i:07d}" if ch == "call" else f"c{i}@example.com")
                for i in range(1, CLIENTS + 1)
                for ch in ("call", "email")
            ],
        )
    services = Services(Book(path), fixed_clock())
    services.planning.replan_all()
    services.close()
    # A pending change the next re-plan will apply: far less capacity for calls and e-mails.
    # (Closing the last connection checkpoints the WAL, so a plain file copy is complete.)
    with closing(sqlite3.connect(path)) as conn, conn:
        conn.execute("INSERT OR REPLACE INTO setting (key, value) VALUES ('capacity.call', '3')")
        conn.execute("INSERT OR REPLACE INTO setting (key, value) VALUES ('capacity.email', '5')")


def plan_digest(path: Path) -> str:
    with closing(sqlite3.connect(path)) as conn:
        rows = conn.execute(
            "SELECT id, client_id, kind, channel, status, base_due, due, overbooked, reason "
            "FROM touch ORDER BY id"
        ).fetchall()
    return hashlib.sha256(repr(rows).encode()).hexdigest()


def run_child(path: Path) -> subprocess.Popen[str]:
    env = {**os.environ, "PYTHONPATH": str(Path(__file__).resolve().parents[2])}
    return subprocess.Popen(
        [sys.executable, "-c", CHILD, str(path)], stdout=subprocess.PIPE, text=True, env=env
    )


@pytest.mark.slow
def test_kill_during_whole_book_replan(tmp_path: Path) -> None:
    original = tmp_path / "original.sqlite"
    build_book(original)
    old = plan_digest(original)

    finished = tmp_path / "finished.sqlite"
    shutil.copyfile(original, finished)
    child = run_child(finished)
    assert child.stdout is not None
    assert child.stdout.readline().strip() == "started"
    assert child.stdout.readline().startswith("progress")
    start = time.monotonic()
    rest = child.stdout.read()
    duration = time.monotonic() - start  # from the first progress report to the commit
    assert child.wait(timeout=300) == 0
    assert "finished" in rest
    new = plan_digest(finished)
    assert new != old, "the pending change must alter the plan"

    seen = set()
    for fraction in (0.0, 0.1, 0.3, 0.5, 0.7, 0.85, 0.95, 1.1):
        victim = tmp_path / f"killed-{fraction}.sqlite"
        shutil.copyfile(original, victim)
        child = run_child(victim)
        assert child.stdout is not None
        assert child.stdout.readline().strip() == "started"
        assert child.stdout.readline().startswith("progress")
        time.sleep(duration * fraction)
        child.send_signal(signal.SIGKILL)
        child.wait(timeout=60)
        book = Book(victim, migrate=False)
        try:
            with book.engine.connect() as conn:
                assert conn.exec_driver_sql("PRAGMA integrity_check").scalar() == "ok"
        finally:
            book.close()
        digest = plan_digest(victim)
        assert digest in (old, new), f"a partial plan after a kill at {fraction:.0%}"
        seen.add(digest)
    assert old in seen  # the kill right at the first progress report lands before the commit
