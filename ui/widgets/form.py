"""Inline form errors: a red line under a field, shown only while there is a problem."""

from __future__ import annotations

from PySide6.QtWidgets import QLabel, QWidget

ERROR_STYLE = "color: #d03c3c;"  # accent red, readable on light and dark palettes


def error_label(name: str, parent: QWidget | None = None) -> QLabel:
    label = QLabel(parent)
    label.setObjectName(f"error-{name}")
    label.setStyleSheet(ERROR_STYLE)
    label.setWordWrap(True)
    label.hide()
    return label


def show_error(label: QLabel, text: str | None) -> None:
    label.setText(text or "")
    label.setVisible(bool(text))


def shown_error(label: QLabel) -> str:
    """The error text a user sees (empty when the label is hidden)."""
    return label.text() if not label.isHidden() else ""
