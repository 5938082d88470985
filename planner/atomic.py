"""Writing a file all-or-nothing, so that a full disk is an ordinary error (DESIGN.md §6).

Every writer of the app (backups, exports, the book file, restore's safety copy, price
lists, iCalendar) goes through `atomic_write`: free space is checked where it is known,
the content goes to a temporary file in the target's folder, is fsynced and renamed over
the target; on any failure the temporary file is removed and a full disk (or a folder that
cannot be written) becomes one `BookError` naming the target and the space needed.

A writer killed mid-write leaves its temporary file (`.<target>.….part`) behind; the next
write to that folder, and opening a book (its folder and its backups folder), remove such
stale parts: only names of this app's pattern, only those last written before this process
started, and never one whose writer (its process id is in the name) still runs.

`scratch_dir` gives libraries that keep their own temporary files (xlsxwriter) a private
folder that is removed afterwards, and whose leftovers after a kill are removed on the next
start, since they hold client rows.
"""

from __future__ import annotations

import contextlib
import errno
import os
import re
import shutil
import sqlite3
import tempfile
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import Any, NoReturn

from planner.clock import file_time
from planner.errors import BookError

# `.<target>.<pid>-<random>.part` (atomic_write), `.<target>.part`, `.<target>.sqlite.part`,
# `.<target>.import.part` (writers with their own temporary file), and SQLite's companions
# of the latter two (-journal, -wal, -shm).
PART_NAME = re.compile(
    r"^\.(?P<target>.+?)\.(?:(?P<pid>\d+)-[A-Za-z0-9_]+\.)?(?:sqlite\.|import\.)?part"
    r"(?:-journal|-wal|-shm)?$"
)
_FULL = {errno.ENOSPC, getattr(errno, "EDQUOT", errno.ENOSPC), errno.EFBIG}
SCRATCH_ROOT_NAME = "contact-planner-scratch"


def human_size(n: int) -> str:
    size = float(n)
    for unit in ("bytes", "KB", "MB", "GB"):
        if size < 1024 or unit == "GB":
            return f"{int(size)} {unit}" if unit == "bytes" else f"{size:.1f} {unit}"
        size /= 1024
    return f"{n} bytes"  # pragma: no cover


def free_bytes(folder: Path) -> int | None:
    """Free space of the file system holding `folder`, or None when it cannot be known."""
    try:
        return shutil.disk_usage(folder).free
    except OSError:
        return None


def disk_full(target: Path, needed: int, free: int | None) -> BookError:
    need = f"about {human_size(needed)}" if needed else "more space"
    have = f"; {human_size(free)} free" if free is not None else ""
    return BookError(
        "disk-full",
        f"There is not enough free space to write {target}: {need} needed{have}. "
        "Free some space or choose another place; nothing was written.",
        field=str(target),
    )


def check_space(target: Path, needed: int) -> None:
    """Refuse before writing when the target's file system has less than `needed` free."""
    free = free_bytes(Path(target).parent)
    if needed and free is not None and free < needed:
        raise disk_full(Path(target), needed, free)


def is_disk_full(exc: BaseException) -> bool:
    """Does `exc` (or what caused it) say the disk or the quota is full?"""
    seen: set[int] = set()
    current: BaseException | None = exc
    while current is not None and id(current) not in seen:
        seen.add(id(current))
        if isinstance(current, OSError) and current.errno in _FULL:
            return True
        if isinstance(current, sqlite3.Error) and "full" in str(current).lower():
            return True
        orig = getattr(current, "orig", None)  # SQLAlchemy's wrapper
        if isinstance(orig, BaseException) and is_disk_full(orig):
            return True
        current = current.__cause__ or current.__context__
    return False


WRITE_CODES = frozenset({"disk-full", "cannot-write"})


def _os_error(exc: BaseException) -> OSError | None:
    """The OSError behind `exc` (xlsxwriter wraps it in FileCreateError), if any."""
    seen: set[int] = set()
    current: BaseException | None = exc
    while current is not None and id(current) not in seen:
        seen.add(id(current))
        if isinstance(current, OSError):
            return current
        current = current.__cause__ or current.__context__
    return None


