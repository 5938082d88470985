"""Killing the process during an import leaves a sound book with all of it or none of it."""

from __future__ import annotations

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

ROWS = 8_000
CHILD = """
import sys
from datetime import datetime
from pathlib import Path
from zoneinfo import ZoneInfo
from planner.db import Book
from planner.services.importing import ImportOptions
from planner.app import Services

now = datetime(2026, 11, 26, 10, 0, tzinfo=ZoneInfo("Europe/Warsaw"))
services = Services(Book(sys.argv[1]), lambda: now)
print("started", flush=True)
result = services.transfer.import_file(
    Path(sys.argv[2]),
    options=ImportOptions(save_report=False),
    progress=lambda done, total: print("progress", done, total, flush=True) or True,
)
print("finished", result.value.imported, flush=True)
"""


def build(folder: Path) -> tuple[Path, Path]:
    book = folder / "original.sqlite"
    services = Services(Book(book), fixed_clock())
    services.settings.set("phone.region", "PL")
    services.close()
    source = folder / "clients.csv"
    with open(source, "w", encoding="utf-8") as f:
        f.write("Name;Company;Phone;E-mail;Tags\n")
        for i in range(ROWS):
            f.write(f"Klient {i} Żółwiński;Firma {i % 300};6{i:08d};k{i}@firma{i % 40}.pl;VIP\n")
    return book, source


def clients(path: Path) -> int:
    with closing(sqlite3.connect(path)) as conn:
        return int(conn.execute("SELECT COUNT(*) FROM client").fetchone()[0])


def run_child(book: Path, source: Path) -> subprocess.Popen[str]:
    env = {**os.environ, "PYTHONPATH": str(Path(__file__).resolve().parents[2])}
    return subprocess.Popen(
        [sys.executable, "-c", CHILD, str(book), str(source)],
        stdout=subprocess.PIPE,
        text=True,
        env=env,
    )


@pytest.mark.slow
def test_kill_during_an_import(tmp_path: Path) -> None:
    original, source = build(tmp_path)
    finished = tmp_path / "finished.sqlite"
    shutil.copyfile(original, finished)
    child = run_child(finished, source)
    assert child.stdout is not None
    assert child.stdout.readline().strip() == "started"
    assert child.stdout.readline().startswith("progress")
    start = time.monotonic()
    rest = child.stdout.read()
    duration = time.monotonic() - start
    assert child.wait(timeout=300) == 0
    assert f"finished {ROWS}" in rest
    assert clients(finished) == ROWS

    seen = set()
    for fraction in (0.0, 0.2, 0.5, 0.8, 0.95, 1.2):
        victim = tmp_path / f"killed-{fraction}.sqlite"
        shutil.copyfile(original, victim)
        child = run_child(victim, source)
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
                touches = conn.exec_driver_sql("SELECT COUNT(*) FROM touch").scalar()
                indexed = conn.exec_driver_sql(
                    "SELECT COUNT(*) FROM client_fts WHERE client_fts MATCH 'zolwinski'"
                ).scalar()
        finally:
            book.close()
        found = clients(victim)
        assert found in (0, ROWS), f"a partial import after a kill at {fraction:.0%}"
        assert indexed == found  # the search index is in step with the clients
        assert (touches == 0) == (found == 0)
        seen.add(found)
    assert 0 in seen  # the kill right at the first progress report lands before the commit
