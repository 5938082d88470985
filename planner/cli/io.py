"""Files in and out from the command line: import, export, merge-reports, ical,
export-client, book-export and book-import (`register` adds them to the CLI's grammar).

Handlers follow the CLI's pattern: `handler(app, args) -> Output`; a file refused as a
whole becomes a BookError (one line on stderr, exit 1, nothing written); an import whose
rows are refused prints its report and exits 1, also with nothing written.
"""

from __future__ import annotations

import argparse
from pathlib import Path
from typing import Any

from planner.cli import args as a
from planner.cli.app import App
from planner.cli.output import Output
from planner.errors import BookError
from planner.io.records import ImportRefused, RowProblem

SHOWN_PROBLEMS = 50  # report lines printed for people; the saved report has them all


def register(sub: argparse._SubParsersAction[a.Parser], common: a.Parser) -> None:
    def leaf(name: str, handler: Any, help_: str) -> a.Parser:
        p = sub.add_parser(name, parents=[common], help=help_, description=help_)
        p.set_defaults(handler=handler)
        return p

    def period(p: a.Parser, default: str) -> None:
        p.add_argument(
            "--from",
            dest="start",
            type=a.day,
            metavar="YYYY-MM-DD",
            help=f"first day (default: {default})",
        )
        p.add_argument("--to", dest="end", type=a.day, metavar="YYYY-MM-DD", help="last day")

    def language(p: a.Parser) -> None:
        p.add_argument(
            "--language",
            choices=("en", "ru", "pl"),
            help="language of headers and labels (default: the book's ui.language)",
        )

    p = leaf("import", import_, "import clients from a CSV, XLSX or vCard file (all or nothing)")
    p.add_argument("file", type=Path, metavar="FILE")
    p.add_argument(
        "--format",
        choices=("auto", "csv", "xlsx", "vcard"),
        default="auto",
        help="the file's format (default: recognised from its content)",
    )
    p.add_argument(
        "--mapping",
        type=Path,
        metavar="FILE",
        help="a column mapping saved as JSON (default: from the header row)",
    )
    p.add_argument(
        "--on-duplicate",
        choices=("skip", "update", "keep"),
        default="skip",
        help="a row that matches a client by phone, e-mail or name: leave the "
        "client (skip), merge the row into it (update) or add it (keep)",
    )
    p.add_argument(
        "--valid-only",
        action="store_true",
        help="import the valid rows and skip the others (default: any row that "
        "cannot be imported refuses the whole file)",
    )
    p.add_argument("--tier", default="C", help="tier of new clients whose row has none")
    p.add_argument(
        "--region",
        metavar="CC",
        help="country whose phones are written without a country code, e.g. PL, RU, DE "
        "(default: the book's phone.region)",
    )
    p.add_argument(
        "--report",
        type=Path,
        metavar="FILE",
        help="where to save the per-row report as CSV (default: beside the file, "
        "NAME.import-report.csv)",
    )

    p = leaf("export", export, "write the managers' XLSX report (summary, clients, plan, ...)")
    p.add_argument("file", type=Path, metavar="FILE.xlsx")
    period(p, "30 days before today, to 30 days after")
    language(p)

    p = leaf("merge-reports", merge, "combine salespeople's reports into one team workbook")
    p.add_argument("out", type=Path, metavar="OUT.xlsx")
    p.add_argument("inputs", type=Path, nargs="+", metavar="IN.xlsx")
    language(p)

    p = leaf("ical", ical, "write the planned touches as an iCalendar (.ics) file")
    p.add_argument("file", type=Path, metavar="FILE.ics")
    period(p, "today, to 90 days after")
    language(p)

    p = leaf("export-client", export_client, "write everything about one client as JSON")
    p.add_argument("id", type=a.ident, metavar="ID")
    p.add_argument("file", type=Path, metavar="FILE.json")

    p = leaf("book-export", book_export, "write the whole book as one file for another laptop")
    p.add_argument("file", type=Path, metavar="FILE")
    p = leaf("book-import", book_import, "replace the book with a file made by book-export")
    p.add_argument("file", type=Path, metavar="FILE")
    p.add_argument(
        "--replace",
        action="store_true",
        help="replace a book that has clients (it is backed up first)",
    )


def _not_the_book(app: App, *paths: Path) -> None:
    for path in paths:
        if path.exists() and app.db.exists() and path.resolve() == app.db.resolve():
            raise BookError("bad-target", f"{path} is the book itself")


def _region(text: str) -> str:
    import phonenumbers

    region = text.strip().upper()
    if region not in phonenumbers.SUPPORTED_REGIONS:
        raise BookError(
            "bad-region", f"{text!r} is not a country code for phones (e.g. PL, RU, DE, US)"
        )
    return region


def _refused(exc: ImportRefused) -> BookError:
    return BookError(exc.code, exc.message)


def problem_json(p: RowProblem) -> dict[str, Any]:
    data: dict[str, Any] = {"row": p.row, "field": p.field, "code": p.code, "message": p.message}
    if p.sheet is not None:  # a continuation sheet's row
        data["sheet"] = p.sheet
    if p.args:
        data["args"] = dict(p.args)
    return data


