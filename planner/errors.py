"""Errors the services raise: a stable code for the UI to translate, and an English message."""

from __future__ import annotations

from collections.abc import Sequence
from datetime import datetime

from planner.problems import Problem


class BookError(Exception):
    """Anything the user did or gave that the book refuses. Nothing was written."""

    def __init__(self, code: str, message: str, *, field: str | None = None) -> None:
        super().__init__(message)
        self.code = code
        self.message = message
        self.field = field


class ValidationError(BookError):
    """One or more fields of a form are wrong; `problems` maps field -> message."""

    def __init__(self, problems: dict[str, str]) -> None:
        first_field, first = next(iter(problems.items()))
        super().__init__("invalid", first, field=first_field)
        self.problems = problems


class NotFound(BookError):
    def __init__(self, what: str, ident: object) -> None:
        super().__init__("not-found", f"{what} {ident} does not exist")


class Conflict(BookError):
    """Someone else (another window or app instance) changed the record meanwhile.

    On a team book `who` names the colleague and `when` is their change's time (naive
    UTC, as the book stores it); the UI words both in its language."""

    def __init__(self, what: str, *, who: str | None = None, when: datetime | None = None) -> None:
        where = f"by {who}" if who else "elsewhere"
        at = f" at {when:%Y-%m-%d %H:%M} UTC" if when is not None else ""
        super().__init__("conflict", f"{what} was changed {where}{at}; reload and try again")
        self.what = what
        self.who = who
        self.when = when


class Refused(BookError):
    """The book refuses a change for the reasons in `problems` (codes the UI translates)."""

    def __init__(self, problems: Sequence[Problem]) -> None:
        from planner.problem_texts import english

        first = problems[0]
        super().__init__(first.code, english(first), field=first.field)
        self.problems: tuple[Problem, ...] = tuple(problems)
