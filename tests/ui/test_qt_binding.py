"""The Qt binding must not leak references to None/True (PySide6 6.12.0 on CPython 3.11
did, and the interpreter aborted after a few thousand calls: that version is excluded in
pyproject.toml; this guards the bound against a future upgrade)."""

from __future__ import annotations

import sys

from PySide6.QtCore import QCoreApplication, QModelIndex, QObject, QTimer, Signal
from PySide6.QtWidgets import QLabel
from pytestqt.qtbot import QtBot


class _Emitter(QObject):
    fired = Signal()


def test_void_calls_and_emits_keep_none_and_true_alive(qtbot: QtBot) -> None:
    label = QLabel()
    qtbot.addWidget(label)
    emitter, timer = _Emitter(), QTimer()
    none_before, true_before = sys.getrefcount(None), sys.getrefcount(True)
    for _ in range(3000):
        label.setText("x")
        emitter.fired.emit()
        timer.start(1000)
        QCoreApplication.processEvents()
        QModelIndex().data()
    timer.stop()
    assert sys.getrefcount(None) >= none_before - 50
    assert sys.getrefcount(True) >= true_before - 50
