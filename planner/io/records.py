"""Plain records that the import readers yield; the services layer writes them into the book.

Readers never touch the book: they turn a file into these values, row by row, so that the
service can preview them, report problems and write everything in one transaction.
"""

from __future__ import annotations

from dataclasses import dataclass

# The problem after which the row yields no client at all: nothing to name the client by nor
# to reach them by. Every other code keeps the row (a value cut, kept as typed, guessed...).
ROW_SKIPPING_CODES = frozenset({"missing-name"})


@dataclass(frozen=True, slots=True)
class ImportedContact:
    """One contact point as read: `channel` is a vocabulary channel ("call" stands for a phone).

    `kind` is "voice", or "fax" / "pager" (kept, never called); `extension` is dialled after
    the number; `unverified` marks a number kept as typed because it did not parse."""

    channel: str
    value: str
    label: str | None = None
    preferred: bool = False
    kind: str = "voice"
    extension: str | None = None
    unverified: bool = False


@dataclass(frozen=True, slots=True)
class ImportedClient:
    """One client from one row (or one vCard); `row` is 1-based, as a spreadsheet shows it."""

    row: int
    name: str
    company: str | None = None
    contacts: tuple[ImportedContact, ...] = ()
    birthday: tuple[int | None, int, int] | None = None  # (year or None, month, day)
    tags: tuple[str, ...] = ()
    notes: str | None = None
    tier: str | None = None
    language: str | None = None
    timezone: str | None = None
    sheet: str | None = None  # a continuation sheet's name ("Clients (2)"); None: the first


@dataclass(frozen=True, slots=True)
class RowProblem:
    """Something wrong with one row: `code` is a stable key for the UI, `message` is English,
    `args` the values the UI puts into its own sentence for the code (`code, field, args`)."""

    row: int
    field: str | None
    code: str
    message: str
    args: tuple[tuple[str, str], ...] = ()
    sheet: str | None = None  # as on ImportedClient: the row is in that continuation sheet

    @property
    def where(self) -> str:
        """The row as the user finds it: "12", or "Clients (2): 12" in a continuation sheet."""
        return str(self.row) if self.sheet is None else f"{self.sheet}: {self.row}"

    @property
    def skips_row(self) -> bool:
        """True when the row yields no client; otherwise only the named value was dropped."""
        return self.code in ROW_SKIPPING_CODES


Detail = str | int


class ImportRefused(Exception):
    """The whole file is refused (too big, not a workbook, a bomb, unreadable text...).

    `code` is a stable key for the UI, `message` the English sentence the CLI and the logs
    print, and `details` the specifics the UI puts into its own sentence for the code: the
    file's name (`file`), sizes in MB, limits, a workbook part, a sheet, a column... The
    roll-up's "not-a-report" says why in `details["reason"]`, a code of its own."""

    def __init__(self, code: str, message: str, **details: Detail) -> None:
        super().__init__(message)
        self.code = code
        self.message = message
        self.details: dict[str, Detail] = details

    def about(self, file: str) -> ImportRefused:
        """This refusal, naming `file` when it does not name one yet (for the UI)."""
        self.details.setdefault("file", file)
        return self

    def __repr__(self) -> str:
        return f"ImportRefused({self.code!r}, {self.message!r})"


class Progress:
    """Share of a file read so far, for a progress bar on another thread (a float is atomic)."""

    def __init__(self) -> None:
        self.fraction = 0.0
