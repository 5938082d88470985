"""While a whole-book re-plan or a demo runs in one process, an edit in another process
goes through at once (the long work computes on a snapshot without the write lock); the
long work then sees that the book changed, computes again from the new state and stores
it, all or nothing."""

from __future__ import annotations

import os
import sqlite3
import subprocess
import sys
from contextlib import closing
from pathlib import Path

import pytest
from sqlalchemy import select

from planner.app import Services
from planner.db import Book
from planner.demo import generate
from planner.models import Touch
from planner.services.views import ClientInput
from planner.vocabulary import ClientStatus
from tests.conftest import FIXED_NOW, fixed_clock
from tests.reliability.test_two_processes import write_locked

CHILD = """
import sys
from datetime import datetime
from zoneinfo import ZoneInfo
from planner.db import Book
from planner.app import Services
from planner.services.views import ClientInput
from planner.vocabulary import ClientStatus

now = datetime(2026, 11, 26, 10, 0, tzinfo=ZoneInfo("Europe/Warsaw"))
services = Services(Book(sys.argv[1]), lambda: now)
attempts, held = [], []
replan_in = services.planning.replan_in

def counting(*args, **kwargs):
    attempts.append(1)
    return replan_in(*args, **kwargs)

def progress(done, total):
    if not held:  # mid-plan: wait for the parent's edit
        held.append(done)
        print("holding", flush=True)
        sys.stdin.readline()
    return True

services.planning.replan_in = counting
services.planning.replan_all(progress)
print("finished", len(attempts), flush=True)
"""

DEMO_CHILD = """
import sys
from datetime import date, datetime
from zoneinfo import ZoneInfo
from planner.app import Services  # first: planner.demo alone meets an import circle
import planner.demo.book as demo_book
from planner.db import Book
from planner.services.views import ClientInput

now = datetime(2026, 11, 26, 10, 0, tzinfo=ZoneInfo("Europe/Warsaw"))
services = Services(Book(sys.argv[1]), lambda: now)
attempts, held = [], []
build_rows = demo_book.build_rows

def counting(*args, **kwargs):
    attempts.append(1)
    return build_rows(*args, **kwargs)

def progress(done, total):
    if not held:  # while the rows are built: wait for the parent's edit
        held.append(done)
        print("holding", flush=True)
        sys.stdin.readline()
    return True

demo_book.build_rows = counting
result = demo_book.generate(services, 400, 3, "ru", date(2026, 11, 26), progress)
print("finished", len(attempts), result.first_id, flush=True)
"""


def run_child(code: str, book: Path) -> subprocess.Popen[str]:
    env = {**os.environ, "PYTHONPATH": str(Path(__file__).resolve().parents[2])}
    return subprocess.Popen(
        [sys.executable, "-c", code, str(book)],
        stdin=subprocess.PIPE,
        stdout=subprocess.PIPE,
        text=True,
        env=env,
    )


@pytest.mark.slow
def test_an_edit_goes_through_while_a_demo_is_built(tmp_path: Path) -> None:
    book = tmp_path / "book.sqlite"
    services = Services(Book(book), fixed_clock())
    first = services.clients.add(ClientInput(name="Anna Nowak", tier="B")).value
    services.close()
    child = run_child(DEMO_CHILD, book)
    assert child.stdin is not None
    assert child.stdout is not None
    try:
        assert child.stdout.readline().strip() == "holding"
        assert not write_locked(book), "building the rows must not hold the write lock"
        services = Services(Book(book), fixed_clock())
        try:
            added = services.clients.add(ClientInput(name="Jan Kowalski", tier="C")).value
            assert child.poll() is None
            child.stdin.write("go\n")
            child.stdin.flush()
            line = child.stdout.readline().split()
            assert child.wait(timeout=300) == 0
            assert line[0] == "finished"
            assert int(line[1]) == 2  # built again on the book with the new client
            assert int(line[2]) == added + 1  # the demo's ids follow it
            assert services.clients.count() == 2 + 400
            assert services.clients.get(first).name == "Anna Nowak"
            assert services.clients.get(added).name == "Jan Kowalski"
        finally:
            services.close()
    finally:
        if child.poll() is None:
            child.kill()
            child.wait(timeout=30)


def planned_touches(path: Path) -> list[tuple[object, ...]]:
    with closing(sqlite3.connect(path)) as conn:
        return conn.execute(
            "SELECT client_id, kind, purpose, channel, due, base_due, overbooked, rank, reason"
            " FROM touch WHERE status = 'planned' ORDER BY client_id, kind, purpose, due"
        ).fetchall()


@pytest.mark.slow
def test_an_edit_goes_through_during_a_whole_book_replan(tmp_path: Path) -> None:
    book = tmp_path / "book.sqlite"
    services = Services(Book(book), fixed_clock())
    try:
        generate(services, 1500, 3, "pl", FIXED_NOW.date())
        with services.ctx.book.reading() as session:
            cid = session.scalar(
                select(Touch.client_id).where(Touch.status == "planned").order_by(Touch.id)
            )
    finally:
        services.close()
    # A change the re-plan will apply: far fewer calls a day, so it has much to write.
    with closing(sqlite3.connect(book)) as conn, conn:
        conn.execute("INSERT OR REPLACE INTO setting (key, value) VALUES ('capacity.call', '3')")
    # The same edit, then one whole-book re-plan, one after the other on a copy: what the
    # re-plan that lets the edit through must store.
    reference = tmp_path / "reference.sqlite"
    with closing(sqlite3.connect(book)) as src, closing(sqlite3.connect(reference)) as dst:
        src.backup(dst)
    ref = Services(Book(reference), fixed_clock())
    try:
        ref.clients.set_status(cid, ClientStatus.ARCHIVED)
        ref.planning.replan_all()
    finally:
        ref.close()
    child = run_child(CHILD, book)
    assert child.stdin is not None
    assert child.stdout is not None
    try:
        assert child.stdout.readline().strip() == "holding"
        assert not write_locked(book), "planning must not hold the write lock"
        services = Services(Book(book), fixed_clock())
        try:
            services.clients.set_status(cid, ClientStatus.ARCHIVED)  # the edit goes through at once
            assert child.poll() is None  # while the re-plan is still running
            child.stdin.write("go\n")
            child.stdin.flush()
            line = child.stdout.readline().split()
            assert child.wait(timeout=300) == 0
            assert line[0] == "finished"
            assert int(line[1]) >= 2  # the book changed under the first plan: planned again
            detail = services.clients.get(cid)
            assert detail.status == "archived"
            assert detail.planned == ()  # the re-plan kept the edit's effect
        finally:
            services.close()
        assert planned_touches(book) == planned_touches(reference)  # the plan it stored
    finally:
        if child.poll() is None:
            child.kill()
            child.wait(timeout=30)
