"""Errors the services raise: a stable code for the UI to translate, and an English message."""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from datetime import datetime

from planner.problem_texts import english
from planner.problems import Problem


class BookError(Exception):
    """Anything the user did or gave that the book refuses. Nothing was written."""

    def __init__(self, code: str, message: str, *, field: str | None = None) -> None:
        super().__init__(message)
        self.code = code
        self.message = message
        self.field = field


class ValidationError(BookError):
    """One or more fields of a form are wrong, each a coded `Problem` (one per field).

    `by_field` maps field -> Problem (what the UI translates); `problems` maps field ->
    its English text from `planner.problem_texts` (what the CLI prints)."""

    def __init__(self, problems: Iterable[Problem]) -> None:
        by_field: dict[str, Problem] = {}
        for p in problems:
            by_field.setdefault(p.field or "", p)
        first_field, first = next(iter(by_field.items()))
        super().__init__("invalid", english(first), field=first_field)
        self.by_field = by_field

    @property
    def problems(self) -> dict[str, str]:
        """Field -> the English text of its problem (the CLI's)."""
        return {f: english(p) for f, p in self.by_field.items()}


class Invalid(ValueError):
    """A value that does not parse (a phone, an e-mail, an amount): one coded `Problem`.

    A `ValueError`, so `except ValueError` still catches it; its text is the English."""

    def __init__(self, code: str, field: str | None = None, **args: object) -> None:
        self.problem = Problem.of(code, field, **args)
        super().__init__(english(self.problem))

    def at(self, field: str, **more: object) -> Problem:
        """The same problem, reported against `field` (and with `more` args)."""
        args = {**self.problem.args, **{k: str(v) for k, v in more.items()}}
        return Problem(self.problem.code, field, args)


class BadSetting(BookError):
    """A setting's value is refused; `problems` holds its one coded `Problem`."""

    def __init__(self, problem: Problem) -> None:
        key = problem.field or ""
        super().__init__("bad-setting", f"{key}: {english(problem)}" if key else english(problem))
        self.field = key or None
        self.problems: tuple[Problem, ...] = (problem,)


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
        first = problems[0]
        super().__init__(first.code, english(first), field=first.field)
        self.problems: tuple[Problem, ...] = tuple(problems)
