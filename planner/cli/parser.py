"""The command line's grammar. Every leaf command takes --db, --json and --today, before
or after the command name; handlers live in `clients`, `planning` and `book`."""

from __future__ import annotations

import argparse
from collections.abc import Callable
from pathlib import Path
from typing import Any

from planner.app import Services
from planner.cli import args as a
from planner.cli import book, clients, planning
from planner.cli.app import App, Handler
from planner.cli.io import register as register_io
from planner.cli.output import Output, dumps
from planner.cli.sales import register as register_sales
from planner.cli.team import register as register_team
from planner.demo.people import LOCALES
from planner.team.url import book_location
from planner.vocabulary import ClientStatus, Purpose

PROG = "contact-planner"


def _common() -> a.Parser:
    # SUPPRESS everywhere: a subcommand's default must not hide the same option given
    # before the command name (argparse lets sub-parsers overwrite the namespace).
    common = a.Parser(add_help=False)
    common.add_argument(
        "--db",
        type=book_location,
        default=argparse.SUPPRESS,
        metavar="PATH",
        help="the book file (default: the user data folder's book.sqlite), "
        "or a team book's postgresql:// URL",
    )
    common.add_argument(
        "--json",
        action="store_true",
        default=argparse.SUPPRESS,
        help="print machine-readable JSON (UTF-8)",
    )
    common.add_argument(
        "--today",
        type=a.day,
        default=argparse.SUPPRESS,
        metavar="YYYY-MM-DD",
        help="plan as if today were this date (scripts and tests)",
    )
    return common  # fmt: skip


