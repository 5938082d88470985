"""The team roll-up: several salespeople's reports combined into one team workbook.

Every input must be a report this app wrote (its hidden `_cp_meta` sheet carries the
marker); anything else is refused with the file's name before a byte is written. Inputs
pass the same zip and XML guards as an import; the marker sheet is read with openpyxl in
read-only mode (defusedxml active), the rows with the import's streaming reader. The team
workbook has a Summary with one row per salesperson and the totals, and the Clients, Plan,
History and Sales sheets of every input one after the other, each row with a Salesperson
column; columns are matched by key, not by header, so reports in different languages
merge. An input's sheet is read with its continuation sheets (named in its marker sheet),
and a team sheet too long for one worksheet goes on in its own continuation sheets, right
after it. Written in constant_memory mode, complete or not at all.
"""

from __future__ import annotations

import re
from collections.abc import Iterator, Sequence
from dataclasses import dataclass, field
from datetime import date
from pathlib import Path
from typing import Any

from planner.atomic import commit_file, fail_write
from planner.io.guards import DEFAULT_LIMITS, Limits, check_workbook_archive, ensure_defused_xml
from planner.io.labels import language_of, word
from planner.io.progress import Progress, report
from planner.io.records import Detail, ImportRefused
from planner.io.report_layout import (
    CONTINUED_FORMAT,
    KPI_FIELDS,
    MARKER,
    META_SHEET,
    SHEETS,
    write_text,
)
from planner.io.sheets import Column, Formats, SheetWriter, abandon, new_workbook, serial_day
from planner.io.values import clean_text

TEAM_MARKER = "contact-planner-team-report"
TEAM_FORMAT = 1  # the team workbook's marker sheet as `_meta` lays it out
ROLES = ("clients", "plan", "history", "sales")
_KINDS = {c.key: c for columns in SHEETS.values() for c in columns}
PROGRESS_EVERY = 1000
# a report's currency is the book's, which settings keep to three letters: anything else in
# the marker sheet was edited, and would reach number formats and the team Summary's cells
_CURRENCY = re.compile(r"[A-Z]{3}")
# the guards' refusals that make a file "not-a-report" (their code is its reason)
NOT_A_WORKBOOK = ("not-xlsx", "old-xls", "damaged-xlsx", "not-found", "empty")


@dataclass(slots=True)
class ReportInput:
    path: Path
    meta: dict[str, str]
    salesperson: str
    columns: dict[str, list[str]] = field(default_factory=dict)
    sheets: dict[str, list[str]] = field(default_factory=dict)  # a role's sheet, continuations
    sizes: dict[str, int] = field(default_factory=dict)

    @property
    def currency(self) -> str:
        return self.meta.get("currency", "EUR")

    def kpi(self, name: str) -> int:
        try:
            return int(self.meta.get(f"kpi.{name}", "0"))
        except ValueError:
            return 0


@dataclass(frozen=True, slots=True)
class MergeResult:
    path: Path
    salespeople: tuple[str, ...]
    rows: dict[str, int]


def not_a_report(path: Path, reason: str, why: str, **details: Detail) -> ImportRefused:
    """Refuse `path` as no report of ours: `reason` is the sub-code the UI words (with
    `details`), `why` the English the CLI prints."""
    return ImportRefused(
        "not-a-report",
        f"{path.name} is not a Contact Planner report ({why}); only workbooks exported with "
        "“Export report…” can be merged.",
        **{**details, "file": path.name, "reason": reason},
    )


def _named(path: Path, exc: ImportRefused) -> ImportRefused:
    """A refusal of the report `path` (a zip bomb, a damaged part...), naming it."""
    if exc.code == "not-a-report":  # names it already
        return exc
    return ImportRefused(exc.code, f"{path.name}: {exc.message}", **exc.details).about(path.name)


def _open(path: Path, limits: Limits) -> Any:
    import openpyxl

    try:
        check_workbook_archive(path, limits)
    except ImportRefused as exc:
        if exc.code in NOT_A_WORKBOOK:
            raise not_a_report(path, exc.code, exc.message.rstrip("."), **exc.details) from None
        raise _named(path, exc) from None
    ensure_defused_xml()
    try:
        return openpyxl.load_workbook(path, read_only=True, data_only=True, keep_links=False)
    except Exception as exc:  # openpyxl raises many kinds on a damaged workbook
        detail = str(exc)[:120]
        raise not_a_report(
            path, "unreadable", f"it cannot be read: {detail}", detail=detail
        ) from None


