"""Refusals in the UI language: a file the import or the roll-up refuses (`ImportRefused`,
by its code and details) and the services' other refusals a user can meet (by code).

Every entry calls `translate("Refusals", "<literal>")` itself (lupdate finds only literals)
and fills the template from the refusal's details; numbers in the locale's format. A code
the tables do not know, or a template whose details are missing, shows the English message.
"""

from __future__ import annotations

from collections.abc import Callable, Mapping

from PySide6.QtCore import QCoreApplication

translate = QCoreApplication.translate

Args = dict[str, str]


def _damaged(a: Args) -> str:
    text = (
        translate(
            "Refusals",
            "The workbook “{file}” is damaged or truncated and cannot be read ({detail}).",
        )
        if a.get("detail")
        else translate(
            "Refusals", "The workbook “{file}” is damaged or truncated and cannot be read."
        )
    )
    return text.format(**a)


def _bad_csv(a: Args) -> str:
    long_line = translate(
        "Refusals", "A line of “{file}” is longer than {limit_mb} MB; it is not a client list."
    )
    open_quote = translate(
        "Refusals",
        "Row {row} of “{file}” cannot be read; a quote may be left open. Check the file in a "
        "spreadsheet and save it again as CSV.",
    )
    return (long_line if a.get("reason") == "long-line" else open_quote).format(**a)


def _bad_encoding(a: Args) -> str:
    utf16 = translate("Refusals", "“{file}” claims to be UTF-16 text but is not valid UTF-16.")
    other = translate("Refusals", "The text of “{file}” cannot be decoded as {encoding}.")
    return (utf16 if a.get("reason") == "utf16" else other).format(**a)


def _not_a_report(a: Args) -> str:
    why = REPORT_REASONS[a["reason"]](a)
    return translate(
        "Refusals",
        "“{file}” is not a Contact Planner report: {why}. Only workbooks exported with "
        "“Export report…” can be merged.",
    ).format(**{**a, "why": why})


REFUSALS: dict[str, Callable[[Args], str]] = {
    # the file itself
    "not-found": lambda a: translate("Refusals", "The file “{file}” does not exist.").format(**a),
    "unreadable": lambda a: translate(
        "Refusals",
        "The file “{file}” cannot be read: it may be open in another program, or you may not "
        "have the right to read it.",
    ).format(**a),
    "not-a-file": lambda a: translate("Refusals", "“{file}” is not a regular file.").format(**a),
    "empty": lambda a: translate("Refusals", "The file “{file}” is empty.").format(**a),
    "too-big": lambda a: translate(
        "Refusals",
        "The file “{file}” is {size_mb} MB; files over {limit_mb} MB are not imported. Split it "
        "into smaller files.",
    ).format(**a),
    "binary": lambda a: translate(
        "Refusals",
        "“{file}” is not a text file (CSV or vCard) and not an Excel workbook: it holds binary "
        "data or an unknown encoding.",
    ).format(**a),
    "bad-encoding": _bad_encoding,
    "bad-csv": _bad_csv,
    "no-vcard": lambda a: translate(
        "Refusals", "“{file}” holds no vCard (no BEGIN:VCARD line)."
    ).format(**a),
    # workbooks
    "unsafe-xml": lambda a: translate(
        "Refusals",
        "Excel import is disabled: the XML parser is not protected. Reinstall the application.",
    ),
    "old-xls": lambda a: translate(
        "Refusals",
        "“{file}” is an old Excel .xls workbook or a password-protected one. Save it as .xlsx "
        "(without a password) or as CSV and try again.",
    ).format(**a),
    "not-xlsx": lambda a: translate(
        "Refusals", "“{file}” is not an Excel workbook (.xlsx)."
    ).format(**a),
    "encrypted": lambda a: translate(
        "Refusals", "The workbook “{file}” is encrypted; remove the password and try again."
    ).format(**a),
    "zip-bomb": lambda a: translate(
        "Refusals",
        "The part {part} of the workbook “{file}” expands to {size_mb} MB from {packed_kb} KB; "
        "this looks like a zip bomb and is refused.",
    ).format(**a),
    "zip-too-big": lambda a: translate(
        "Refusals",
        "The workbook “{file}” would expand to {size_mb} MB (the limit is {limit_mb} MB); this "
        "looks like a zip bomb and is refused.",
    ).format(**a),
    "zip-part-too-big": lambda a: translate(
        "Refusals",
        "The part {part} of the workbook “{file}” would expand to {size_mb} MB (the limit is "
        "{limit_mb} MB); a workbook of clients is never that large. Save the sheet as CSV or "
        "split it.",
    ).format(**a),
    "zip-too-many-entries": lambda a: translate(
        "Refusals",
        "The workbook “{file}” has more than {limit} parts; this looks like a zip bomb and is "
        "refused.",
    ).format(**a),
    "cell-too-long": lambda a: translate(
        "Refusals",
        "The workbook “{file}” holds a text longer than {limit} characters (the most one Excel "
        "cell can hold) in {part}; it is refused.",
    ).format(**a),
    "xml-bomb": lambda a: translate(
        "Refusals",
        "The workbook “{file}” contains an XML document type declaration, which Excel never "
        "writes; it may be an XML bomb and is refused.",
    ).format(**a),
    "damaged-xlsx": _damaged,
    "no-sheet": lambda a: translate("Refusals", "The workbook “{file}” has no worksheet.").format(
        **a
    ),
    # the columns
    "no-header": lambda a: translate(
        "Refusals",
        "No header row was recognised in the first 20 rows of “{file}”; choose the columns by "
        "hand.",
    ).format(**a),
    "no-name-column": lambda a: translate(
        "Refusals",
        "No column of “{file}” gives the clients' names (name, first or last name, or "
        "company); choose one in the column mapping.",
    ).format(**a),
    "bad-mapping": lambda a: translate(
        "Refusals", "The saved column mapping is not valid ({detail})."
    ).format(**a),
    # the team roll-up
    "no-inputs": lambda a: translate("Refusals", "Choose at least one report to merge."),
    "not-a-report": _not_a_report,
}

