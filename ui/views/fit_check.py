"""The fit check on the Planning screen: projected load per week and channel against
capacity over the next 12 weeks, and the plain verdicts (planner/scheduling/forecast.py).

The forecast reads the whole book, so it runs on the database worker when the panel is
opened or refreshed, never on every period change of the calendar above it.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, QEvent, Signal
from PySide6.QtGui import QBrush, QColor
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from planner.vocabulary import Channel
from ui.formats import day_text
from ui.ops import planning as planning_ops
from ui.texts import channel_name, error_text, unit_name

if TYPE_CHECKING:
    from planner.scheduling.forecast import Forecast, Verdict
    from planner.scheduling.types import Reason
    from ui.operations import Operations

translate = QCoreApplication.translate
OVER = QColor(255, 205, 205)


def verdict_text(v: Verdict) -> str:
    """A verdict in the UI language (the CLI has the English one in explain.py)."""
    a = dict(v.args)
    if v.code == "book-fits":
        return translate("FitCheck", "The book fits its capacity for the next 12 weeks.")
    if v.code != "tier-overloads-channel":
        return v.code
    head = translate(
        "FitCheck",
        "Tier {tier} needs {tier_need} a day by {channel} of the {need} the book needs; "
        "you have {have}.",
    ).format(
        tier=a.get("tier", "?"),
        tier_need=a.get("tier_need", "?"),
        channel=channel_name(a.get("channel", "")),
        need=a.get("need", "?"),
        have=a.get("have", "?"),
    )
    tips = [suggestion_text(s) for s in v.suggest]
    if not tips:
        return head
    return head + " " + translate("FitCheck", "You could: {tips}.").format(tips="; ".join(tips))


def suggestion_text(s: Reason) -> str:
    a = dict(s.args)
    if s.code == "move-tier-to":
        return translate("FitCheck", "move tier {tier} to {channel}").format(
            tier=a.get("tier", "?"), channel=channel_name(a.get("channel", ""))
        )
    if s.code == "lengthen-cadence":
        count = a.get("count", "?")
        unit = unit_name(a.get("unit", ""), int(count) if count.isdigit() else 2)
        return translate("FitCheck", "contact tier {tier} every {count} {unit}").format(
            tier=a.get("tier", "?"), count=count, unit=unit
        )
    if s.code == "raise-capacity":
        return translate("FitCheck", "raise the {channel} capacity to {to} a day").format(
            channel=channel_name(a.get("channel", "")), to=a.get("to", "?")
        )
    return s.code


class FitCheckPanel(QWidget):
    """Projected load per week (rows) and channel (columns): "need / capacity", red
    where the week asks for more than its working days hold; the verdicts below."""

    loaded = Signal()

    def __init__(self, ops: Operations, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ops = ops
        self.forecast: Forecast | None = None
        self._generation = 0
        self.title = QLabel()
        f = self.title.font()
        f.setBold(True)
        self.title.setFont(f)
        self.refresh_button = QPushButton()
        self.refresh_button.clicked.connect(self.refresh)
        self.table = QTableWidget()
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.NoSelection)
        self.verdicts = QLabel()
        self.verdicts.setWordWrap(True)
        bar = QHBoxLayout()
        bar.addWidget(self.title, 1)
        bar.addWidget(self.refresh_button)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addLayout(bar)
        layout.addWidget(self.table, 1)
        layout.addWidget(self.verdicts)
        self.retranslate()

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
            self._render()
        super().changeEvent(event)

    def retranslate(self) -> None:
        self.title.setText(self.tr("Fit check: projected load for the next 12 weeks"))
        self.refresh_button.setText(self.tr("Check again"))
        self.refresh_button.setToolTip(
            self.tr("Project the touches the tiers ask for (cadences, sequences, birthdays)")
        )

    def refresh(self) -> None:
        self._generation += 1
        generation = self._generation
        self.verdicts.setText(self.tr("Projecting the load…"))

        def got(result: Forecast) -> None:
            if generation != self._generation:
                return
            self.forecast = result
            self._render()
            self.loaded.emit()

        def failed(exc: BaseException) -> None:
            if generation == self._generation:
                self.verdicts.setText(error_text(exc))

        planning_ops.forecast(self.ops, got, failed)

    def _render(self) -> None:
        fc = self.forecast
        if fc is None:
            return
        order = list(Channel)
        channels = sorted({ch for w in fc.weeks for ch in w.need}, key=order.index)
        self.table.clear()
        self.table.setRowCount(len(fc.weeks))
        self.table.setColumnCount(len(channels))
        self.table.setHorizontalHeaderLabels([channel_name(ch.value) for ch in channels])
        self.table.setVerticalHeaderLabels(
            [self.tr("Week of {day}").format(day=day_text(w.start)) for w in fc.weeks]
        )
        for row, week in enumerate(fc.weeks):
            for col, ch in enumerate(channels):
                need, have = week.need.get(ch, 0), week.capacity.get(ch)
                text = f"{need} / {'∞' if have is None else have}"
                item = QTableWidgetItem(text)
                if week.over(ch):
                    item.setBackground(QBrush(OVER))
                    item.setToolTip(self.tr("More touches than this week's capacity"))
                self.table.setItem(row, col, item)
        self.table.resizeColumnsToContents()
        self.verdicts.setText("\n".join(verdict_text(v) for v in fc.verdicts))

    def cell_text(self, row: int, col: int) -> str:
        item = self.table.item(row, col)
        return "" if item is None else item.text()