def read_input(path: Path, limits: Limits = DEFAULT_LIMITS) -> ReportInput:
    """Check that `path` is one of our reports and read its marker sheet."""
    book = _open(path, limits)
    try:
        if META_SHEET not in book.sheetnames:
            raise not_a_report(path, "no-marker-sheet", "it has no report marker")
        meta: dict[str, str] = {}
        for row in book[META_SHEET].iter_rows(max_col=2, max_row=500, values_only=True):
            if row and isinstance(row[0], str):
                meta[row[0]] = "" if len(row) < 2 or row[1] is None else str(row[1])
        if meta.get("marker") == TEAM_MARKER:
            raise not_a_report(
                path,
                "team-workbook",
                "it is already a team workbook; merge the salespeople's own reports",
            )
        if meta.get("marker") != MARKER:
            raise not_a_report(path, "no-marker", "its marker is missing")
        if not meta.get("format", "").isdigit() or int(meta["format"]) > CONTINUED_FORMAT:
            raise not_a_report(path, "newer", "it was written by a newer version of the app")
        if not _CURRENCY.fullmatch(meta.get("currency", "EUR")):  # three letters, always
            raise not_a_report(
                path,
                "bad-currency",
                "its currency is not a three-letter currency code",
                currency=meta.get("currency", ""),
            )
        found = ReportInput(path, meta, meta.get("salesperson") or path.stem)
        for role in ROLES:
            names = _sheet_names(meta, role)
            missing = next((name for name in names if name not in book.sheetnames), None)
            if missing == names[0]:
                raise not_a_report(
                    path, "no-sheet", f"its {role} sheet is missing", role=role, sheet=missing
                )
            if missing is not None:  # the role's own sheet is there: say which one is not
                raise not_a_report(
                    path,
                    "no-continuation",
                    f"its {role} sheet's continuation “{missing}” is missing",
                    role=role,
                    sheet=missing,
                )
            _check_worksheets(path, book, role, names)
            found.sheets[role] = names
            found.columns[role] = [k for k in meta.get(f"columns.{role}", "").split(",") if k]
            for name in names:
                _check_header(path, name, _header(book[name]), found.columns[role], meta)
            found.sizes[role] = sum(max(int(book[n].max_row or 1) - 1, 0) for n in names)
        return found
    finally:
        book.close()


def _check_worksheets(path: Path, book: Any, role: str, names: list[str]) -> None:
    """Refuse a marker sheet naming a chartsheet (or any sheet without cells) for a role:
    its rows cannot be read."""
    from openpyxl.worksheet._read_only import ReadOnlyWorksheet

    for name in names:
        if not isinstance(book[name], ReadOnlyWorksheet):
            raise _not_a_worksheet(path, role, name)


def _not_a_worksheet(path: Path, role: str, name: str) -> ImportRefused:
    return not_a_report(
        path,
        "not-a-worksheet",
        f"its {role} sheet “{name}” is a chart or another sheet without cells",
        role=role,
        sheet=name,
    )


def _header(sheet: Any) -> list[str]:
    """The texts of a sheet's first row (its header), as the import reads cells."""
    for row in sheet.iter_rows(min_row=1, max_row=1, values_only=True):
        return [clean_text(v) for v in row]
    return []


def _fold(label: str) -> str:
    """A header label as compared (as the import compares a continuation sheet's header):
    NFC, blanks collapsed, case folded."""
    return clean_text(label).casefold()


def _check_header(
    path: Path, sheet: str, header: list[str], keys: list[str], meta: dict[str, str]
) -> None:
    """Refuse a sheet whose columns were inserted, deleted or moved in Excel.

    The rows are read by the position of each column the marker sheet names, so such an
    edit would put every later value under another column without a word. A header cell
    that is only worded otherwise (another version's label) is not refused; one that holds
    another column's label, or a header longer or shorter than the columns, is."""
    lang = language_of(meta.get("language"))
    labels = [_fold(word(f"col.{key}", lang)) for key in keys]
    while header and not header[-1].strip():
        header = header[:-1]
    position = {label: n for n, label in enumerate(labels)}
    for n, cell in enumerate(header):
        at = position.get(_fold(cell))
        if at is not None and at != n:
            raise not_a_report(
                path,
                "column-moved",
                f"the column “{cell}” of its sheet “{sheet}” was moved (column {n + 1}, "
                f"written as column {at + 1}); merge the report as it was exported",
                column=cell,
                sheet=sheet,
                position=n + 1,
                written=at + 1,
            )
    if len(header) != len(keys):
        more = "inserted" if len(header) > len(keys) else "deleted"
        raise not_a_report(
            path,
            "column-inserted" if len(header) > len(keys) else "column-deleted",
            f"its sheet “{sheet}” has {len(header)} columns, not the {len(keys)} it was written "
            f"with (a column {more}); merge the report as it was exported",
            sheet=sheet,
            columns=len(header),
            written=len(keys),
        )