def import_(app: App, args: argparse.Namespace) -> Output:
    from planner.io.mapping import Mapping
    from planner.services.importing import ImportOptions

    region = _region(args.region) if args.region is not None else None
    try:
        mapping = Mapping.load(args.mapping) if args.mapping is not None else None
        services = app.services(create=True)
        options = ImportOptions(
            args.on_duplicate, args.valid_only, args.tier.strip().upper(), args.report
        )
        region = region or services.transfer.import_region()
        result = services.transfer.import_file(
            args.file,
            args.format,
            mapping,
            options,
            app.progress("import", counts=False),
            region=region,
        ).value
    except ImportRefused as exc:
        raise _refused(exc) from None
    if not result.written:  # refused as a whole: a book this run created goes too
        app.close()
        app.discard_new_book()
    data = {
        "written": result.written,
        "imported": result.imported,
        "updated": result.updated,
        "skipped": result.skipped,
        "refused": result.refused,
        "report": str(result.report_path) if result.report_path else None,
        "report_lines": result.report_lines,
        "region": region,
        "unverified": result.unverified,
        "problems": [problem_json(p) for p in result.report],
    }
    if result.written:
        head = (
            f"Imported {result.imported:,} new clients from {args.file.name}; updated "
            f"{result.updated:,}, skipped {result.skipped:,} duplicates, refused "
            f"{result.refused:,} rows."
        )
    else:
        head = (
            f"Nothing was imported: {result.refused:,} rows of {args.file.name} cannot be "
            "imported: they have no name, company, nickname, e-mail or phone (fix them, or add "
            "--valid-only to import the other rows)."
        )
    lines = [head, f"Phones without a country code were read as {region} numbers."]
    if result.unverified:
        lines.append(
            f"{result.unverified:,} phone numbers did not parse: kept as typed and flagged "
            "unverified (client list --unverified)."
        )
    for p in result.report[:SHOWN_PROBLEMS]:
        lines.append(f"  row {p.where}: {p.field or '-'}: {p.code}: {p.message}")
    if result.report_lines > SHOWN_PROBLEMS:
        lines.append(f"  ... and {result.report_lines - SHOWN_PROBLEMS:,} more in the report")
    if result.report_path is not None:
        lines.append(f"Report: {result.report_path}")
    return Output(data, "\n".join(lines), 0 if result.written else 1)


def export(app: App, args: argparse.Namespace) -> Output:
    _not_the_book(app, args.file)
    result = app.services().transfer.export_report(
        args.file, args.start, args.end, args.language, app.progress("export")
    )
    data = {
        "file": str(result.path),
        "from": result.start,
        "to": result.end,
        "language": result.language,
        "rows": result.rows,
    }
    rows = ", ".join(f"{k} {v:,}" for k, v in result.rows.items())
    return Output(data, f"Wrote {result.path} ({result.start} to {result.end}; rows: {rows}).")


def merge(app: App, args: argparse.Namespace) -> Output:
    from planner.io.merge import merge_reports

    out: Path = args.out
    if any(out.exists() and out.resolve() == p.resolve() for p in args.inputs if p.exists()):
        raise BookError("bad-target", f"{out} is one of the reports to merge")
    language = args.language
    if language is None:
        language = str(app.services().settings.get("ui.language")) if app.db.exists() else "en"
    try:
        result = merge_reports(
            out, args.inputs, language, app.progress("merge"), today=app.clock().date()
        )
    except ImportRefused as exc:
        raise _refused(exc) from None
    data = {"file": str(result.path), "salespeople": list(result.salespeople), "rows": result.rows}
    people = ", ".join(result.salespeople)
    return Output(data, f"Wrote {result.path}: {len(result.salespeople)} reports ({people}).")


def ical(app: App, args: argparse.Namespace) -> Output:
    _not_the_book(app, args.file)
    result = (
        app.services()
        .transfer.export_ical(
            args.file, args.start, args.end, args.language, app.progress("calendar")
        )
        .value
    )
    data = {
        "file": str(result.path),
        "from": result.start,
        "to": result.end,
        "events": result.events,
        "changed": result.changed,
    }
    return Output(
        data,
        f"Wrote {result.events:,} events ({result.start} to {result.end}) "
        f"to {result.path}; {result.changed:,} new or changed.",
    )


def export_client(app: App, args: argparse.Namespace) -> Output:
    _not_the_book(app, args.file)
    counts = app.services().transfer.export_client(args.id, args.file)
    data = {"file": str(args.file), "client_id": args.id, "rows": counts}
    detail = ", ".join(f"{k} {v}" for k, v in counts.items())
    return Output(data, f"Wrote everything about client {args.id} to {args.file} ({detail}).")


def book_export(app: App, args: argparse.Namespace) -> Output:
    _not_the_book(app, args.file)
    result = app.services().transfer.export_book(args.file, app.progress("book-export"))
    data = {
        "file": str(result.path),
        "schema": result.schema,
        "size": result.size,
        "sha256": result.sha256,
        "counts": result.counts,
    }
    return Output(
        data,
        f"Wrote {result.path}: {result.counts.get('client', 0):,} clients, "
        f"{result.counts.get('touch', 0):,} touches (sha256 "
        f"{result.sha256[:12]}…).",
    )


def book_import(app: App, args: argparse.Namespace) -> Output:
    _not_the_book(app, args.file)
    services = app.services(create=True)
    result = services.transfer.import_book(args.file, args.replace, app.progress("book-import"))
    data = {
        "file": str(result.source),
        "schema": result.schema,
        "counts": result.counts,
        "backup": str(result.safety_backup),
    }
    return Output(
        data,
        f"Imported {result.counts.get('client', 0):,} clients and "
        f"{result.counts.get('touch', 0):,} touches from {result.source} into "
        f"{app.db} (the book before: {result.safety_backup}).",
    )
