"""The week: seven day columns, each with its load against capacity and its touches."""

from __future__ import annotations

import html
from datetime import date, timedelta
from typing import TYPE_CHECKING

from PySide6.QtCore import QModelIndex, Qt, Signal
from PySide6.QtGui import QPalette
from PySide6.QtWidgets import (
    QAbstractItemView,
    QFrame,
    QHBoxLayout,
    QLabel,
    QListView,
    QVBoxLayout,
    QWidget,
)

from ui.formats import day_month
from ui.models.plan import DayInfo, DayTouchModel, PlanData, day_state, load_lines

if TYPE_CHECKING:
    from planner.services.views import TouchView

OVER = "#d03c3c"  # accent red for overbooked lines, readable on light and dark palettes


class TouchList(QListView):
    """A day's touches: drag to another day to move; a drop here moves touches to this day."""

    def __init__(self, model: DayTouchModel, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setModel(model)
        self.setDragEnabled(True)
        self.setAcceptDrops(True)
        self.setDropIndicatorShown(True)
        self.setDragDropMode(QAbstractItemView.DragDropMode.DragDrop)
        self.setDefaultDropAction(Qt.DropAction.MoveAction)
        self.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.setUniformItemSizes(True)
        self.setTextElideMode(Qt.TextElideMode.ElideRight)
        self.setWordWrap(False)
        self.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.setSpacing(1)
        self.setAlternatingRowColors(True)


class DayColumn(QFrame):
    clicked = Signal(object)  # day

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setFrameShape(QFrame.Shape.StyledPanel)
        self.day: date | None = None
        self.header = QLabel()
        self.header.setTextFormat(Qt.TextFormat.RichText)
        self.header.setWordWrap(True)
        self.header.setAlignment(Qt.AlignmentFlag.AlignTop | Qt.AlignmentFlag.AlignLeft)
        self.header.setMinimumHeight(self.fontMetrics().height() * 4)
        self.model = DayTouchModel(self)
        self.list = TouchList(self.model)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(4, 4, 4, 4)
        layout.setSpacing(4)
        layout.addWidget(self.header)
        layout.addWidget(self.list, 1)
        self.setAutoFillBackground(True)

    def mousePressEvent(self, event: object) -> None:
        if self.day is not None:
            self.clicked.emit(self.day)
        super().mousePressEvent(event)  # type: ignore[arg-type]

    def show_day(
        self, info: DayInfo, touches: list[TouchView], today: date, selected: bool
    ) -> None:
        self.day = info.day
        self.model.set_touches(info.day, touches)
        title = html.escape(day_month(info.day))
        if info.day == today:
            title = f"<u>{title}</u>"
        lines = [f"<b>{title}</b>"]
        state = day_state(info)
        if state:
            lines.append(f"<i>{html.escape(state)}</i>")
        for text, over in load_lines(info):
            text = html.escape(text)
            lines.append(f"<span style='color:{OVER}'><b>{text}</b></span>" if over else text)
        self.header.setText("<br>".join(lines))
        pal = self.palette()
        parent = self.parentWidget()
        base = parent.palette() if parent is not None else QPalette()
        role = QPalette.ColorRole.Window
        if selected:
            color = base.color(QPalette.ColorRole.Highlight)
            color.setAlpha(60)
        elif not info.working:
            color = base.color(QPalette.ColorRole.Mid)
            color.setAlpha(90)
        else:
            color = base.color(QPalette.ColorRole.Base)
        pal.setColor(role, color)
        self.setPalette(pal)
        self.setToolTip("")


class WeekView(QWidget):
    dropped = Signal(list, object)  # touch ids, day
    day_clicked = Signal(object)
    touch_selected = Signal(object)  # TouchView | None

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.columns = [DayColumn() for _ in range(7)]
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(4)
        for col in self.columns:
            layout.addWidget(col, 1)
            col.model.dropped.connect(self.dropped)
            col.clicked.connect(self.day_clicked)
            col.list.clicked.connect(lambda idx, col=col: self._picked(col, idx))
            col.list.selectionModel().currentChanged.connect(
                lambda cur, _prev, col=col: self._picked(col, cur)
            )

    def _picked(self, col: DayColumn, index: QModelIndex) -> None:
        for other in self.columns:
            if other is not col:
                other.list.clearSelection()
        if col.day is not None:
            self.day_clicked.emit(col.day)
        self.touch_selected.emit(col.model.touch_at(index.row()) if index.isValid() else None)

    def show_week(self, data: PlanData, monday: date, selected: date | None) -> None:
        layout = self.layout()
        assert isinstance(layout, QHBoxLayout)
        for i, col in enumerate(self.columns):
            day = monday + timedelta(days=i)
            info = data.days.get(day) or DayInfo(day=day, working=True)
            busy = info.working or bool(data.touches.get(day))
            layout.setStretch(i, 3 if busy else 2)  # working days get the room
            col.show_day(info, data.touches.get(day, []), data.today, day == selected)
        # Headers of one height, so the seven lists start on one line.
        height = max(c.header.heightForWidth(c.header.width()) for c in self.columns)
        base = self.columns[0].fontMetrics().height() * 4
        for col in self.columns:
            col.header.setFixedHeight(max(height, base))

    def column_for(self, day: date) -> DayColumn | None:
        return next((c for c in self.columns if c.day == day), None)
