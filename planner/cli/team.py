"""`contact-planner team …`: the team book's administration from the command line.

team add-salesperson LOGIN NAME [--manager] [--password-stdin]
team join FILE.sqlite --as LOGIN        a laptop book becomes LOGIN's clients
team export-member FILE.sqlite --as LOGIN
team handover LOGIN CLIENT_ID...        (manager) clients move to LOGIN
team flags                              (manager) possible duplicates from joins
team summary [--from D --to D]          (manager) KPIs per salesperson, tier and channel
team export FILE.xlsx [--from D --to D] (manager) the whole team's workbook, live
"""

from __future__ import annotations

import argparse
import sys
from pathlib import Path
from typing import Any

from sqlalchemy import Engine, select

from planner.cli import args as a
from planner.cli.app import App
from planner.cli.output import Output, dumps
from planner.errors import BookError


def register(sub: argparse._SubParsersAction[a.Parser], common: a.Parser) -> None:
    group = sub.add_parser("team", help="a team book on PostgreSQL: salespeople, join, handover")
    leaves = group.add_subparsers(dest="team_command", metavar="COMMAND", required=True)

    def leaf(name: str, handler: Any, help_: str) -> a.Parser:
        p = leaves.add_parser(name, parents=[common], help=help_, description=help_)
        p.set_defaults(handler=handler)
        return p

    p = leaf("add-salesperson", add_salesperson, "add a salesperson (a database login)")
    p.add_argument("login")
    p.add_argument("name")
    p.add_argument("--manager", action="store_true", help="a manager: sees the whole team")
    p.add_argument(
        "--password-stdin", action="store_true", help="read the login's password from stdin"
    )
    p = leaf("join", join, "bring a laptop book into the team as one salesperson's clients")
    p.add_argument("file", type=Path, metavar="FILE.sqlite")
    p.add_argument("--as", dest="login", required=True, metavar="SALESPERSON")
    p = leaf("export-member", export_member, "copy one salesperson's clients to a laptop book")
    p.add_argument("file", type=Path, metavar="FILE.sqlite")
    p.add_argument("--as", dest="login", required=True, metavar="SALESPERSON")
    p = leaf("handover", handover, "move clients (and their open touches) to a salesperson")
    p.add_argument("login", metavar="SALESPERSON")
    p.add_argument("clients", type=int, nargs="+", metavar="CLIENT_ID")
    leaf("flags", flags, "possible duplicates found when laptop books joined")
    p = leaf("summary", summary, "the team's KPIs per salesperson, tier and channel (live)")
    p.add_argument("--from", dest="start", type=a.day, metavar="YYYY-MM-DD")
    p.add_argument("--to", dest="end", type=a.day, metavar="YYYY-MM-DD")
    p = leaf("export", export, "the whole team's managers' workbook, straight from the book")
    p.add_argument("file", type=Path, metavar="FILE.xlsx")
    p.add_argument("--from", dest="start", type=a.day, metavar="YYYY-MM-DD")
    p.add_argument("--to", dest="end", type=a.day, metavar="YYYY-MM-DD")
    p.add_argument("--lang", choices=("en", "ru", "pl"), default=None)


def _team(app: App) -> Engine:
    if app.team_url is None:
        raise BookError("not-a-team-book", "this command needs a team book: --db postgresql://…")
    return app.services().book.engine


def _done(data: dict[str, Any], text: str) -> Output:
    return Output(data, text)


def add_salesperson(app: App, args: argparse.Namespace) -> Output:
    from planner.team.people import add_salesperson as add

    password = sys.stdin.readline().rstrip("\n") if args.password_stdin else None
    new_id = add(_team(app), args.login, args.name, password=password, manager=args.manager)
    return _done({"id": new_id, "login": args.login}, f"salesperson {args.login}: id {new_id}")


def join(app: App, args: argparse.Namespace) -> Output:
    from planner.db import Book
    from planner.team.join import join as run

    if not args.file.is_file():
        raise BookError("no-book", f"there is no book at {args.file}")
    laptop = Book(args.file)
    try:
        result = run(_team(app), laptop.engine, args.login)
    finally:
        laptop.close()
    data = {"clients": result.clients, "touches": result.touches, "flagged": result.flagged}
    return _done(
        data,
        f"{result.clients} clients and {result.touches} touches joined as {args.login}; "
        f"{result.flagged} possible duplicates flagged for the manager",
    )


def export_member(app: App, args: argparse.Namespace) -> Output:
    from planner.app import Services
    from planner.db import Book, remove_book_files
    from planner.team.join import export_member as run

    if args.file.exists():
        raise BookError("bad-target", f"{args.file} exists; choose a new file")
    laptop = Services(Book(args.file), app.clock)  # a fresh book with the default tiers
    try:
        count = run(_team(app), laptop.book.engine, args.login)
    except BaseException:
        laptop.close()
        remove_book_files(args.file)
        raise
    laptop.close()
    return _done({"clients": count}, f"{count} clients of {args.login} written to {args.file}")


def handover(app: App, args: argparse.Namespace) -> Output:

    _team(app)
    done = app.services().team.hand_over(args.clients, args.login).value
    data = {"moved": done.moved, "touches": done.touches, "overbooked": done.overbooked}
    return _done(
        data,
        f"{done.moved} clients handed over to {args.login}; "
        f"{done.touches} open touches re-levelled into their capacity",
    )


def flags(app: App, args: argparse.Namespace) -> Output:
    from planner.models import TeamFlag

    with _team(app).connect() as conn:
        rows = conn.execute(
            select(TeamFlag.client_id, TeamFlag.other_client_id, TeamFlag.reason)
        ).all()
    data = [{"client": r[0], "other": r[1], "reason": r[2]} for r in rows]
    text = "\n".join(f"{r[0]}\t{r[1]}\t{r[2]}" for r in rows) or "(no flags)"
    return Output(data, text if not args.json else dumps(data))


_KPI_COLUMNS = ("clients", "planned", "done", "overdue", "reached", "sales", "at_risk")


def summary(app: App, args: argparse.Namespace) -> Output:

    _team(app)
    found = app.services().team.summary(args.start, args.end)

    def line(k: Any) -> dict[str, Any]:
        return {"label": k.label, **{c: getattr(k, c) for c in _KPI_COLUMNS}}

    data = {
        "from": found.start.isoformat(),
        "to": found.end.isoformat(),
        "salespeople": [line(k) for k in found.by_salesperson],
        "tiers": [line(k) for k in found.by_tier],
        "channels": [line(k) for k in found.by_channel],
        "total": line(found.total),
    }
    rows = ["\t".join(("", *_KPI_COLUMNS))]
    for k in (*found.by_salesperson, found.total):
        rows.append("\t".join((k.label, *(str(getattr(k, c)) for c in _KPI_COLUMNS))))
    return Output(data, f"{found.start} – {found.end}\n" + "\n".join(rows))


def export(app: App, args: argparse.Namespace) -> Output:

    _team(app)
    done = app.services().team.export_workbook(args.file, args.start, args.end, args.lang)
    data = {"path": str(done.path), "salespeople": list(done.salespeople), "rows": done.rows}
    return _done(
        data, f"the team's workbook ({len(done.salespeople)} salespeople) written to {done.path}"
    )
