"""How an export on the worker thread lets the UI thread have the GIL when it asks.

CPython hands the GIL to a waiting thread only when that thread's wait times out (the
switch interval, 1 ms in the app) and no release happened meanwhile. Each release wakes
the waiter, and a worker that takes the GIL straight back restarts the waiter's wait. A
worker that releases the GIL briefly more often than once per switch interval therefore
starves the UI thread, though it never holds the GIL long: the heartbeat test saw the UI
thread miss its 10 ms timer for 55-150 ms, asleep in the GIL's wait, during the report
and iCalendar exports. The short releases were the SQLite step of every row (a cursor
read one row at a time between the Python work on each row) and every 8 KiB write of a
file (the default buffer: xlsxwriter's row files, the .ics text).

So exports read rows in blocks (`in_blocks`: one fetch call per block, and the Python
work on a block has no release at all, so the waiter's wait runs out and the worker hands
the GIL over) and write and read files through buffers of `FILE_BUFFER` bytes.
"""

from __future__ import annotations

from collections.abc import Iterable, Iterator
from pathlib import Path
from typing import Any, Protocol, TypeVar

T = TypeVar("T", covariant=True)
BLOCK_ROWS = 500  # one fetch per block: ~0.5-5 ms of SQLite work, then no release for a while
FILE_BUFFER = 1 << 20  # one write (a GIL release) per MiB instead of per 8 KiB


class Partitioned(Protocol[T]):
    def partitions(self, size: int | None = None) -> Iterator[Iterable[T]]: ...


def in_blocks(result: Partitioned[T], size: int = BLOCK_ROWS) -> Iterator[T]:
    """The rows of a SQLAlchemy result, fetched `size` at a time (`fetchmany`)."""
    for block in result.partitions(size):
        yield from block


def roomy_row_file(sheet: Any) -> None:
    """Give a new constant_memory worksheet's row file a `FILE_BUFFER` buffer (xlsxwriter
    opens it with the default 8 KiB one). A no-op for a sheet kept in memory."""
    handle = getattr(sheet, "row_data_fh", None)
    name = getattr(sheet, "row_data_filename", None)
    if handle is None or name is None or handle.tell() != 0:
        return
    handle.close()
    sheet.row_data_fh = sheet.fh = open(  # noqa: SIM115 - xlsxwriter closes it
        Path(name), "w+", encoding="utf-8", buffering=FILE_BUFFER
    )