def build_parser() -> a.Parser:
    common = _common()
    parser = a.Parser(
        prog=PROG,
        parents=[common],
        description="Plan a salesperson's touches with clients. With no command, open the app.",
    )
    parser.set_defaults(handler=book.launch)
    parser.add_argument(
        "--lang",
        choices=("en", "ru", "pl"),
        default=argparse.SUPPRESS,
        help="with no command: the app's language (default: the book's ui.language setting)",
    )
    sub = parser.add_subparsers(title="commands", metavar="COMMAND")

    def leaf(group: argparse._SubParsersAction[a.Parser], name: str, handler: Handler,
             help_: str) -> a.Parser:  # fmt: skip
        p = group.add_parser(name, parents=[common], help=help_, description=help_)
        p.set_defaults(handler=handler)
        return p

    def branch(name: str, help_: str) -> argparse._SubParsersAction[a.Parser]:
        p = sub.add_parser(name, help=help_, description=help_)
        group = p.add_subparsers(title="actions", metavar="ACTION")
        group.required = True
        return group

    p = leaf(sub, "demo", book.demo, "fill the book with realistic generated clients")
    p.add_argument("--clients", type=a.positive, default=200, metavar="N")
    p.add_argument("--seed", type=a.seed, default=1, metavar="S")
    p.add_argument("--locale", choices=LOCALES, default=None,
                   help="en, ru or pl (default: from LANG)")  # fmt: skip
    p.add_argument("--force", action="store_true", help="add to a book that has clients")

    cl = branch("client", "add, edit, show, list or delete clients")
    for name, handler, help_ in (
        ("add", clients.add, "add a client"),
        ("edit", clients.edit, "change only the given fields of a client"),
    ):
        p = leaf(cl, name, handler, help_)
        if name == "edit":
            p.add_argument("id", type=a.ident, metavar="ID")
            p.add_argument("--name")
            p.add_argument("--status", choices=[s.value for s in ClientStatus])
        else:
            p.add_argument("--name", required=True)
        p.add_argument("--tier", help="A, B, C or D (add: C)")
        p.add_argument("--company")
        p.add_argument("--phone", action="append", help="repeatable; gives call and sms")
        p.add_argument("--email", action="append", help="repeatable")
        p.add_argument("--telegram", action="append", help="@handle or phone; repeatable")
        p.add_argument("--whatsapp", action="append", help="phone; repeatable")
        p.add_argument("--address", action="append", help="for meetings and letters")
        p.add_argument("--preferred", type=a.channel, metavar="CHANNEL")
        p.add_argument("--tag", action="append", help="repeatable")
        p.add_argument("--birthday", type=a.birthday, metavar="YYYY-MM-DD|MM-DD")
        p.add_argument("--timezone", help="IANA name, e.g. Europe/Warsaw")
        p.add_argument("--language", help="en, ru or pl")
        p.add_argument("--note")
    p = leaf(cl, "show", clients.show, "show a client with contacts, plan and history")
    p.add_argument("id", type=a.ident, metavar="ID")
    p.add_argument("--history", type=a.positive, default=20, metavar="N")
    p = leaf(cl, "list", clients.list_, "list clients (filters combine)")
    p.add_argument("--tier", action="append", help="repeatable")
    p.add_argument("--status", action="append", choices=[s.value for s in ClientStatus])
    p.add_argument("--overdue", action="store_true", help="with an overdue planned touch")
    p.add_argument("--at-risk", action="store_true")
    p.add_argument("--unverified", action="store_true",
                   help="only clients with a phone number kept as typed, to fix")  # fmt: skip
    p.add_argument("--tag")
    p.add_argument("--sort", default="name",
                   choices=("name", "company", "tier", "status", "next_due", "id"))  # fmt: skip
    p.add_argument("--desc", action="store_true")
    p.add_argument("--limit", type=a.positive, metavar="N")
    p = leaf(cl, "delete", clients.delete, "delete a client with all their history")
    p.add_argument("id", type=a.ident, metavar="ID")
    p.add_argument("--yes", action="store_true", help="confirm")
    p = leaf(
        cl,
        "merge",
        clients.merge,
        "merge the second client into the first, keeping every contact, tag, note, "
        "touch, sale and offer of both",
    )
    p.add_argument("keep", type=a.ident, metavar="ID")
    p.add_argument("other", type=a.ident, metavar="ID")
    p = leaf(
        cl, "duplicates", clients.duplicates, "clients that share a phone, an e-mail or a name"
    )

    p = leaf(sub, "search", clients.search, "find clients by name, company, phone, e-mail, tag")
    p.add_argument("text")
    p.add_argument("--limit", type=a.positive, default=50, metavar="N")

    p = leaf(sub, "agenda", planning.agenda, "due and overdue touches of a day")
    p.add_argument("--date", type=a.day, metavar="YYYY-MM-DD", help="default: today")
    p = leaf(sub, "plan", planning.plan, "planned touches of a period")
    p.add_argument("--from", dest="start", type=a.day, metavar="YYYY-MM-DD")
    p.add_argument("--to", dest="end", type=a.day, metavar="YYYY-MM-DD")
    p.add_argument("--client", type=a.ident, metavar="ID")
    p.add_argument(
        "--forecast", action="store_true", help="the load the tiers demand over 12 weeks: fit check"
    )

    tc = branch("touch", "log an outcome, move, add or show a touch")
    p = leaf(tc, "done", planning.touch_done, "log an outcome; the next touch is planned")
    p.add_argument("id", type=a.ident, metavar="ID")
    p.add_argument("--outcome", type=a.outcome, required=True)
    p.add_argument("--note")
    p.add_argument("--reschedule", type=a.day, metavar="YYYY-MM-DD")
    p.add_argument("--stop-client", action="store_true",
                   help="do-not-contact stops the whole client, not just the channel")  # fmt: skip
    p = leaf(tc, "move", planning.touch_move, "move a touch by hand (it stays pinned)")
    p.add_argument("id", type=a.ident, metavar="ID")
    p.add_argument("--to", type=a.day, required=True, metavar="YYYY-MM-DD")
    p = leaf(tc, "add", planning.touch_add, "add a touch by hand")
    p.add_argument("client", type=a.ident, metavar="CLIENT_ID")
    p.add_argument("--date", type=a.day, required=True, metavar="YYYY-MM-DD")
    p.add_argument("--channel", type=a.channel, required=True)
    p.add_argument("--purpose", choices=[x.value for x in Purpose], default="custom")
    p.add_argument("--note")
    p = leaf(tc, "show", planning.touch_show, "show one touch")
    p.add_argument("id", type=a.ident, metavar="ID")

    cf = branch("config", "read and change the book's settings")
    p = leaf(cf, "get", book.config_get, "print one setting")
    p.add_argument("key")
    p = leaf(cf, "set", book.config_set, "change one setting (checked; may re-plan)")
    p.add_argument("key")
    p.add_argument("value")
    leaf(cf, "list", book.config_list, "print every setting")

    for name, label, handlers in (
        ("dayoff", "personal days off", (planning.dayoff_add, planning.dayoff_remove,
                                         planning.dayoff_list)),
        ("workday", "extra working days", (planning.workday_add, planning.workday_remove,
                                           planning.workday_list)),
    ):  # fmt: skip
        group = branch(name, f"{label}: the plan re-levels around them")
        add, remove, list_ = handlers
        p = leaf(group, "add", add, f"add one of the {label}")
        p.add_argument("day", type=a.day, metavar="YYYY-MM-DD")
        p.add_argument("--note")
        p = leaf(group, "remove", remove, f"remove one of the {label}")
        p.add_argument("day", type=a.day, metavar="YYYY-MM-DD")
        leaf(group, "list", list_, f"list the {label}")

    leaf(sub, "replan", planning.replan, "re-plan the whole book")
    p = leaf(sub, "backup", book.backup, "copy the book (default: a rotating backup)")
    p.add_argument("file", type=Path, nargs="?", metavar="FILE")
    p.add_argument("--force", action="store_true", help="overwrite FILE")
    p = leaf(sub, "restore", book.restore, "replace the book with a backup")
    p.add_argument("file", type=Path, metavar="FILE")
    leaf(sub, "check", book.check, "check the book's integrity (exit 1 on problems)")
    register_sales(sub, services_handler, common)
    register_io(sub, common)
    register_team(sub, common)
    return parser


def services_handler(fn: Callable[[Services, argparse.Namespace], Any]) -> Handler:
    """Adapt a `(services, args) -> result` command (sales, files) to the CLI's handlers:
    a string prints as it is; anything else prints as JSON, which is also its --json form."""

    def handler(app: App, args: argparse.Namespace) -> Output:
        result = fn(app.services(), args)
        if isinstance(result, str):
            return Output({"text": result}, result)
        return Output(result, dumps(result))

    return handler
