"""The house's one wall clock: the only module that reads the machine's time.

Everything else is handed a clock: the services read the book's clock from their
`Context` (tests and the CLI's `--today` pass a fixed one), and `planner.db` takes a
`Stamp` for the names of the backups it writes before a migration.
"""

from __future__ import annotations

import time
from collections.abc import Callable
from datetime import UTC, datetime

Clock = Callable[[], datetime]  # returns an aware "now"
Stamp = Callable[[], str]  # returns a name-safe, sortable moment for a file name


def system_clock() -> datetime:
    return datetime.now().astimezone()


def file_stamp() -> str:
    """The machine's UTC time to the microsecond, for backup file names.

    Names keep the machine's time even when the book's clock is fixed (a test, `--today`):
    two backups taken one after another must never collide on disk.
    """
    return datetime.now(UTC).strftime("%Y%m%dT%H%M%S%fZ")


def file_time() -> float:
    """The machine's time as file systems stamp files (seconds since the epoch): to tell
    a temporary file a killed writer left from one this process is writing."""
    return time.time()
