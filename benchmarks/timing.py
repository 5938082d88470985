"""Where a benchmark's time goes: named functions timed while a measurement runs."""

from __future__ import annotations

import time
from collections.abc import Iterator, Sequence
from contextlib import contextmanager
from typing import Any


@contextmanager
def split_timed(
    into: dict[str, float], where: Sequence[tuple[str, str | None, str]]
) -> Iterator[None]:
    """Time these functions (module, class or None, name) while inside, then put them back."""
    import importlib

    saved = []
    for module, owner, name in where:
        obj: Any = importlib.import_module(module)
        obj = getattr(obj, owner) if owner else obj
        if not hasattr(obj, name):
            continue
        saved.append((obj, name, obj.__dict__[name]))
        label = name if owner is None else f"{owner}.{name}"
        wrap(obj, name, label, into)
    try:
        yield
    finally:
        for obj, name, inner in reversed(saved):
            setattr(obj, name, inner)


def wrap(obj: Any, name: str, label: str, into: dict[str, float]) -> None:
    inner = getattr(obj, name)

    def wrapper(*args: Any, **kwargs: Any) -> Any:
        t0 = time.perf_counter()
        try:
            return inner(*args, **kwargs)
        finally:
            into[label] = into.get(label, 0.0) + time.perf_counter() - t0

    setattr(obj, name, wrapper)
