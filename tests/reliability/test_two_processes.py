"""While an import runs in one process, another process opens the same book, reads,
searches and shows the agenda; an edit that must wait says so in plain words."""

from __future__ import annotations

import os
import sqlite3
import subprocess
import sys
from contextlib import closing
from pathlib import Path

import pytest

from planner import db
from planner.app import Services
from planner.db import Book
from planner.errors import BookError
from tests.conftest import FIXED_NOW, fixed_clock

ROWS = 3_000
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
held = []

def progress(done, total):
    if done and not held:  # mid-import, inside its transaction: wait for the parent
        held.append(done)
        print("holding", flush=True)
        sys.stdin.readline()
    return True

result = services.transfer.import_file(
    Path(sys.argv[2]), options=ImportOptions(save_report=False), progress=progress
)
print("finished", result.value.imported, flush=True)
"""


def build(folder: Path) -> tuple[Path, Path]:
    book = folder / "book.sqlite"
    services = Services(Book(book), fixed_clock())
    services.settings.set("phone.region", "PL")
    services.close()
    source = folder / "clients.csv"
    with open(source, "w", encoding="utf-8") as f:
        f.write("Name;Company;Phone;E-mail\n")
        for i in range(ROWS):
            f.write(f"Klient {i} Żółwiński;Firma {i % 300};6{i:08d};k{i}@firma{i % 40}.pl\n")
    return book, source


def write_locked(book: Path) -> bool:
    with closing(sqlite3.connect(book, timeout=0, isolation_level=None)) as conn:
        try:
            conn.execute("BEGIN IMMEDIATE")
        except sqlite3.OperationalError:
            return True
        conn.execute("ROLLBACK")
        return False


@pytest.mark.slow
def test_reads_in_another_process_keep_working_during_an_import(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    book, source = build(tmp_path)
    env = {**os.environ, "PYTHONPATH": str(Path(__file__).resolve().parents[2])}
    child = subprocess.Popen(
        [sys.executable, "-c", CHILD, str(book), str(source)],
        stdin=subprocess.PIPE,
        stdout=subprocess.PIPE,
        text=True,
        env=env,
    )
    assert child.stdin is not None
    assert child.stdout is not None
    try:
        assert child.stdout.readline().strip() == "holding"
        assert write_locked(book), "the import should hold the write lock here"
        monkeypatch.setattr(db, "BUSY_TIMEOUT_MS", 50)  # the edit below waits only briefly
        monkeypatch.setattr(db, "BUSY_ATTEMPTS", 2)
        services = Services(Book(book), fixed_clock())  # opening never takes the write lock
        try:
            assert services.clients.count() == 0  # the import is not committed yet
            assert services.clients.search("zolwinski") == []
            services.planning.agenda(FIXED_NOW.date())
            with pytest.raises(BookError) as caught:
                services.settings.set("gap.days", "3")
            message = caught.value.message
            assert caught.value.code == "book-busy"
            assert "busy" in message
            assert "try again" in message
            for word in ("SQL", "sqlalche.me", "BEGIN", "locked"):
                assert word not in message
            child.stdin.write("go\n")
            child.stdin.flush()
            assert child.stdout.readline().strip() == f"finished {ROWS}"
            assert child.wait(timeout=120) == 0
            services.settings.set("gap.days", "3")  # the same edit, now that it is free
            assert services.clients.count() == ROWS
            assert len(services.clients.search("zolwinski")) > 0
        finally:
            services.close()
    finally:
        if child.poll() is None:
            child.kill()
            child.wait(timeout=30)
