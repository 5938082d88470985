"""What a mutating use case returns: its value and the `Changes` naming what it changed."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Generic, TypeVar

from planner.services.changes import Changes

T = TypeVar("T")


@dataclass(frozen=True, slots=True)
class Result(Generic[T]):
    """One transaction's outcome: `value` for the caller, `changes` for every open view."""

    value: T
    changes: Changes
