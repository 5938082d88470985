"""The month: a grid of days with load per channel, overbooked days in colour, and the
chosen day's touches beside it (drag one onto another day to move it)."""

from __future__ import annotations

from datetime import date
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QModelIndex, QPersistentModelIndex, QRect, Qt, Signal
from PySide6.QtGui import QColor, QFont, QPainter, QPalette
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHeaderView,
    QLabel,
    QSplitter,
    QStyle,
    QStyledItemDelegate,
    QStyleOptionViewItem,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from ui.formats import day_text
from ui.models.plan import DayInfo, DayTouchModel, MonthModel, PlanData, day_state, load_lines
from ui.views.week import TouchList

if TYPE_CHECKING:
    from planner.services.views import TouchView

OVER = QColor(208, 60, 60)


class DayDelegate(QStyledItemDelegate):
    """Paints a day cell with palette roles: muted when not working, outlined when today."""

    def __init__(self, model: MonthModel, parent: Any = None) -> None:
        super().__init__(parent)
        self.model = model
        self.today: date | None = None

    def paint(
        self,
        painter: QPainter,
        option: QStyleOptionViewItem,
        index: QModelIndex | QPersistentModelIndex,
    ) -> None:
        painter.save()
        pal: QPalette = option.palette
        rect: QRect = option.rect
        day: date = index.data(MonthModel.DayRole)
        info: DayInfo | None = index.data(MonthModel.InfoRole)
        selected = bool(option.state & QStyle.StateFlag.State_Selected)
        bg = pal.color(QPalette.ColorRole.Base)
        if info is not None and not info.working:
            bg = pal.color(QPalette.ColorRole.AlternateBase).darker(108)
        painter.fillRect(rect, bg)
        if selected:
            hl = pal.color(QPalette.ColorRole.Highlight)
            hl.setAlpha(70)
            painter.fillRect(rect, hl)
        in_month = day.month == self.model.month.month
        text = pal.color(QPalette.ColorRole.Text)
        if not in_month:
            text = pal.color(QPalette.ColorRole.PlaceholderText)
        inner = rect.adjusted(6, 4, -6, -4)
        font = QFont(option.font)
        bold = QFont(font)
        bold.setBold(True)
        painter.setFont(bold)
        painter.setPen(text)
        lh = painter.fontMetrics().height()
        painter.drawText(
            inner, Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignTop, str(day.day)
        )
        if info is not None:
            state = day_state(info)
            painter.setFont(font)
            if state:
                painter.setPen(pal.color(QPalette.ColorRole.PlaceholderText))
                painter.drawText(
                    inner.adjusted(lh * 2, 0, 0, 0),
                    Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignTop,
                    painter.fontMetrics().elidedText(
                        state, Qt.TextElideMode.ElideRight, inner.width() - lh * 2
                    ),
                )
            y = inner.top() + lh + 2
            lines = load_lines(info)
            room = max(0, (inner.bottom() - y) // lh)
            shown = lines if len(lines) <= room else lines[: max(0, room - 1)]
            for line, over in shown:
                painter.setPen(OVER if over else text)
                painter.setFont(bold if over else font)
                fitted = painter.fontMetrics().elidedText(
                    line, Qt.TextElideMode.ElideMiddle, inner.width()
                )
                painter.drawText(
                    inner.left(), y, inner.width(), lh, Qt.AlignmentFlag.AlignLeft, fitted
                )
                y += lh
            if len(shown) < len(lines):
                painter.setPen(pal.color(QPalette.ColorRole.PlaceholderText))
                painter.setFont(font)
                painter.drawText(
                    inner.left(), y, inner.width(), lh, Qt.AlignmentFlag.AlignLeft, "…"
                )
        if day == self.today:
            pen = pal.color(QPalette.ColorRole.Highlight)
            painter.setPen(pen)
            painter.drawRect(rect.adjusted(1, 1, -2, -2))
        painter.setPen(pal.color(QPalette.ColorRole.Mid))
        painter.drawLine(rect.topRight(), rect.bottomRight())
        painter.drawLine(rect.bottomLeft(), rect.bottomRight())
        painter.restore()


class MonthTable(QTableView):
    def __init__(self, model: MonthModel, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setModel(model)
        self.setAcceptDrops(True)
        self.setDragDropMode(QAbstractItemView.DragDropMode.DropOnly)
        self.setDropIndicatorShown(True)
        self.setDefaultDropAction(Qt.DropAction.MoveAction)
        self.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.setShowGrid(False)
        self.verticalHeader().setVisible(False)
        self.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Stretch)
        self.verticalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Stretch)
        self.verticalHeader().setMinimumSectionSize(self.fontMetrics().height() * 3)


class MonthView(QWidget):
    dropped = Signal(list, object)
    day_clicked = Signal(object)
    touch_selected = Signal(object)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.model = MonthModel(self)
        self.table = MonthTable(self.model)
        self.delegate = DayDelegate(self.model, self.table)
        self.table.setItemDelegate(self.delegate)
        self.day_title = QLabel()
        self.day_title.setWordWrap(True)
        self.day_model = DayTouchModel(self)
        self.day_list = TouchList(self.day_model)
        side = QWidget()
        sl = QVBoxLayout(side)
        sl.setContentsMargins(6, 0, 0, 0)
        sl.addWidget(self.day_title)
        sl.addWidget(self.day_list, 1)
        self.splitter = QSplitter(Qt.Orientation.Horizontal)
        self.splitter.setObjectName("month-splitter")
        self.splitter.addWidget(self.table)
        self.splitter.addWidget(side)
        self.splitter.setStretchFactor(0, 3)
        self.splitter.setStretchFactor(1, 1)
        self.splitter.setSizes([820, 360])
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.splitter)
        self.model.dropped.connect(self.dropped)
        self.day_model.dropped.connect(self.dropped)
        self.table.clicked.connect(lambda idx: self.day_clicked.emit(self.model.day_at(idx)))
        self.day_list.selectionModel().currentChanged.connect(
            lambda cur, _p: self.touch_selected.emit(self.day_model.touch_at(cur.row()))
        )

    def show_month(self, month: date, data: PlanData, selected: date | None) -> None:
        self.delegate.today = data.today
        self.model.set_month(month, data)
        if selected is not None:
            idx = self.model.index_of(selected)
            if idx.isValid():
                self.table.setCurrentIndex(idx)

    def show_day(self, day: date | None, info: DayInfo | None, touches: list[TouchView]) -> None:
        self.day_model.set_touches(day, touches)
        if day is None:
            self.day_title.setText("")
            return
        title = f"<b>{day_text(day, long=True)}</b>"
        if info is not None and day_state(info):
            title += f"<br><i>{day_state(info)}</i>"
        self.day_title.setText(title)
