"""Stream a CSV client list: encoding (see `encoding`), delimiter, then one row at a time.

Memory stays flat in the file size: the file is read through `csv.reader` line by line; only
the first 64 KB are looked at twice (to choose the encoding and the delimiter).
"""

from __future__ import annotations

import csv
import io
import re
from collections import Counter
from collections.abc import Generator, Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import TextIO

from planner.io.encoding import SAMPLE_BYTES, TextSample, detect_encoding
from planner.io.guards import DEFAULT_LIMITS, Limits, check_file
from planner.io.records import ImportRefused, Progress

DELIMITERS = ",;\t|"
_SNIFF_LINES = 20
_SNIFF_CHARS = 4096  # csv.Sniffer's quote regex is quadratic: keep its sample small
_EXCEL_SEP = re.compile(r"^\ufeff?sep=(.)\s*$", re.I)  # Excel's "sep=;" first line
_PROGRESS_EVERY = 512
MAX_LINE_CHARS = 1024 * 1024  # a longer line is not a client list (and could be a million cells)


@dataclass(frozen=True, slots=True)
class CsvLayout:
    """How to read the file: its encoding (with the decoded sample) and its delimiter."""

    sample: TextSample
    delimiter: str
    size: int

    @property
    def encoding(self) -> str:
        return self.sample.encoding


def sniff_csv(path: Path, limits: Limits = DEFAULT_LIMITS) -> CsvLayout:
    """Check the file and choose encoding and delimiter from its first 64 KB."""
    size = check_file(path, limits)
    with open(path, "rb") as f:
        head = f.read(SAMPLE_BYTES)
    sample = detect_encoding(head, complete=size <= SAMPLE_BYTES)
    return CsvLayout(sample, detect_delimiter(sample.text, complete=size <= SAMPLE_BYTES), size)


def detect_delimiter(text: str, complete: bool = True) -> str:
    """Excel's "sep=" line, else csv.Sniffer if it does as well as the best count, else the count.

    A delimiter scores by how many of the first 20 lines split into the most common number of
    fields (more than one), then by that number; ties go in the order , ; tab |.
    """
    lines = text.splitlines()
    if not complete and len(lines) > 1:
        lines = lines[:-1]  # the last line of a cut sample may be cut too
    lines = [line for line in lines if line.strip()][:_SNIFF_LINES]
    if lines and (excel := _EXCEL_SEP.match(lines[0])):
        return excel.group(1)
    scores = {delimiter: _score(lines, delimiter) for delimiter in DELIMITERS}
    best = max(DELIMITERS, key=lambda d: scores[d])
    try:
        sniffed = csv.Sniffer().sniff("\n".join(lines)[:_SNIFF_CHARS], DELIMITERS).delimiter
    except csv.Error:
        sniffed = best
    if sniffed in scores and scores[sniffed] >= scores[best]:
        return sniffed
    return best


def _score(lines: list[str], delimiter: str) -> tuple[int, int]:
    widths = Counter(len(row) for row in csv.reader(lines, delimiter=delimiter) if len(row) > 1)
    if not widths:
        return (0, 0)
    width, count = max(widths.items(), key=lambda item: (item[1], item[0]))
    return (count, width)


def iter_csv_rows(
    path: Path, layout: CsvLayout, progress: Progress | None = None
) -> Generator[tuple[int, list[str]], None, None]:
    """(row number, cells) for every record, blank ones included, so numbers match Excel's rows.

    Undecodable bytes after the sample do not stop the import: they reach the cells as marks
    that `layout.sample.has_bad_text` finds, so the row is reported.
    """
    with open(path, "rb") as raw:
        text = io.TextIOWrapper(
            raw, encoding=layout.encoding, errors=layout.sample.errors, newline=""
        )
        reader = csv.reader(_lines(text), delimiter=layout.delimiter, skipinitialspace=True)
        row = 0
        try:
            for cells in reader:
                row += 1
                if progress is not None and row % _PROGRESS_EVERY == 0:
                    progress.fraction = min(raw.tell() / max(layout.size, 1), 1.0)
                yield row, cells
        except csv.Error as exc:
            raise ImportRefused(
                "bad-csv",
                f"Row {row + 1} cannot be read ({exc}); a quote may be left open. "
                "Check the file in a spreadsheet and save it again as CSV.",
                row=row + 1,
                detail=str(exc),
            ) from None
        except UnicodeError as exc:
            raise ImportRefused(
                "bad-encoding",
                f"The text cannot be decoded: {exc}.",
                encoding=layout.encoding,
                detail=str(exc),
            ) from None
    if progress is not None:
        progress.fraction = 1.0


def _lines(text: TextIO) -> Iterator[str]:
    """Lines for csv.reader, refusing one so long that its cells alone could fill the memory."""
    while line := text.readline(MAX_LINE_CHARS):
        if len(line) >= MAX_LINE_CHARS and not line.endswith(("\n", "\r")):
            raise ImportRefused(
                "bad-csv",
                "A line of the file is longer than 1 MB; it is not a client list.",
                reason="long-line",
                limit_mb=MAX_LINE_CHARS // (1024 * 1024),
            )
        yield line
