"""What every operation module shares: the callback types of its answers."""

from __future__ import annotations

from collections.abc import Callable
from typing import TypeVar

T = TypeVar("T")
Done = Callable[[T], None]
Failed = Callable[[BaseException], None]