def write_error(target: Path, exc: BaseException, needed: int = 0) -> BookError:
    """The one message for a failed write of `target` (a write error of a helper file,
    e.g. the working copy of an export, is told as the target's)."""
    if isinstance(exc, BookError):
        if exc.code in WRITE_CODES and exc.field != str(target):
            if exc.code == "disk-full":
                return disk_full(target, needed, free_bytes(target.parent))
            return BookError("cannot-write", exc.message, field=str(target))
        return exc
    if is_disk_full(exc):
        return disk_full(target, needed, free_bytes(target.parent))
    os_error = _os_error(exc)
    reason = os_error.strerror if os_error is not None and os_error.strerror else str(exc)
    return BookError(
        "cannot-write",
        f"{target} cannot be written: {reason}; nothing was written.",
        field=str(target),
    )


def _fsync(path: Path) -> None:
    with open(path, "rb+") as fh:
        os.fsync(fh.fileno())


def _fsync_dir(folder: Path) -> None:
    with contextlib.suppress(OSError):  # not every platform can open a folder
        fd = os.open(folder, os.O_RDONLY)
        try:
            os.fsync(fd)
        finally:
            os.close(fd)


@contextmanager
def atomic_write(target: Path, *, needed: int = 0) -> Iterator[Path]:
    """Yield a temporary path beside `target`; on success it becomes `target`.

    `needed` is the size expected (0 if unknown): checked against the free space first.
    Any failure removes the temporary file; OSError and SQLite errors become one BookError.
    """
    target = Path(target)
    folder = target.parent
    try:
        folder.mkdir(parents=True, exist_ok=True)
        check_space(target, needed)
        clean_stale_parts(folder)
        fd, name = tempfile.mkstemp(
            prefix=f".{target.name}.{os.getpid()}-", suffix=".part", dir=folder
        )
        os.close(fd)
    except (OSError, sqlite3.Error) as exc:
        raise write_error(target, exc, needed) from None
    tmp = Path(name)
    try:
        yield tmp
        _fsync(tmp)
        os.replace(tmp, target)
        _fsync_dir(folder)
    except BaseException as exc:
        written = tmp.stat().st_size if tmp.exists() else 0
        tmp.unlink(missing_ok=True)
        if isinstance(exc, sqlite3.Error | BookError) or _os_error(exc) or is_disk_full(exc):
            raise write_error(target, exc, max(needed, written + 1)) from None
        raise


def commit_file(tmp: Path, target: Path) -> None:
    """Make the finished temporary file `target`: fsync, rename, fsync the folder (and
    remove what killed writers left there)."""
    _fsync(tmp)
    os.replace(tmp, target)
    _fsync_dir(Path(target).parent)
    clean_stale_parts(Path(target).parent)


def part_path(target: Path, kind: str = "") -> Path:
    """The temporary file beside `target` for a writer that manages its own:
    `.<name>.part` (or `.<name>.<kind>.part` with kind "sqlite" or "import")."""
    target = Path(target)
    middle = f".{kind}" if kind else ""
    return target.with_name(f".{target.name}{middle}.part")


# When this process started, near enough (the app imports this module at once): a part
# last written before it cannot be one this process is writing.
PROCESS_STARTED = file_time()


def is_stale_part(entry: os.DirEntry[str]) -> bool:
    """Is `entry` a temporary file of this app that a killed (or finished) writer left?"""
    match = PART_NAME.match(entry.name)
    if match is None:
        return False
    try:
        if not entry.is_file(follow_symlinks=False):
            return False
        if entry.stat(follow_symlinks=False).st_mtime >= PROCESS_STARTED:
            return False  # perhaps being written right now, by us or another window
    except OSError:
        return False
    pid = match["pid"]
    return pid is None or (int(pid) != os.getpid() and not _alive(int(pid)))


def clean_stale_parts(folder: Path) -> int:
    """Remove the stale temporary files of this app in `folder` (see `is_stale_part`);
    others' files are never touched. Returns how many were removed."""
    removed = 0
    try:
        with os.scandir(folder) as entries:
            stale = [e.path for e in entries if is_stale_part(e)]
    except OSError:
        return 0
    for path in stale:
        with contextlib.suppress(OSError):
            os.unlink(path)
            removed += 1
    return removed


