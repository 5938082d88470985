"""The main window: navigation (Today, Book, Planning), menus, status bar, undo stack.

Start-up is lazy: the window paints first, then the book is opened and read through
the operations layer; views are built the first time they are shown.
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import datetime
from pathlib import Path
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QEvent, QLocale, QSize, Qt, QTimer, Signal
from PySide6.QtGui import QCloseEvent, QIcon, QUndoStack
from PySide6.QtWidgets import (
    QHBoxLayout,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QMainWindow,
    QStackedWidget,
    QWidget,
)

from ui import state, window_state
from ui.book_wait import BookWaitIndicator
from ui.file_actions import FileActions
from ui.menus import Menus
from ui.navigation import ICONS, VIEWS, build_view, titles, wire_card
from ui.ops import book as book_ops
from ui.ops import settings as settings_ops
from ui.ops import today as today_ops
from ui.sales_actions import SalesActions
from ui.texts import error_text
from ui.undo import UndoActions
from ui.window_actions import WindowActions

if TYPE_CHECKING:
    from planner.services.views import Changes
    from ui.i18n import Translations
    from ui.operations import Operations
    from ui.views.book import BookView
    from ui.views.page import Page
    from ui.views.planning import PlanningView
    from ui.views.today import TodayView
    from ui.views.welcome import WelcomeView

ICON_PATH = ICONS / "contact-planner.svg"


def app_icon() -> QIcon:
    return QIcon(str(ICON_PATH)) if ICON_PATH.exists() else QIcon()


class MainWindow(QMainWindow):
    """The window owns its pages, menus and action objects; they see it as a `Window`."""

    first_painted = Signal()
    first_screen = Signal()  # Today (or the welcome page) shows data for the first time
    ready = Signal()  # the book is open and the first view has its data
    book_state = Signal(str)  # "welcome" | "book"
    _painted = False  # class-level: event() runs before __init__ has set anything

    def __init__(
        self,
        ops: Operations,
        book_path: Path | str,
        translations: Translations,
        clock: Callable[[], datetime] | None = None,
        *,
        tray: bool = True,
    ) -> None:
        super().__init__()
        self.setObjectName("main-window")
        self.ops = ops
        from ui.dialogs.connect_window import split_location

        self.book_path, self.team_url = split_location(book_path)  # team_url: postgresql://…
        self.translations = translations
        self.clock = clock
        self.want_tray = tray
        self.undo_stack = QUndoStack(self)
        self.undo = UndoActions(ops, self.undo_stack)
        self.is_empty: bool | None = None
        self.current = "today"
        self.views: dict[str, Page] = {}
        self.tray: Any = None
        self.today: TodayView = None  # type: ignore[assignment]  # built by start()
        self.welcome: WelcomeView = None  # type: ignore[assignment]
        self.reminders: Any = None
        self.window_actions = WindowActions(self)
        self.sales_actions = SalesActions(self)
        self.file_actions = FileActions(self, self.sales_actions)

        self.nav = QListWidget()
        self.nav.setObjectName("navigation")
        self.nav.setIconSize(QSize(22, 22))
        self.nav.setSpacing(2)
        self.nav.setFrameShape(QListWidget.Shape.NoFrame)
        for key in VIEWS:
            item = QListWidgetItem(QIcon(str(ICONS / f"{key}.svg")), "")
            item.setData(Qt.ItemDataRole.UserRole, key)
            item.setSizeHint(QSize(0, 40))
            self.nav.addItem(item)
        self.nav.setFixedWidth(self.fontMetrics().horizontalAdvance("M") * 14)
        self.nav.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.nav.setTextElideMode(Qt.TextElideMode.ElideRight)
        self.nav.currentRowChanged.connect(
            lambda row: self.show_view(VIEWS[row]) if row >= 0 else None
        )
        self.stack = QStackedWidget()
        self.loading = QLabel()
        self.loading.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.stack.addWidget(self.loading)
        central = QWidget()
        row = QHBoxLayout(central)
        row.setContentsMargins(0, 0, 0, 0)
        row.setSpacing(0)
        row.addWidget(self.nav)
        row.addWidget(self.stack, 1)
        self.setCentralWidget(central)

        self.busy = QLabel()
        self.book_label = QLabel()
        self.statusBar().addPermanentWidget(self.busy)
        self.statusBar().addPermanentWidget(self.book_label)
        self.menus = Menus(self, self.window_actions, self.sales_actions, self.file_actions)
        self.menus.set_book_actions(False)
        ops.changed.connect(self._changed)
        ops.failed.connect(self._failed)
        ops.busy_changed.connect(self._busy)
        self.book_wait = BookWaitIndicator(ops, self.statusBar(), self)
        ops.book_opened.connect(self._book_opened)
        self.ready.connect(self.after_first_screen)
        self.retranslate()
        window_state.restore_geometry(self)
        self.nav.setCurrentRow(0)

    # --- start-up ------------------------------------------------------------------------------
    def event(self, e: QEvent) -> bool:
        result = super().event(e)
        if not self._painted and e.type() == QEvent.Type.UpdateRequest:
            self._painted = True
            self.first_painted.emit()
            QTimer.singleShot(0, self.start)
        return result

    def start(self) -> None:
        """After the first paint: build the views, open the book on the worker, read it."""
        if self.windowIcon().isNull():  # the SVG's image plugin loads here, not before the paint
            self.setWindowIcon(app_icon())
        self.build_views()
        if not self.ops.has_book and not self._started:
            self._started = True  # the first paint and a caller may both start the window
            # A laptop book: its first screen read from the file while it opens on the
            # worker (work run at once, as in tests, would read it before the opening).
            if self.team_url is None and not self.ops.synchronous:
                shown = self.today.show_first_look
                today_ops.first_look(self.ops, self.book_path, self.clock, shown)
            self.open_book(self.team_url or self.book_path)

    def build_views(self) -> None:
        """Today and the welcome page; built after the first paint to keep start-up short."""
        if self.today is not None:
            return
        from ui.views.today import TodayView
        from ui.views.welcome import WelcomeView

        self.welcome = WelcomeView()
        self.welcome.demo_requested.connect(self.window_actions.open_demo)
        self.welcome.import_requested.connect(self.window_actions.import_clients)
        self.welcome.new_client_requested.connect(self.window_actions.new_client)
        self.stack.addWidget(self.welcome)
        self.today = TodayView(self.ops, undo=self.undo)
        wire_card(self.today.card, self.sales_actions, self.file_actions)
        self.today.logged.connect(lambda text: self.statusBar().showMessage(text, 8000))
        self.today.loaded.connect(self._first_data)
        self.views["today"] = self.today
        self.stack.addWidget(self.today)
        self.stack.setCurrentWidget(self.today)

    def open_book(self, path: Path | str) -> None:
        from ui.dialogs.connect_window import split_location

        self.book_path, self.team_url = split_location(path)
        self.undo_stack.clear()
        self.is_empty = None
        self.menus.set_book_actions(False)
        where = self.team_url or self.book_path
        self.ops.open_book(where, self.clock, on_error=self._open_failed)

    def _open_failed(self, exc: BaseException) -> None:
        from ui import ask
        from ui.dialogs.connect_window import remembered

        self.today.forget_first_look()
        where = remembered(self)  # a team book's address without its password
        ask.warn(self, self.tr("Could not open the book"), f"{where}\n\n{error_text(exc)}")
        self.book_state.emit("failed")

    def _book_opened(self, path: Path | str) -> None:
        from ui.dialogs import connect_window as team

        self._deferred_pending = True  # see after_first_screen
        if self.reminders is not None:
            self.reminders.forget_book()
        self.menus.set_book_actions(True)
        self.book_label.setText(team.status_text(self))
        self.setWindowTitle(team.window_title(self))
        state.set_value("book/last", team.remembered(self))
        team.add_recent(team.remembered(self))
        team.team_views(self)
        for view in self.views.values():
            view.stale = True
        # A new book's first run: its phone region and holidays follow the system locale.
        locale_name = (
            self.system_locale if self.system_locale is not None else QLocale.system().name()
        )
        settings_ops.adopt_locale(self.ops, locale_name)
        book_ops.is_empty(self.ops, self._emptiness)
        if self.language_from_book:
            book_ops.book_language(self.ops, self._book_language)

    def after_first_screen(self) -> None:
        """What the first screen does not need, once per book opened, after Today (or the
        welcome page) shows its data: the daily value/risk recompute and planning step (on
        the worker, queued behind Today's first page), the day's backup, then the reminders
        and the tray."""
        if not self._deferred_pending:
            return
        self._deferred_pending = False
        self.sales_actions.recompute_value_daily()
        self.window_actions.daily_backup()
        self._start_reminders()
        self._feed_reminders()  # Today's load that got here came before they listened

    system_locale: str | None = None  # None: QLocale.system(); tests fix it

    def _show_defaults(self, found: tuple[str, str]) -> None:
        self.welcome.show_defaults(*found)

    def _emptiness(self, empty: bool) -> None:
        self.is_empty = empty
        if empty:
            settings_ops.book_defaults(self.ops, self._show_defaults)
            self.stack.setCurrentWidget(self.welcome)
            self.nav.setEnabled(False)
            self.nav.hide()  # nothing to navigate to yet
            self.book_state.emit("welcome")
            self._first_screen()
            self.ready.emit()
            return
        self.nav.setEnabled(True)
        self.nav.show()
        self.book_state.emit("book")
        self.show_view(self.current, force=True)

    def _first_screen(self) -> None:
        if not self._screen_shown:
            self._screen_shown = True
            self.first_screen.emit()

    def _first_data(self) -> None:
        self._first_screen()
        if self.today.data is not None and self.today.data.first_look:
            return  # the book is still opening: ready once its own load is shown
        if not self._frozen:
            # Everything alive now (Qt wrappers, SQLAlchemy, modules) lives as long as the
            # app: keep it out of the collector's full passes so they stay short.
            import gc

            gc.freeze()
            self._frozen = True
        self.ready.emit()

    _frozen = False
    _started = False
    _screen_shown = False
    _deferred_pending = False

    language_from_book = False  # set by app.main when neither --lang nor a saved choice

    def _book_language(self, code: str) -> None:
        if code and code != self.translations.language:
            self.set_language(code)

    def _start_reminders(self) -> None:
        from PySide6.QtWidgets import QSystemTrayIcon

        from ui.tray import Reminders, Tray

        if self.reminders is None:
            clock = self.clock or (lambda: datetime.now().astimezone())
            self.reminders = Reminders(self.ops, clock, self)
            self.reminders.count_changed.connect(self._due_count)
            self.reminders.new_day.connect(self.today.refresh)
            self.reminders.new_day.connect(self.sales_actions.recompute_value_daily)
            self.today.loaded.connect(self._feed_reminders)
            if self.want_tray and QSystemTrayIcon.isSystemTrayAvailable():
                self.tray = Tray(self.reminders, app_icon(), self)
            self.reminders.start(load=False)  # fed after each Today load (see _feed_reminders)

    def _feed_reminders(self) -> None:
        if self.reminders is None or self.today.data is None:
            return
        # Today holds a page of the day; the reminders read the day's count and the
        # meetings still ahead on the worker after Today's first screen, never before it.
        today_ops.reminders(self.ops, self.reminders.feed)

    def _due_count(self, n: int) -> None:
        item = self.nav.item(0)
        base = self.tr("Today")
        item.setText(f"{base}  ({n})" if n else base)
        item.setToolTip(self.tr("%n touch(es) due today", "", n))

    # --- views -------------------------------------------------------------------------------
    @property
    def widget(self) -> QMainWindow:
        return self

    def view(self, key: str) -> Page:
        """The view for `key`, built the first time it is asked for."""
        if key not in self.views:
            v = build_view(key, self, self.sales_actions, self.file_actions)
            self.views[key] = v
            self.stack.addWidget(v)
            window_state.restore_view_state(key, v)
        return self.views[key]

    @property
    def book_view(self) -> BookView:
        return self.view("book")  # type: ignore[return-value]

    @property
    def planning_view(self) -> PlanningView:
        return self.view("planning")  # type: ignore[return-value]

    def show_view(self, key: str, *, force: bool = False) -> None:
        if self.today is None or (self.is_empty and key != "book"):
            return  # before start(): nothing to show yet
        if key == self.current and not force and self.stack.currentWidget() is self.views.get(key):
            return
        self.current = key
        v = self.view(key)
        self.stack.setCurrentWidget(v)
        self.nav.blockSignals(True)
        self.nav.setCurrentRow(VIEWS.index(key))
        self.nav.blockSignals(False)
        if self.ops.has_book and v.stale:
            v.refresh()

    def _changed(self, changes: Changes) -> None:
        if self.is_empty and (changes.clients or changes.all_clients):
            book_ops.is_empty(self.ops, self._emptiness)
        for v in self.views.values():
            v.on_changes(changes)
        if self.today is not None and self.today.stale:
            # Today (hidden) reads again when shown; the tray's count, the navigation's
            # and the meetings reminded of follow the change now.
            self._feed_reminders()

    def refresh_views(self) -> None:
        for key, v in self.views.items():
            if key == self.current:
                v.refresh()
            else:
                v.stale = True

    # --- status ------------------------------------------------------------------------------
    def _busy(self, busy: bool) -> None:
        self.busy.setText(self.tr("Working…") if busy else "")

    def _failed(self, exc: BaseException) -> None:
        from ui import ask
        from ui.texts import error_details, is_database_error

        title = self.tr("Something went wrong")
        if is_database_error(exc):
            ask.error(self, title, error_text(exc), error_details(exc))
        else:
            ask.warn(self, title, error_text(exc))

    # --- language ----------------------------------------------------------------------------
    def set_language(self, code: str) -> None:
        self.translations.apply(code)
        state.set_value("ui/language", code)

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

    def retranslate(self) -> None:
        self.loading.setText(self.tr("Opening the book…"))
        for i, name in enumerate(titles()):
            self.nav.item(i).setText(name)
        if not self.windowTitle():
            self.setWindowTitle(self.tr("Contact Planner"))
        elif self.ops.has_book:
            from ui.dialogs.connect_window import window_title

            self.setWindowTitle(window_title(self))
        if hasattr(self, "menus"):
            self.menus.retranslate()
        if self.tray is not None:
            self.tray.retranslate()
        if self.reminders is not None and self.reminders.data is not None:
            self._due_count(self.reminders.data.count)

    # --- window state ------------------------------------------------------------------------
    def save_state(self) -> None:
        window_state.save_state(self, self.views)

    def closeEvent(self, event: QCloseEvent) -> None:
        self.save_state()
        if self.reminders is not None:
            self.reminders.timer.stop()
        if self.tray is not None:
            self.tray.icon.hide()
        super().closeEvent(event)
