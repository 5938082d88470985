"""A book that cannot be written (a read-only file, folder or mount: a USB stick, a CD)
opens read-only: reads, search, the agenda and exports work; writes say why they cannot."""

from __future__ import annotations

import hashlib
import os
import shutil
import subprocess
from collections.abc import Iterator
from pathlib import Path

import openpyxl
import pytest

from planner.app import Services
from planner.db import Book
from planner.errors import BookError
from planner.services.views import ClientInput, ContactPointInput
from tests.conftest import FIXED_NOW, fixed_clock


def digest(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


def populated(book_path: Path) -> Path:
    services = Services(Book(book_path), fixed_clock())
    phone = ContactPointInput("call", "+48 601 234 567", preferred=True)
    services.clients.add(ClientInput(name="Łukasz Wójcik", tier="A", contacts=(phone,)))
    services.clients.add(ClientInput(name="Anna Nowak", tier="B", contacts=(phone,)))
    services.close()
    return book_path


def _mount(*args: str) -> bool:
    return subprocess.run(["mount", *args], capture_output=True).returncode == 0


@pytest.fixture
def read_only_mount(tmp_path: Path, book_path: Path) -> Iterator[Path]:
    """The populated book on a tmpfs remounted read-only (needs root), with no -shm."""
    if os.geteuid() != 0 or shutil.which("mount") is None:
        pytest.skip("mounting a read-only file system needs root")
    populated(book_path)
    mnt = tmp_path / "stick"
    mnt.mkdir()
    if not _mount("-t", "tmpfs", "-o", "size=8m", "tmpfs", str(mnt)):
        pytest.skip("this machine does not allow mounting a tmpfs")
    try:
        shutil.copyfile(book_path, mnt / "book.sqlite")
        if not _mount("-o", "remount,ro", str(mnt)):
            pytest.skip("this machine does not allow remounting read-only")
        yield mnt / "book.sqlite"
    finally:
        subprocess.run(["umount", "-l", str(mnt)], capture_output=True)


def check_reads_work_and_writes_refused(book: Path, tmp_path: Path) -> None:
    before = digest(book)
    services = Services(Book(book), fixed_clock())
    try:
        assert services.book.read_only is not None
        assert services.clients.count() == 2
        assert services.clients.search("wojcik") != []
        assert services.planning.plan(FIXED_NOW.date(), FIXED_NOW.date().replace(year=2027))
        services.planning.agenda(FIXED_NOW.date())
        out = tmp_path / "out" / "report.xlsx"
        out.parent.mkdir(exist_ok=True)
        services.transfer.export_report(out)
        assert openpyxl.load_workbook(out, read_only=True).sheetnames  # read back
        services.backups.backup(tmp_path / "out" / "copy.sqlite")
        with pytest.raises(BookError) as caught:
            services.clients.add(ClientInput(name="New"))
        assert caught.value.code == "read-only"
        assert "read-only" in caught.value.message
        assert "SQL" not in caught.value.message
        with pytest.raises(BookError) as caught:
            services.settings.set("gap.days", "3")
        assert caught.value.code == "read-only"
    finally:
        services.close()
    assert digest(book) == before


def test_a_book_on_a_read_only_mount_opens_read_only(read_only_mount: Path, tmp_path: Path) -> None:
    assert not (read_only_mount.parent / "book.sqlite-shm").exists()
    check_reads_work_and_writes_refused(read_only_mount, tmp_path)


def test_a_read_only_file_opens_read_only(book_path: Path, tmp_path: Path) -> None:
    if os.geteuid() == 0:
        pytest.skip("root may write a read-only file, so the app does not see it as read-only")
    populated(book_path)
    book_path.chmod(0o444)
    try:
        check_reads_work_and_writes_refused(book_path, tmp_path)
    finally:
        book_path.chmod(0o644)


def test_a_book_in_a_read_only_folder_opens_read_only(book_path: Path, tmp_path: Path) -> None:
    if os.geteuid() == 0:
        pytest.skip("root may write into a read-only folder; the mount test covers root")
    populated(book_path)
    folder = book_path.parent
    folder.chmod(0o555)
    try:
        check_reads_work_and_writes_refused(book_path, tmp_path)
    finally:
        folder.chmod(0o755)


def test_no_new_book_on_a_read_only_mount(read_only_mount: Path) -> None:
    with pytest.raises(BookError) as caught:
        Book(read_only_mount.parent / "new.sqlite")
    assert caught.value.code == "read-only"
