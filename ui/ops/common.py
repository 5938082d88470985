"""What every operation module shares: the callback types and the two ways a service's
answer becomes a `Result` while some services still return bare `Changes` or a pair."""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING, TypeVar

from planner.services.result import Result

if TYPE_CHECKING:
    from planner.services.views import Changes

T = TypeVar("T")
Done = Callable[[T], None]
Failed = Callable[[BaseException], None]


def changed(changes: Changes) -> Result[None]:
    """A service that returns only what it changed."""
    return Result(None, changes)


def valued(pair: tuple[T, Changes]) -> Result[T]:
    """A service that returns `(value, changes)`."""
    value, changes = pair
    return Result(value, changes)