# Why a workbook is not one of our reports: `details["reason"]` of "not-a-report".
REPORT_REASONS: dict[str, Callable[[Args], str]] = {
    "not-found": lambda a: translate("Refusals", "it does not exist"),
    "empty": lambda a: translate("Refusals", "it is empty"),
    "not-xlsx": lambda a: translate("Refusals", "it is not an Excel workbook"),
    "old-xls": lambda a: translate(
        "Refusals", "it is an old Excel .xls workbook or a password-protected one"
    ),
    "damaged-xlsx": lambda a: translate("Refusals", "it is damaged or truncated"),
    "unreadable": lambda a: translate("Refusals", "it cannot be read ({detail})").format(**a),
    "no-marker-sheet": lambda a: translate("Refusals", "it has no report marker sheet"),
    "no-marker": lambda a: translate("Refusals", "its report marker is missing"),
    "team-workbook": lambda a: translate(
        "Refusals", "it is already a team workbook; merge the salespeople's own reports"
    ),
    "newer": lambda a: translate("Refusals", "it was written by a newer version of the app"),
    "bad-currency": lambda a: translate(
        "Refusals", "its currency “{currency}” is not a three-letter currency code"
    ).format(**a),
    "no-sheet": lambda a: translate("Refusals", "its sheet “{sheet}” is missing").format(**a),
    "no-continuation": lambda a: translate(
        "Refusals", "its continuation sheet “{sheet}” is missing"
    ).format(**a),
    "not-a-worksheet": lambda a: translate(
        "Refusals", "its sheet “{sheet}” is a chart, not a sheet of cells"
    ).format(**a),
    "column-moved": lambda a: translate(
        "Refusals",
        "the column “{column}” of its sheet “{sheet}” was moved (it is column {position}, it "
        "was written as column {written}); merge the report as it was exported",
    ).format(**a),
    "column-inserted": lambda a: translate(
        "Refusals",
        "a column was inserted into its sheet “{sheet}” (columns now: {columns}, when "
        "exported: {written}); merge the report as it was exported",
    ).format(**a),
    "column-deleted": lambda a: translate(
        "Refusals",
        "a column was deleted from its sheet “{sheet}” (columns now: {columns}, when "
        "exported: {written}); merge the report as it was exported",
    ).format(**a),
}

# The services' other refusals a user can meet, by code (no details needed).
SERVICE_REFUSALS: dict[str, Callable[[], str]] = {
    "not-a-team-book": lambda: translate("Refusals", "This needs a team book."),
    "no-salespeople": lambda: translate("Refusals", "The team book has no salespeople yet."),
    "handover-refused": lambda: translate(
        "Refusals", "Some of these clients are not yours to hand over; nothing was handed over."
    ),
    "unknown-tier": lambda: translate("Refusals", "Choose one of the book's tiers."),
    "no-email": lambda: translate(
        "Refusals", "This client has no e-mail address they agreed to be written to."
    ),
    "bad-period": lambda: translate("Refusals", "The period ends before it starts."),
    "bad-range": lambda: translate("Refusals", "The period ends before it starts."),
    "same-client": lambda: translate("Refusals", "A client cannot be merged into itself."),
    "cancelled": lambda: translate("Refusals", "Cancelled: nothing was written."),
    "bad-backup": lambda: translate(
        "Refusals", "This backup is damaged or not a Contact Planner book; nothing was restored."
    ),
    "damaged-book": lambda: translate(
        "Refusals", "The book fails its integrity check; restore a backup."
    ),
    "not-a-book-file": lambda: translate("Refusals", "This file is not a Contact Planner book."),
    "damaged-book-file": lambda: translate(
        "Refusals", "This book file is damaged and cannot be used."
    ),
    "newer-book-file": lambda: translate(
        "Refusals",
        "This file was written by a newer version of the app; update the app to read it.",
    ),
    "team-unreachable": lambda: translate(
        "Refusals",
        "The team book cannot be reached. Check the network and the address, or ask its "
        "administrator.",
    ),
    "team-driver-missing": lambda: translate(
        "Refusals", "This installation cannot open team books; reinstall it with team support."
    ),
    "no-team-support": lambda: translate(
        "Refusals", "This installation cannot open team books; reinstall it with team support."
    ),
    "migration-failed": lambda: translate(
        "Refusals", "The book could not be upgraded to this version of the app."
    ),
}


def _shown(value: object) -> str:
    """A detail as the sentence shows it: a whole number in the locale's format."""
    if isinstance(value, int) and not isinstance(value, bool):
        from ui.formats import number

        return number(value)
    return str(value)


def refusal_text(code: str, details: Mapping[str, object]) -> str | None:
    """A refused file's message in the UI language; None when its code (or a detail its
    sentence needs) is unknown: the caller shows the English message."""
    text = REFUSALS.get(code)
    if text is None:
        return None
    try:
        return text({k: _shown(v) for k, v in details.items()})
    except (KeyError, IndexError, ValueError):
        return None


def service_refusal_text(code: str) -> str | None:
    """Another service refusal in the UI language, or None for a code not listed here."""
    text = SERVICE_REFUSALS.get(code)
    return None if text is None else text()
