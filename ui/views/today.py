"""Today: due and overdue touches by channel, the client card, and logging outcomes."""

from __future__ import annotations

from datetime import date
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QEvent, QItemSelectionModel, QModelIndex, Qt, Signal
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QMessageBox,
    QSplitter,
    QToolButton,
    QTreeView,
    QVBoxLayout,
    QWidget,
)

from ui import ask
from ui.formats import day_text
from ui.models.agenda import AgendaModel, TodayData
from ui.ops import planning as planning_ops
from ui.ops import today as today_ops
from ui.texts import channel_name, error_text, outcome_name
from ui.views.client_card import ClientCard
from ui.views.outcome_panel import OutcomePanel
from ui.views.page import Page

if TYPE_CHECKING:
    from planner.services.result import Result
    from planner.services.salesviews import SaleView
    from planner.services.views import ClientDetail, TouchView
    from ui.operations import Operations
    from ui.undo import UndoActions

SALES_SHOWN = 50  # the client card's Sales tab: the newest ones


class TodayView(Page):
    loaded = Signal()  # the agenda was (re)loaded
    logged = Signal(str)  # a status line after an outcome was logged
    shown = Signal(int)  # a touch's client card and call script are on screen

    def __init__(
        self, ops: Operations, parent: QWidget | None = None, undo: UndoActions | None = None
    ) -> None:
        super().__init__(ops, parent)
        self.undo = undo  # logging an outcome is undoable through the core's undo steps
        self.data: TodayData | None = None
        self._reselect: int | None = None
        self._detail_for: int | None = None
        self.failed = False  # the last load failed: Today shows nothing it cannot vouch for

        self.title = QLabel()
        f = self.title.font()
        f.setPointSizeF(f.pointSizeF() * 1.4)
        f.setBold(True)
        self.title.setFont(f)
        self.summary = QLabel()
        self.help = QToolButton()
        self.help.setText("?")
        self.help.setAutoRaise(True)
        self.help.clicked.connect(self._show_help)
        top = QHBoxLayout()
        top.addWidget(self.title)
        top.addSpacing(12)
        top.addWidget(self.summary, 1)
        top.addWidget(self.help)

        self.model = AgendaModel(ops, self)
        self.tree = QTreeView()
        self.tree.setModel(self.model)
        self.tree.setUniformRowHeights(True)
        self.tree.setAlternatingRowColors(True)
        self.tree.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.tree.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.tree.setAllColumnsShowFocus(True)
        self.tree.setExpandsOnDoubleClick(False)
        header = self.tree.header()
        header.setStretchLastSection(True)
        header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        header.setResizeContentsPrecision(200)  # fitting columns looks at 200 rows, not all
        self.tree.selectionModel().currentRowChanged.connect(self._current_changed)
        self.empty = QLabel()
        self.empty.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.empty.setWordWrap(True)
        self.empty.hide()

        self.card = ClientCard()
        self.outcomes = OutcomePanel()
        self.outcomes.outcome_chosen.connect(self.log_outcome)
        right = QWidget()
        rl = QVBoxLayout(right)
        rl.setContentsMargins(8, 0, 0, 0)
        rs = QSplitter(Qt.Orientation.Vertical)
        rs.addWidget(self.card)
        rs.addWidget(self.outcomes)
        rs.setStretchFactor(0, 1)  # the call script needs as much room as the card
        rs.setStretchFactor(1, 1)
        rs.setSizes([380, 520])
        rl.addWidget(rs)
        left = QWidget()
        ll = QVBoxLayout(left)
        ll.setContentsMargins(0, 0, 0, 0)
        ll.addWidget(self.tree)
        ll.addWidget(self.empty)
        self.splitter = QSplitter(Qt.Orientation.Horizontal)
        self.splitter.setObjectName("today-splitter")
        self.splitter.addWidget(left)
        self.splitter.addWidget(right)
        self.splitter.setStretchFactor(0, 3)
        self.splitter.setStretchFactor(1, 2)
        self.splitter.setSizes([700, 460])

        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addWidget(self.splitter, 1)

        ctx = Qt.ShortcutContext.WidgetWithChildrenShortcut
        self.shortcuts = []
        for keys, slot in (
            ("J", self.next_touch),
            ("K", self.previous_touch),
            ("N", self.outcomes.focus_note),
        ):
            sc = QShortcut(QKeySequence(keys), self)
            sc.setContext(ctx)
            sc.activated.connect(slot)
            self.shortcuts.append(sc)
        self.retranslate()

    # --- language ----------------------------------------------------------------------------
    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

    def retranslate(self) -> None:
        self.help.setToolTip(self.shortcut_help())
        if self.failed:
            text = self.tr("Today could not be loaded. Press F5 to try again.")
        elif self.data is not None:
            text = self.tr("Nothing is due today. Well done!")
        else:
            text = self.tr("Loading…")
        self.empty.setText(text)
        self._update_title()
        self.model.headerDataChanged.emit(Qt.Orientation.Horizontal, 0, 4)
        self.model.layoutChanged.emit()

    def shortcut_help(self) -> str:
        return self.tr(
            "Keyboard:\n"
            "J / Down — next touch\n"
            "K / Up — previous touch\n"
            "N — write a note\n"
            "Ctrl+1 … Ctrl+9 — log an outcome (see the buttons)"
        )

    def _show_help(self) -> None:
        QMessageBox.information(self, self.tr("Today — keyboard"), self.shortcut_help())

    def _update_title(self) -> None:
        if self.data is None:
            self.title.setText(self.tr("Today"))
            self.summary.setText("")
            return
        self.title.setText(self.tr("Today, {day}").format(day=day_text(self.data.today, long=True)))
        screen = self.data.screen
        text = self.tr("%n touch(es) due", "", screen.due)
        if screen.overdue:
            text += " · " + self.tr("%n overdue", "", screen.overdue)
        text += " · " + self.tr("%n done today", "", screen.done)
        self.summary.setText(text)

    # --- loading -----------------------------------------------------------------------------
    def load(self) -> None:
        today_ops.load_today(self.ops, self._loaded, self._load_failed)

    def show_first_look(self, data: TodayData | None) -> None:
        """The first screen read from the book's file while the book opens: shown unless
        a real load (or its failure) came first; the real load replaces it."""
        if data is None or self.data is not None or self.failed:
            return
        self._loaded(data)

    def forget_first_look(self) -> None:
        """The book did not open: nothing read before it stays on screen."""
        if self.data is not None and self.data.first_look:
            self._clear()

    def _load_failed(self, exc: BaseException) -> None:
        """A failed load clears Today: no rows, no card, no outcome buttons, one message.
        The next load (F5, any change, showing the page again) starts afresh."""
        current = self.current_touch()
        if current is not None and self._reselect is None:
            self._reselect = current.id  # selected again once a load works
        self.stale = True
        self.failed = True
        self._clear()
        self.ops.failed.emit(exc)  # one translated message with "copy details"

    def _clear(self) -> None:
        """No rows, no card, no outcome buttons: the empty page and its message."""
        self.data = None
        self.model.clear()
        self._show(None)
        self.tree.hide()
        self.empty.show()
        self.retranslate()

    def _loaded(self, data: TodayData) -> None:
        current = self.current_touch()
        keep = self._reselect if self._reselect is not None else (current.id if current else None)
        self._reselect = None
        # Its channel, while the old rows are there: it may be on a page read as the list
        # scrolled, which the new first screen does not hold.
        kept = self.model.touch_at(self.model.index_of(keep)) if keep is not None else None
        self.data = data
        self.failed = False
        self.model.set_data(data)
        self.tree.expandAll()
        self._fit_columns()
        has = bool(self.model.groups)
        self.tree.setVisible(has)
        self.empty.setVisible(not has)
        self.retranslate()
        index = self.model.index_of(keep) if keep is not None else QModelIndex()
        if not index.isValid():
            index = self._first_touch()
        if index.isValid():
            self._select(index)
        else:
            self._show(None)
        if kept is not None and not self.model.index_of(kept.id).isValid():
            fallback = self.model.touch_at(index)

            def found(at: QModelIndex) -> None:
                if self.current_touch() == fallback:  # unless another one was chosen since
                    self._select(at)

            self.model.find(kept.id, kept.channel, found)
        self.loaded.emit()

    def _select(self, index: QModelIndex) -> None:
        self.tree.selectionModel().setCurrentIndex(
            index,
            QItemSelectionModel.SelectionFlag.ClearAndSelect
            | QItemSelectionModel.SelectionFlag.Rows,
        )
        self.tree.scrollTo(index)

    def _fit_columns(self) -> None:
        """Client, tier, purpose and due fit their text up to a cap; the reason gets the rest."""
        em = self.fontMetrics().horizontalAdvance("M")
        header = self.tree.header()
        for col, cap in ((0, 20 * em), (1, 4 * em), (2, 13 * em), (3, 13 * em)):
            self.tree.resizeColumnToContents(col)
            cap = max(cap, header.sectionSizeFromContents(col).width())
            self.tree.setColumnWidth(col, min(self.tree.columnWidth(col), cap))

    # --- selection ---------------------------------------------------------------------------
    def _first_touch(self) -> QModelIndex:
        if not self.model.groups:
            return QModelIndex()
        return self.model.index(0, 0, self.model.index(0, 0))

    def _flat(self) -> list[QModelIndex]:
        out: list[QModelIndex] = []
        for gi in range(self.model.rowCount()):
            parent = self.model.index(gi, 0)
            out.extend(self.model.index(r, 0, parent) for r in range(self.model.rowCount(parent)))
        return out

    def current_touch(self) -> TouchView | None:
        return self.model.touch_at(self.tree.currentIndex())

    def select_touch(self, touch_id: int) -> bool:
        index = self.model.index_of(touch_id)
        if index.isValid():
            self.tree.setCurrentIndex(index)
        return index.isValid()

    def _step(self, delta: int) -> None:
        flat = self._flat()
        if not flat:
            return
        current = self.tree.currentIndex()
        rows = [(i.parent().row(), i.row()) for i in flat]
        key = (current.parent().row(), current.row()) if current.parent().isValid() else None
        pos = rows.index(key) if key in rows else -1
        target = max(0, min(len(flat) - 1, pos + delta)) if pos >= 0 else 0
        self.tree.setCurrentIndex(flat[target])

    def next_touch(self) -> None:
        self._step(1)

    def previous_touch(self) -> None:
        self._step(-1)

    def _current_changed(self, current: QModelIndex, _previous: QModelIndex) -> None:
        if current.isValid() and current.internalId() == 0:
            # A channel heading: move to its first touch instead.
            child = self.model.index(0, 0, current.siblingAtColumn(0))
            if child.isValid():
                self.tree.setCurrentIndex(child)
                return
        self._show(self.model.touch_at(current))

    def _show(self, touch: TouchView | None) -> None:
        if touch is None:
            self._detail_for = None
            self.card.show_client(None)
            self.outcomes.show_touch(None, None)
            return
        # The card never shows another client than the selected row's: clear it while loading.
        self.card.show_client(None)
        self.outcomes.show_touch(touch, None)
        self._detail_for = touch.id
        client_id = touch.client_id

        def shown(
            result: tuple[ClientDetail, list[SaleView], Any], touch: TouchView = touch
        ) -> None:
            if self._detail_for == touch.id:
                detail, sales, script = result
                self.card.show_client(detail)
                self.card.show_sales(sales)
                self.outcomes.show_touch(touch, detail, script)
                self.shown.emit(touch.id)

        def failed(exc: BaseException, touch: TouchView = touch) -> None:
            if self._detail_for == touch.id:  # nothing valid to act on: no outcome buttons
                self.outcomes.show_touch(None, None)
                self.ops.failed.emit(exc)

        today_ops.touch_card(self.ops, touch.id, client_id, SALES_SHOWN, shown, failed)

    # --- logging an outcome ------------------------------------------------------------------
    def log_outcome(self, code: str, note: str) -> None:
        touch = self.current_touch()
        if touch is None or self.data is None:
            return
        reschedule_to: date | None = None
        stop_client = False
        if code == "rescheduled":
            reschedule_to = ask.pick_date(
                self,
                self.tr("Reschedule"),
                self.tr("When should this touch happen instead?"),
                self.data.today,
                self.data.today,
            )
            if reschedule_to is None:
                return
        if code == "do-not-contact":
            answer = ask.stop_whom(self, touch.client, channel_name(touch.channel))
            if answer is None:
                return
            stop_client = answer
        flat = [self.model.touch_at(i) for i in self._flat()]
        ids = [t.id for t in flat if t is not None]
        pos = ids.index(touch.id) if touch.id in ids else -1
        following = ids[pos + 1 :] + list(reversed(ids[:pos]))
        self._reselect = following[0] if following else None

        def done(result: Result[TouchView | None]) -> None:
            self.outcomes.clear_note()
            nxt = result.value
            text = self.tr("{client}: {outcome} logged.").format(
                client=touch.client, outcome=outcome_name(code)
            )
            if nxt is not None:
                text += " " + self.tr("Next touch: {channel} on {day}.").format(
                    channel=channel_name(nxt.channel), day=day_text(nxt.due, weekday=True)
                )
            self.last_status = text
            self.logged.emit(text)

        def failed(exc: BaseException) -> None:
            self._reselect = None
            ask.warn(self, self.tr("Could not log the outcome"), error_text(exc))
            self.refresh()

        planning_ops.log_outcome(
            self.ops,
            touch.id,
            touch.client_id,
            code,
            note or None,
            reschedule_to,
            stop_client,
            done,
            failed,
            undo=self.undo,
            undo_text=self.tr("Log {outcome} for {client}").format(
                outcome=outcome_name(code), client=touch.client
            ),
        )

    last_status = ""
