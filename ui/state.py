"""The app's own preferences (window geometry, view state, last book, UI language).

They live in QSettings under the organisation "ContactPlanner"; the book's settings live
in the book. Tests point QSettings at a temporary folder with `QSettings.setPath`.
"""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QSettings

ORGANISATION = "ContactPlanner"
APPLICATION = "contact-planner"


def settings() -> QSettings:
    return QSettings(
        QSettings.Format.IniFormat, QSettings.Scope.UserScope, ORGANISATION, APPLICATION
    )


def value(key: str, default: Any = None, kind: type | None = None) -> Any:
    s = settings()
    if kind is not None:
        return s.value(key, default, type=kind)
    return s.value(key, default)


def set_value(key: str, val: Any) -> None:
    s = settings()
    s.setValue(key, val)
    s.sync()
