"""A full disk is an ordinary error for every writer: one message naming the target and
the space needed, no temporary file left, the book intact, never a traceback."""

from __future__ import annotations

import shutil
import sqlite3
from collections.abc import Iterator
from contextlib import closing
from pathlib import Path

import pytest

from planner.app import Services
from planner.cli import main
from planner.db import Book, backup_dir
from planner.errors import BookError
from planner.services.views import ClientInput, ContactPointInput
from tests.conftest import fixed_clock
from tests.tmpfs import fill, leftovers, small_tmpfs

KEEP = {"filler.bin", "book.sqlite", "book.sqlite-wal", "book.sqlite-shm"}


def add_clients(services: Services, n: int = 40) -> None:
    for i in range(n):
        phone = ContactPointInput("call", f"+48 601 234 {i:03d}", preferred=True)
        services.clients.add(ClientInput(name=f"Łukasz Wójcik {i}", tier="B", contacts=(phone,)))


def sound(path: Path) -> bool:
    with closing(sqlite3.connect(path)) as conn:
        return conn.execute("PRAGMA integrity_check").fetchone()[0] == "ok"


@pytest.fixture
def full(tmp_path: Path) -> Iterator[Path]:
    """An empty 2 MB tmpfs; tests put what they need on it, then fill it."""
    with small_tmpfs(tmp_path / "full") as folder:
        yield folder


@pytest.fixture
def services(book_path: Path) -> Iterator[Services]:
    svc = Services(Book(book_path), fixed_clock())
    add_clients(svc)
    svc.planning.replan_all()
    yield svc
    svc.close()


def assert_disk_full(exc: BookError, target: Path) -> None:
    assert exc.code == "disk-full"
    assert str(target) in exc.message
    assert "needed" in exc.message
    assert "Traceback" not in exc.message


def test_backup_to_a_full_disk(services: Services, full: Path) -> None:
    fill(full)
    target = full / "copy.sqlite"
    with pytest.raises(BookError) as caught:
        services.backups.backup(target)
    assert_disk_full(caught.value, target)
    assert leftovers(full, KEEP) == []
    assert sound(services.book.path)


def test_backup_refused_before_writing_when_space_is_known_short(
    services: Services, full: Path
) -> None:
    fill(full, leave=16 * 1024)
    target = full / "copy.sqlite"
    with pytest.raises(BookError) as caught:
        services.backups.backup(target)
    assert_disk_full(caught.value, target)
    assert "free" in caught.value.message
    assert leftovers(full, KEEP) == []


def test_report_export_to_a_full_disk(services: Services, full: Path) -> None:
    fill(full)
    target = full / "report.xlsx"
    with pytest.raises(BookError) as caught:
        services.transfer.export_report(target)
    assert_disk_full(caught.value, target)
    assert leftovers(full, KEEP) == []


def test_book_export_to_a_full_disk(services: Services, full: Path) -> None:
    fill(full, leave=64 * 1024)
    target = full / "book.cpbook"
    with pytest.raises(BookError) as caught:
        services.transfer.export_book(target)
    assert_disk_full(caught.value, target)
    assert leftovers(full, KEEP) == []


def test_ical_export_to_a_full_disk(services: Services, full: Path) -> None:
    fill(full)
    target = full / "plan.ics"
    with pytest.raises(BookError) as caught:
        services.transfer.export_ical(target)
    assert_disk_full(caught.value, target)
    assert leftovers(full, KEEP) == []


def test_client_export_to_a_full_disk(services: Services, full: Path) -> None:
    fill(full)
    target = full / "client.json"
    with pytest.raises(BookError) as caught:
        services.transfer.export_client(1, target)
    assert_disk_full(caught.value, target)
    assert leftovers(full, KEEP) == []


def book_on(full: Path) -> Services:
    book = full / "book.sqlite"
    svc = Services(Book(book), fixed_clock())
    add_clients(svc, 10)
    return svc


def test_rotating_backup_beside_a_book_on_a_full_disk(full: Path) -> None:
    svc = book_on(full)
    try:
        fill(full)
        with pytest.raises(BookError) as caught:
            svc.backups.backup()
        assert caught.value.code == "disk-full"
        assert str(backup_dir(svc.book.path)) in caught.value.message  # the target, not the book
        assert leftovers(full, KEEP) == []
        assert svc.clients.count() == 10
    finally:
        svc.close()
    assert sound(full / "book.sqlite")


def test_restore_whose_safety_backup_does_not_fit(full: Path, tmp_path: Path) -> None:
    svc = book_on(full)
    source = tmp_path / "source.sqlite"
    try:
        svc.backups.backup(source)
        fill(full)
        with pytest.raises(BookError) as caught:
            svc.backups.restore(source)
        assert caught.value.code == "disk-full"
        assert str(backup_dir(svc.book.path)) in caught.value.message
        assert leftovers(full, KEEP) == []
        assert svc.clients.count() == 10
    finally:
        svc.close()
    assert sound(full / "book.sqlite")


def test_cli_backup_to_a_full_disk_is_one_line(
    book_path: Path, full: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    Services(Book(book_path), fixed_clock()).close()
    fill(full)
    target = full / "copy.sqlite"
    code = main(["--db", str(book_path), "backup", str(target)], clock=fixed_clock())
    err = capsys.readouterr().err
    assert code != 0
    assert str(target) in err
    assert "Traceback" not in err
    assert len(err.strip().splitlines()) == 1
    assert leftovers(full, KEEP) == []


def test_xlsxwriter_temp_files_are_private_and_cleaned(services: Services, tmp_path: Path) -> None:
    from planner.atomic import process_scratch

    services.transfer.export_report(tmp_path / "report.xlsx")
    scratch = process_scratch()
    assert scratch.is_dir()
    assert list(scratch.iterdir()) == []  # xlsxwriter removed its files; nothing holds rows


def test_stale_scratch_of_a_killed_process_is_removed() -> None:
    import subprocess
    import sys

    from planner.atomic import _scratch_root, clean_stale_scratch

    dead = subprocess.run(
        [sys.executable, "-c", "import os; print(os.getpid())"],
        capture_output=True,
        text=True,
        check=True,
    )
    root = _scratch_root()
    root.mkdir(mode=0o700, exist_ok=True)
    stale = root / f"{dead.stdout.strip()}-abc"
    stale.mkdir()
    (stale / "row_data.tmp").write_text("Łukasz Wójcik;+48601234567", encoding="utf-8")
    assert clean_stale_scratch() >= 1
    assert not stale.exists()
    shutil.rmtree(stale, ignore_errors=True)