def _sheet_names(meta: dict[str, str], role: str) -> list[str]:
    """The sheet of `role` and its continuation sheets (`sheet.<role>.2`, ...), in order."""
    names = [meta.get(f"sheet.{role}", "")]
    while (more := meta.get(f"sheet.{role}.{len(names) + 1}")) is not None:
        names.append(more)
    return names


def merge_reports(
    out: Path,
    inputs: Sequence[Path],
    language: str = "en",
    progress: Progress | None = None,
    limits: Limits = DEFAULT_LIMITS,
    today: date | None = None,
) -> MergeResult:
    """Write the team workbook `out` from `inputs` (each checked first; nothing is written
    if one is refused)."""
    if not inputs:
        raise ImportRefused("no-inputs", "Give at least one report to merge.")
    reports = [read_input(Path(p), limits) for p in inputs]
    lang = language_of(language)
    out = Path(out)
    tmp = out.with_name(f".{out.name}.part")
    try:
        rows = _write(tmp, reports, lang, progress, limits, today)
        commit_file(tmp, out)
    except BaseException as exc:
        fail_write(tmp, out, exc)
    return MergeResult(out, tuple(r.salesperson for r in reports), rows)


def _write(
    tmp: Path,
    reports: list[ReportInput],
    lang: str,
    progress: Progress | None,
    limits: Limits,
    today: date | None,
) -> dict[str, int]:
    workbook = new_workbook(tmp)
    try:
        rows = _write_sheets(workbook, reports, lang, progress, limits, today)
    except BaseException:
        abandon(workbook)
        raise
    workbook.close()
    return rows


def _write_sheets(
    workbook: Any,
    reports: list[ReportInput],
    lang: str,
    progress: Progress | None,
    limits: Limits,
    today: date | None,
) -> dict[str, int]:
    formats = Formats(workbook)
    _summary(workbook, formats, reports, lang, today)
    total = max(sum(sum(r.sizes.values()) for r in reports), 1)
    done = 0
    rows: dict[str, int] = {}
    sheets: dict[str, tuple[list[str], list[str]]] = {}  # role: (sheet names, column keys)
    for role in ROLES:  # one role at a time: each sheet's continuations come right after it
        keys = list(dict.fromkeys(k for r in reports for k in r.columns[role]))
        columns = [Column("salesperson", "text", 20)] + [_output_column(k) for k in keys]
        headers = [word(f"col.{c.key}", lang) for c in columns]
        writer = SheetWriter(workbook, formats, word(f"sheet.{role}", lang), columns, headers)
        for rep in reports:
            writer.set_currency(rep.currency)
            where = {k: i for i, k in enumerate(rep.columns[role])}
            positions = [where.get(k) for k in keys]
            for values in _data_rows(rep, role, limits):
                picked = [
                    values[p] if p is not None and p < len(values) else None for p in positions
                ]
                writer.row([rep.salesperson, *picked])
                done += 1
                if done % PROGRESS_EVERY == 0:
                    report(progress, min(done, total), total)
        writer.finish()
        rows[role] = writer.row_count
        sheets[role] = (writer.sheet_names, [c.key for c in columns])
    _meta(workbook, formats, reports, lang, rows, sheets, today)
    report(progress, total, total)
    return rows


def _data_rows(rep: ReportInput, role: str, limits: Limits) -> Iterator[tuple[object, ...]]:
    """The values of the data rows (below the header, with a cell) of `role`'s sheet and its
    continuation sheets, in order.

    Read with the import's streaming reader (expat, values as openpyxl's data_only mode
    gives them), not openpyxl: openpyxl's parser leaves every sheet's element tree in a
    reference cycle, and the one collector pass that frees them all after the job held the
    GIL for 60-80 ms on a 20,000-client report (the heartbeat test)."""
    from planner.io.xlsx_reader import open_workbook

    try:
        book = open_workbook(rep.path, limits)
    except ImportRefused as exc:
        raise _named(rep.path, exc) from None
    try:
        parts = {part.title: part for part in book.sheets}
        width = len(rep.columns[role])
        for name in rep.sheets[role]:
            if name not in parts:  # read_input checked it; a file changed since is refused
                raise _not_a_worksheet(rep.path, role, name)
            for number, values in book.rows(parts[name], width):
                if number > 1 and any(v is not None for v in values):
                    yield values
    except ImportRefused as exc:
        raise _named(rep.path, exc) from None
    finally:
        book.close()


def _output_column(key: str) -> Column:
    """A column of the team sheets: money arrives as amounts (the report wrote numbers)."""
    column = _KINDS.get(key, Column(key, "text", 14))
    return Column(key, "amount", column.width) if column.kind == "money" else column


