"""Callbacks that outlive their widget: a dialog may close while its work is on the worker.

The service call still completes (and its changes still reach every view); only the
answer to a widget that is gone is dropped.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

import shiboken6
from PySide6.QtCore import QObject


def while_alive(owner: QObject, fn: Callable[..., Any]) -> Callable[..., None]:
    def call(*args: Any) -> None:
        if shiboken6.isValid(owner):
            fn(*args)

    return call