def fail_write(tmp: Path, target: Path, exc: BaseException, needed: int = 0) -> NoReturn:
    """For writers with their own temporary file: remove it, then raise the one message
    (a full disk, a folder that cannot be written) or `exc` itself."""
    written = 0
    with contextlib.suppress(OSError):
        written = tmp.stat().st_size
    with contextlib.suppress(OSError):
        tmp.unlink(missing_ok=True)
    if isinstance(exc, sqlite3.Error | BookError) or _os_error(exc) or is_disk_full(exc):
        raise write_error(Path(target), exc, max(needed, written + 1)) from None
    raise exc


_PROCESS_SCRATCH: list[Path] = []


def process_scratch() -> Path:
    """This process's private temporary folder (for xlsxwriter's temporary files, which hold
    client rows); what a killed process left is removed by the next one."""
    if _PROCESS_SCRATCH and _PROCESS_SCRATCH[0].is_dir():
        return _PROCESS_SCRATCH[0]
    root = _scratch_root()
    root.mkdir(mode=0o700, exist_ok=True)
    clean_stale_scratch()
    folder = Path(tempfile.mkdtemp(prefix=f"{os.getpid()}-", dir=root))
    _PROCESS_SCRATCH[:] = [folder]
    return folder


def _scratch_root() -> Path:
    return Path(tempfile.gettempdir()) / f"{SCRATCH_ROOT_NAME}-{os.getuid()}"


def _alive(pid: int) -> bool:
    try:
        os.kill(pid, 0)
    except ProcessLookupError:
        return False
    except OSError:
        return True
    return True


def clean_stale_scratch() -> int:
    """Remove scratch folders of processes that no longer run (a killed export)."""
    root = _scratch_root()
    removed = 0
    if not root.is_dir():
        return 0
    for entry in root.iterdir():
        pid_text = entry.name.partition("-")[0]
        if pid_text.isdigit() and int(pid_text) != os.getpid() and not _alive(int(pid_text)):
            shutil.rmtree(entry, ignore_errors=True)
            removed += 1
    return removed


@contextmanager
def scratch_dir() -> Iterator[Path]:
    """A private temporary folder (mode 700) removed afterwards, whatever happens."""
    root = _scratch_root()
    root.mkdir(mode=0o700, exist_ok=True)
    clean_stale_scratch()
    folder = Path(tempfile.mkdtemp(prefix=f"{os.getpid()}-", dir=root))
    try:
        yield folder
    finally:
        shutil.rmtree(folder, ignore_errors=True)


def _close_zip_files(exc: BaseException) -> None:
    """Close the zip files a failed xlsxwriter close left open in its frames: otherwise
    the garbage collector closes them later, at a random moment, writing into a full disk."""
    import zipfile

    seen: set[int] = set()
    current: BaseException | None = exc
    while current is not None and id(current) not in seen:  # xlsxwriter re-raises OSError
        seen.add(id(current))
        tb = current.__traceback__
        while tb is not None:
            for value in list(tb.tb_frame.f_locals.values()):
                if isinstance(value, zipfile.ZipFile):
                    with contextlib.suppress(Exception):
                        value.close()
            tb = tb.tb_next
        current = current.__cause__ or current.__context__


def workbook_scratch(workbook_class: Any, path: Path, options: dict[str, Any]) -> Any:
    """An xlsxwriter workbook whose temporary files (client rows) live in a private folder
    that is removed when the workbook is closed, whether closing succeeds or fails."""
    folder = Path(tempfile.mkdtemp(dir=process_scratch()))
    book = workbook_class(str(path), {**options, "tmpdir": str(folder)})
    close = book.close

    def close_and_clean() -> Any:
        try:
            return close()
        except BaseException as exc:
            _close_zip_files(exc)
            raise
        finally:
            shutil.rmtree(folder, ignore_errors=True)

    book.close = close_and_clean
    book.scratch_folder = folder
    return book


__all__ = [
    "atomic_write",
    "check_space",
    "clean_stale_parts",
    "clean_stale_scratch",
    "commit_file",
    "disk_full",
    "fail_write",
    "free_bytes",
    "human_size",
    "is_disk_full",
    "is_stale_part",
    "part_path",
    "process_scratch",
    "scratch_dir",
    "workbook_scratch",
    "write_error",
]