def _summary(
    workbook: Any, f: Formats, reports: list[ReportInput], lang: str, today: date | None
) -> None:
    ws = workbook.add_worksheet(word("sheet.summary", lang))
    ws.set_column(0, 0, 26)
    ws.set_column(1, 10, 14)
    ws.write_string(0, 0, word("sum.team_title", lang), f.title)
    starts = [r.meta.get("period_from", "") for r in reports]
    ends = [r.meta.get("period_to", "") for r in reports]
    ws.write_string(1, 0, word("sum.period", lang), f.bold)
    for col, value in ((1, min(starts)), (2, max(ends))):
        serial = serial_day(value)
        if serial is not None:
            ws.write_number(1, col, serial, f.date)
    if today is not None:
        ws.write_string(2, 0, word("sum.generated", lang), f.bold)
        ws.write_number(2, 1, serial_day(today) or 0, f.date)
    head = [
        "sum.salesperson",
        "sum.clients",
        "sum.planned",
        "sum.done",
        "sum.overdue",
        "sum.reached",
        "sum.reach_rate",
        "sum.sales",
        "sum.revenue",
        "col.currency",
        "sum.at_risk",
    ]
    ws.write_string(4, 0, word("sum.by_salesperson", lang), f.bold)
    for c, key in enumerate(head):
        ws.write_string(5, c, word(key, lang), f.header)
    row = 6
    currencies = {r.currency for r in reports}
    totals = dict.fromkeys(KPI_FIELDS, 0)
    revenue_total = 0.0
    for rep in reports:
        from planner.sales.money import exponent

        revenue = rep.kpi("revenue_minor") / 10 ** exponent(rep.currency)
        figures = {name: rep.kpi(name) for name in KPI_FIELDS}
        _figures_row(ws, f, row, rep.salesperson, figures, revenue, rep.currency)
        for name in KPI_FIELDS:
            totals[name] += figures[name]
        revenue_total += revenue
        row += 1
    single = next(iter(currencies)) if len(currencies) == 1 else None
    label = word("sum.total", lang) + ("" if single else " " + word("sum.currencies_differ", lang))
    _figures_row(ws, f, row, label, totals, revenue_total if single else None, single)
    chart = workbook.add_chart({"type": "column"})
    sheet = "'" + word("sheet.summary", lang).replace("'", "''") + "'"
    for col, key in ((2, "sum.planned"), (3, "sum.done")):
        letter = chr(65 + col)
        chart.add_series(
            {
                "name": word(key, lang),
                "categories": f"={sheet}!$A$7:$A${row}",
                "values": f"={sheet}!${letter}$7:${letter}${row}",
            }
        )
    ws.insert_chart(row + 2, 0, chart)


def _figures_row(
    ws: Any,
    f: Formats,
    row: int,
    label: str,
    figures: dict[str, int],
    revenue: float | None,
    currency: str | None,
) -> None:
    from planner.io.cells import is_formula_like

    ws.write_string(row, 0, label, f.quoted if is_formula_like(label) else None)
    for col, name in enumerate(("clients", "planned", "done", "overdue", "reached"), start=1):
        ws.write_number(row, col, figures[name])
    if figures["done"]:
        ws.write_number(row, 6, figures["reached"] / figures["done"], f.percent)
    ws.write_number(row, 7, figures["sales"])
    if revenue is not None and currency is not None:
        ws.write_number(row, 8, revenue, f.money(currency))
        ws.write_string(row, 9, currency)
    ws.write_number(row, 10, figures["at_risk"])


def _meta(
    workbook: Any,
    formats: Formats,
    reports: list[ReportInput],
    lang: str,
    rows: dict[str, int],
    sheets: dict[str, tuple[list[str], list[str]]],
    today: date | None,
) -> None:
    """The hidden marker sheet, laid out as a report's (`report_layout`): the team marker,
    the salespeople, and per role the sheet's name with its continuation sheets
    (`sheet.<role>.<n>`), its column keys and its row count, so that a tool reading the
    team workbook finds every sheet of a role without guessing from the names."""
    pairs: list[tuple[str, str]] = [
        ("marker", TEAM_MARKER),
        ("format", str(TEAM_FORMAT)),
        ("language", lang),
        ("salespeople", str(len(reports))),
    ]
    pairs += [(f"salesperson.{n}", rep.salesperson) for n, rep in enumerate(reports, start=1)]
    if today is not None:
        pairs.append(("generated", today.isoformat()))
    for role in ROLES:
        (first, *more), keys = sheets[role]
        pairs.append((f"sheet.{role}", first))
        pairs += [(f"sheet.{role}.{n}", name) for n, name in enumerate(more, start=2)]
        pairs.append((f"columns.{role}", ",".join(keys)))
        pairs.append((f"rows.{role}", str(rows[role])))
    ws = workbook.add_worksheet(META_SHEET)
    for r, (key, value) in enumerate(pairs):
        ws.write_string(r, 0, key)
        write_text(ws, formats, r, 1, value)
    ws.hide()
    workbook.set_custom_property("ContactPlannerTeamReport", "1")
