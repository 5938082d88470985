"""The manager's live view of a team book: the Summary of the managers' workbook (KPIs per
salesperson, per tier and per channel) read from the database, not from mailed reports.

Added to the window only when the connected login is a manager (ui.dialogs.connect_window).
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from PySide6.QtWidgets import (
    QHBoxLayout,
    QLabel,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from ui.formats import day_text
from ui.texts import channel_name, error_text
from ui.views.page import Page

if TYPE_CHECKING:
    from planner.io.report_data import Kpi
    from planner.services.team_summary import TeamSummary
    from ui.operations import Operations

FIELDS = ("clients", "planned", "done", "overdue", "reached", "reach_rate", "sales", "at_risk")


class TeamView(Page):
    def __init__(self, ops: Operations, parent: QWidget | None = None) -> None:
        super().__init__(ops, parent)
        self.setObjectName("team-view")
        self.data: TeamSummary | None = None
        self.title = QLabel()
        self.title.setObjectName("team-title")
        self.period = QLabel()
        self.refresh_button = QPushButton()
        self.refresh_button.clicked.connect(self.refresh)
        self.people = self._table("team-people")
        self.tiers = self._table("team-tiers")
        self.channels = self._table("team-channels")
        self.people_label, self.tiers_label, self.channels_label = QLabel(), QLabel(), QLabel()
        top = QHBoxLayout()
        top.addWidget(self.title, 1)
        top.addWidget(self.refresh_button)
        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addWidget(self.period)
        for label, table in (
            (self.people_label, self.people),
            (self.tiers_label, self.tiers),
            (self.channels_label, self.channels),
        ):
            layout.addWidget(label)
            layout.addWidget(table, 1)
        self.retranslate()

    def _table(self, name: str) -> QTableWidget:
        table = QTableWidget(0, len(FIELDS) + 1)
        table.setObjectName(name)
        table.setEditTriggers(QTableWidget.EditTrigger.NoEditTriggers)
        table.verticalHeader().setVisible(False)
        return table

    def headers(self) -> list[str]:
        return [
            self.tr("Name"),
            self.tr("Clients"),
            self.tr("Planned"),
            self.tr("Done"),
            self.tr("Overdue"),
            self.tr("Reached"),
            self.tr("Reach rate"),
            self.tr("Sales"),
            self.tr("At risk"),
        ]

    def retranslate(self) -> None:
        self.title.setText(self.tr("The team, live from the team book"))
        self.refresh_button.setText(self.tr("Refresh"))
        self.people_label.setText(self.tr("By salesperson"))
        self.tiers_label.setText(self.tr("By tier"))
        self.channels_label.setText(self.tr("By channel"))
        for table in (self.people, self.tiers, self.channels):
            table.setHorizontalHeaderLabels(self.headers())
        if self.data is not None:
            self._show(self.data)

    def changeEvent(self, event: Any) -> None:
        from PySide6.QtCore import QEvent

        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

    # --- data ----------------------------------------------------------------------------------
    def load(self) -> None:
        from ui.ops import team as team_ops

        team_ops.team_summary(self.ops, self._show, self._failed)

    def _failed(self, exc: BaseException) -> None:
        self.period.setText(error_text(exc))

    def _show(self, data: TeamSummary) -> None:
        self.data = data
        self.period.setText(
            self.tr("{start} – {end} (today {today})").format(
                start=day_text(data.start), end=day_text(data.end), today=day_text(data.today)
            )
        )
        total = self.tr("Total")
        self._fill(self.people, [*data.by_salesperson, data.total], total)
        self._fill(self.tiers, list(data.by_tier), total)
        self._fill(self.channels, [k for k in data.by_channel if _any(k)], total, channels=True)

    def _fill(
        self, table: QTableWidget, rows: list[Kpi], total: str, *, channels: bool = False
    ) -> None:
        table.setRowCount(len(rows))
        for r, kpi in enumerate(rows):
            label = total if kpi.label == "total" else kpi.label
            if channels:
                label = channel_name(label)
            table.setItem(r, 0, QTableWidgetItem(label))
            for c, name in enumerate(FIELDS, start=1):
                if name == "reach_rate":
                    rate = kpi.reach_rate
                    text = "" if rate is None else f"{rate:.0%}"
                else:
                    text = str(getattr(kpi, name))
                table.setItem(r, c, QTableWidgetItem(text))
        table.resizeColumnsToContents()


def _any(k: Kpi) -> bool:
    return bool(k.planned or k.done or k.overdue)
