"""The per-row report of an import: shown on screen (the first lines) and saved as CSV.

Lines are streamed to a temporary file beside the final one as they come, so a report of
100,000 problems costs no memory; the file takes its name only when the import is over.
The CSV is UTF-8 with a BOM and commas, which Excel opens directly; text that a spreadsheet
would read as a formula is defused (`cells.csv_safe`).
"""

from __future__ import annotations

import csv
from pathlib import Path
from types import TracebackType
from typing import TextIO

from planner.atomic import commit_file, fail_write, write_error
from planner.io.cells import csv_safe
from planner.io.records import RowProblem

MAX_SHOWN = 1_000
HEADER = ("row", "field", "code", "message")


def default_report_path(source: Path) -> Path:
    """`clients.csv` -> `clients.import-report.csv` in the same folder."""
    return source.with_name(f"{source.stem}.import-report.csv")


class ReportWriter:
    """Collects the report lines; `save()` gives the file its name, `discard()` removes it."""

    def __init__(self, path: Path | None) -> None:
        self.path = path
        self.shown: list[RowProblem] = []
        self.lines = 0
        self._tmp: Path | None = None
        self._file: TextIO | None = None
        if path is not None:
            self._tmp = path.with_name(f".{path.name}.part")
            try:
                self._file = open(self._tmp, "w", encoding="utf-8-sig", newline="")  # noqa: SIM115
            except OSError as exc:
                raise write_error(path, exc) from None
            self._writer = csv.writer(self._file)
            self._writer.writerow(HEADER)

    def add(self, line: RowProblem) -> None:
        self.lines += 1
        if len(self.shown) < MAX_SHOWN:
            self.shown.append(line)
        if self._file is not None:
            self._writer.writerow((line.where, line.field or "", line.code, csv_safe(line.message)))

    def save(self) -> Path | None:
        if self._file is None or self._tmp is None or self.path is None:
            return None
        try:
            self._file.close()
            self._file = None
            commit_file(self._tmp, self.path)
        except BaseException as exc:
            self._file = None
            fail_write(self._tmp, self.path, exc)
        return self.path

    def discard(self) -> None:
        if self._file is not None:
            self._file.close()
            self._file = None
        if self._tmp is not None:
            self._tmp.unlink(missing_ok=True)

    def __enter__(self) -> ReportWriter:
        return self

    def __exit__(
        self,
        exc_type: type[BaseException] | None,
        exc: BaseException | None,
        tb: TracebackType | None,
    ) -> None:
        self.discard()  # after save() this only closes nothing; on an error it cleans up
