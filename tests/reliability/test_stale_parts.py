"""A writer killed mid-write leaves its `.part` file; the next run removes it (on the
next write to that folder, and when a book opens, in its folder and backups folder),
and never touches other programs' files or a part another running writer still writes."""

from __future__ import annotations

import os
import signal
import subprocess
import sys
from pathlib import Path

import pytest

from planner import atomic
from planner.atomic import atomic_write, clean_stale_parts, part_path
from planner.db import backup_dir

ROOT = Path(__file__).resolve().parents[2]
WRITER = """
import sys
from pathlib import Path
from planner.atomic import atomic_write

with atomic_write(Path(sys.argv[1])) as tmp:
    with open(tmp, "wb") as fh:
        fh.write(b"client rows " * 10_000)
        fh.flush()
        print("writing", flush=True)
        sys.stdin.readline()  # killed here
"""
NEXT_WRITE = """
import sys
from pathlib import Path
from planner.atomic import atomic_write

with atomic_write(Path(sys.argv[1])) as tmp:
    tmp.write_bytes(b"done")
"""
OPEN_BOOK = """
import sys
from datetime import UTC, datetime
from planner.db import Book
from planner.app import Services

Services(Book(sys.argv[1]), lambda: datetime(2026, 11, 26, 9, tzinfo=UTC)).close()
"""
# Other programs' files that look a little like ours: never removed.
OTHERS = ("download.iso.part", "notes.part", ".hidden", ".config.part.bak", "report.xlsx")


def run(code: str, *args: str | Path) -> None:
    env = {**os.environ, "PYTHONPATH": str(ROOT)}
    subprocess.run([sys.executable, "-c", code, *map(str, args)], check=True, env=env)


def kill_mid_write(target: Path) -> Path:
    """Start a writer of `target`, SIGKILL it mid-write; the part it left behind."""
    env = {**os.environ, "PYTHONPATH": str(ROOT)}
    child = subprocess.Popen(
        [sys.executable, "-c", WRITER, str(target)],
        stdin=subprocess.PIPE,
        stdout=subprocess.PIPE,
        text=True,
        env=env,
    )
    assert child.stdout is not None
    try:
        assert child.stdout.readline().strip() == "writing"
        child.send_signal(signal.SIGKILL)
        assert child.wait(timeout=30) == -signal.SIGKILL
    finally:
        if child.poll() is None:
            child.kill()
            child.wait(timeout=30)
    (part,) = target.parent.glob(f".{target.name}.{child.pid}-*.part")
    assert part.stat().st_size > 0
    assert not target.exists()
    return part


def others(folder: Path) -> list[Path]:
    paths = [folder / name for name in OTHERS]
    for p in paths:
        p.write_text("not ours")
    return paths


def test_the_next_write_to_the_folder_removes_a_killed_writers_part(tmp_path: Path) -> None:
    folder = tmp_path / "exports"
    folder.mkdir()
    foreign = others(folder)
    part = kill_mid_write(folder / "clients.xlsx")
    run(NEXT_WRITE, folder / "agenda.ics")
    assert not part.exists()
    assert (folder / "agenda.ics").read_bytes() == b"done"
    assert all(p.read_text() == "not ours" for p in foreign)
    assert sorted(p.name for p in folder.iterdir()) == sorted([*OTHERS, "agenda.ics"])


def test_opening_a_book_cleans_its_folder_and_backups_folder(
    tmp_path: Path, services: object, book_path: Path
) -> None:
    backups = backup_dir(book_path)
    backups.mkdir()
    foreign = others(backups)
    in_backups = kill_mid_write(backups / "book-20261126-pre-restore.sqlite")
    beside = kill_mid_write(book_path.with_name("book-copy.sqlite"))
    run(OPEN_BOOK, book_path)
    assert not in_backups.exists()
    assert not beside.exists()
    assert all(p.read_text() == "not ours" for p in foreign)


def test_a_part_still_being_written_is_kept(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    live = tmp_path / f".a.xlsx.{os.getppid()}-abc123.part"  # our parent runs
    mine = tmp_path / f".b.xlsx.{os.getpid()}-abc123.part"
    fixed = part_path(tmp_path / "c.csv")  # a writer with its own temporary file
    sqlite_work = part_path(tmp_path / "d.cpbook", "sqlite")
    journal = sqlite_work.with_name(sqlite_work.name + "-journal")
    for p in (live, mine, fixed, sqlite_work, journal):
        p.write_bytes(b"x")
    assert clean_stale_parts(tmp_path) == 0  # all written since this process started
    monkeypatch.setattr(atomic, "PROCESS_STARTED", atomic.file_time() + 60)  # a later run
    assert clean_stale_parts(tmp_path) == 3  # the fixed names: no running writer named
    assert live.exists()
    assert mine.exists()
    assert not fixed.exists()
    assert not journal.exists()
    with atomic_write(tmp_path / "e.txt") as tmp:
        assert tmp.name.startswith(f".e.txt.{os.getpid()}-")
        assert atomic.PART_NAME.match(tmp.name)
        tmp.write_text("e")
    assert (tmp_path / "e.txt").read_text() == "e"
