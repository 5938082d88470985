"""The headless command line: `contact-planner COMMAND ...` (see README for the reference).

No Qt is imported here or by any subcommand; only running with no command reaches for
the desktop app, lazily. User errors print one line, `contact-planner: error: ...`, and
exit non-zero with nothing written (every service call is one transaction).
"""

from __future__ import annotations

import sys
from pathlib import Path

from sqlalchemy.exc import DBAPIError, OperationalError

from planner.cli.app import App, fixed_clock
from planner.cli.args import UsageError
from planner.cli.output import Output, dumps
from planner.cli.parser import PROG, build_parser
from planner.errors import BookError, ValidationError
from planner.scheduling import PlanCancelled
from planner.services.context import Clock

EXIT_ERROR = 1
EXIT_USAGE = 2
EXIT_INTERRUPTED = 130


def fail(message: str) -> None:
    print(f"{PROG}: error: {' '.join(message.split())}", file=sys.stderr)


def _message(exc: BookError) -> str:
    if isinstance(exc, ValidationError) and len(exc.problems) > 1:
        return "; ".join(exc.problems.values())
    return exc.message


def main(argv: list[str] | None = None, *, clock: Clock | None = None) -> int:
    """Run one command; returns the exit code. `clock` fixes "now" (tests)."""
    parser = build_parser()
    try:
        args = parser.parse_args(argv)
    except UsageError as exc:
        fail(str(exc))
        return EXIT_USAGE
    except SystemExit as exc:  # --help
        return exc.code if isinstance(exc.code, int) else 0
    today = getattr(args, "today", None)
    if today is not None:  # said on the command line: wins over the caller's clock
        clock = fixed_clock(today)
    db: Path | None = getattr(args, "db", None)
    app = App(db, clock, bool(getattr(args, "json", False)))
    try:
        out: Output = args.handler(app, args)
    except (BookError, PlanCancelled, KeyboardInterrupt, DBAPIError, OSError) as exc:
        message, code = _failure(exc, app.db)
        app.close()
        app.discard_new_book()  # a failed command leaves no new, empty book behind
        fail(message)
        return code
    finally:
        app.close()
    _emit(out, app.json)
    return out.code


def _failure(exc: BaseException, db: Path) -> tuple[str, int]:
    """The one line and the exit code for an error the user can act on."""
    if isinstance(exc, BookError):
        return _message(exc), EXIT_ERROR
    if isinstance(exc, PlanCancelled):
        return "cancelled; nothing was written", EXIT_INTERRUPTED
    if isinstance(exc, KeyboardInterrupt):
        return "interrupted; nothing was written", EXIT_INTERRUPTED
    if isinstance(exc, OperationalError):
        return f"the book {db} cannot be used: {exc.orig}", EXIT_ERROR
    if isinstance(exc, DBAPIError):
        return f"{db} is damaged or not a Contact Planner book: {exc.orig}", EXIT_ERROR
    assert isinstance(exc, OSError)
    return f"{exc.strerror or exc}: {exc.filename or db}", EXIT_ERROR


def _emit(out: Output, as_json: bool) -> None:
    stdout = sys.stdout
    if as_json:
        if (stdout.encoding or "").lower().replace("-", "") != "utf8" and hasattr(
            stdout, "reconfigure"
        ):
            stdout.reconfigure(encoding="utf-8")
        if out.data is not None:
            stdout.write(dumps(out.data) + "\n")
    elif out.text:
        if hasattr(stdout, "reconfigure"):
            stdout.reconfigure(errors="replace")  # a legacy console must not crash us
        stdout.write(out.text + "\n")
    stdout.flush()


def entry() -> None:
    """The `contact-planner` console script."""
    sys.exit(main())


__all__ = ["entry", "main"]
