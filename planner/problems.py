"""A problem the core reports: a stable code, the field it concerns, and its arguments.

The core never speaks sentences. Validation problems, refusals, import report lines and
tier suggestions are `Problem`s; the UI translates them by code (`ui/problems.py`), the
CLI prints the English text of the same code (`planner/problem_texts.py`).
"""

from __future__ import annotations

import dataclasses
from dataclasses import dataclass


@dataclass(frozen=True, slots=True)
class Problem:
    """`code` names what is wrong ("tier.no-channel"); `args` fill the message's blanks."""

    code: str
    field: str | None = None
    args: dict[str, str] = dataclasses.field(default_factory=dict)

    @staticmethod
    def of(code: str, field: str | None = None, **args: object) -> Problem:
        return Problem(code, field, {k: str(v) for k, v in args.items()})

    def __hash__(self) -> int:
        return hash((self.code, self.field, tuple(sorted(self.args.items()))))
