"""The day's rotating backup: once a day, kept `backup.keep` deep, restorable."""

from __future__ import annotations

from pathlib import Path

from planner.app import Services
from planner.db import Book


class Days:
    """Backup name stamps of a chosen machine day, never colliding within the day."""

    def __init__(self) -> None:
        self.day = "20261201"
        self.n = 0

    def __call__(self) -> str:
        self.n += 1
        return f"{self.day}T120000{self.n:06d}Z"


def services_with(path: Path, days: Days) -> Services:
    return Services(Book(path), stamp=days)


def test_one_backup_a_day_rotated_to_the_kept_number(tmp_path: Path) -> None:
    days = Days()
    s = services_with(tmp_path / "book.sqlite", days)
    try:
        s.settings.set("backup.keep", "3")
        first = s.backups.daily()
        assert first is not None
        assert first.is_file()
        assert s.backups.daily() is None  # the same day: nothing more
        assert s.backups.available() == [first]
        written = [first]
        for day in ("20261202", "20261203", "20261204", "20261205"):
            days.day = day
            made = s.backups.daily()
            assert made is not None
            written.append(made)
        kept = s.backups.available()
        assert kept == sorted(written[-3:], reverse=True)  # the newest three days
        assert not written[0].exists()
    finally:
        s.close()


def test_a_manual_backup_the_same_day_counts_and_a_migration_backup_does_not(
    tmp_path: Path,
) -> None:
    days = Days()
    book = tmp_path / "book.sqlite"
    s = services_with(book, days)
    try:
        folder = book.with_name("book.backups")
        folder.mkdir(exist_ok=True)
        (folder / "book-20261201T000000000000Z-before-0015.sqlite").write_bytes(b"")
        assert s.backups.daily() is not None  # a "before" copy is not the day's backup
        days.day = "20261202"
        s.backups.backup()  # File → Back up now
        assert s.backups.daily() is None
    finally:
        s.close()


def test_the_daily_backup_holds_the_book_and_restores(tmp_path: Path) -> None:
    from planner.services.views import ClientInput, ContactPointInput

    def client(name: str, phone: str) -> ClientInput:
        return ClientInput(name=name, contacts=(ContactPointInput("call", phone),))

    days = Days()
    s = services_with(tmp_path / "book.sqlite", days)
    try:
        s.clients.add(client("Anna Nowak", "+48 601 234 567"))
        copy = s.backups.daily()
        assert copy is not None
        ids_before = s.clients.ids()
        s.clients.add(client("Jan Kowalski", "+48 601 234 568"))
        assert len(s.clients.ids()) == 2
        s.backups.restore(copy)
        assert s.clients.ids() == ids_before
    finally:
        s.close()


def test_a_read_only_book_is_not_copied(tmp_path: Path) -> None:
    """(Read-only mounts themselves are tested in tests/unit/storage/test_read_only_book.py.)"""
    s = services_with(tmp_path / "book.sqlite", Days())
    try:
        s.ctx.book.read_only = "the folder is read-only"  # what Book finds on such a mount
        assert s.backups.daily() is None
        assert s.backups.available() == []
    finally:
        s.close()
