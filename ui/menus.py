"""The main window's menus and actions (File, Edit, View, Help) and their texts."""

from __future__ import annotations

from typing import TYPE_CHECKING

import shiboken6
from PySide6.QtCore import QObject
from PySide6.QtGui import QAction, QKeySequence

if TYPE_CHECKING:
    from collections.abc import Callable

    from PySide6.QtWidgets import QMenu

    from ui.file_actions import FileActions
    from ui.sales_actions import SalesActions
    from ui.shell import Window
    from ui.window_actions import WindowActions


class Menus(QObject):
    """The menu bar; each action calls one method of the window's action objects."""

    def __init__(
        self, win: Window, acts: WindowActions, sales: SalesActions, files: FileActions
    ) -> None:
        super().__init__(win.widget)
        self.win = win
        bar = win.menuBar()
        self.file = bar.addMenu("")
        self.edit = bar.addMenu("")
        self.view = bar.addMenu("")
        self.sales = bar.addMenu("")
        self.help = bar.addMenu("")

        def action(
            menu: QMenu,
            slot: Callable[[], object],
            keys: str | QKeySequence.StandardKey | list[QKeySequence] | None = None,
        ) -> QAction:
            a = QAction(win.widget)
            if isinstance(keys, list):
                a.setShortcuts(keys)
            elif keys is not None:
                a.setShortcut(QKeySequence(keys))
            a.triggered.connect(slot)
            menu.addAction(a)
            return a

        f = self.file
        self.open_book = action(f, acts.choose_book, QKeySequence.StandardKey.Open)
        self.new_book = action(f, acts.choose_new_book)
        self.demo = action(f, acts.open_demo)
        from ui.dialogs import connect_window as team

        self.connect_team = action(f, lambda: team.connect_team_book(win))
        self.recent = f.addMenu("")
        self.recent.setObjectName("recent-menu")
        self.recent.aboutToShow.connect(lambda: team.fill_recent(self.recent, win))
        f.addSeparator()
        self.import_clients = action(f, acts.import_clients, "Ctrl+I")
        self.export_report = action(f, lambda: files.export_report(), "Ctrl+Shift+E")
        self.merge_reports = action(f, lambda: files.merge_reports())
        self.export_ical = action(f, lambda: files.export_ical())
        self.export_client = action(f, files.export_current_client)
        self.export_team = action(f, lambda: team.export_team(win))  # managers only
        self.export_team.setVisible(False)
        f.addSeparator()
        self.export_book = action(f, lambda: files.export_book())
        self.import_book = action(f, lambda: files.import_book())
        self.backup = action(f, acts.backup_now)
        f.addSeparator()
        self.settings = action(f, acts.open_settings, QKeySequence.StandardKey.Preferences)
        if self.settings.shortcut().isEmpty():
            self.settings.setShortcut(QKeySequence("Ctrl+,"))
        f.addSeparator()
        self.quit = action(f, win.widget.close, QKeySequence.StandardKey.Quit)
        if self.quit.shortcut().isEmpty():
            self.quit.setShortcut(QKeySequence("Ctrl+Q"))

        e = self.edit
        stack = win.undo_stack
        self.undo = action(e, stack.undo, QKeySequence.StandardKey.Undo)
        self.redo = action(e, stack.redo, [QKeySequence("Ctrl+Shift+Z"), QKeySequence("Ctrl+Y")])
        stack.canUndoChanged.connect(self._undo_texts)
        stack.canRedoChanged.connect(self._undo_texts)
        stack.indexChanged.connect(self._undo_texts)
        e.addSeparator()
        self.new_client = action(e, acts.new_client, QKeySequence.StandardKey.New)
        self.edit_client = action(e, acts.edit_client, "Ctrl+E")
        self.delete_client = action(e, acts.delete_client, "Ctrl+Del")
        e.addSeparator()
        self.find = action(e, acts.find_client, "Ctrl+Shift+F")

        v = self.view
        self.go_today = action(v, lambda: win.show_view("today"), "Alt+1")
        self.go_book = action(v, lambda: win.show_view("book"), "Alt+2")
        self.go_planning = action(v, lambda: win.show_view("planning"), "Alt+3")
        self.go_sales = action(v, lambda: win.show_view("sales"), "Alt+4")
        self.go_catalog = action(v, lambda: win.show_view("catalog"), "Alt+5")
        self.go_scripts = action(v, lambda: win.show_view("scripts"), "Alt+6")
        v.addSeparator()
        self.refresh = action(v, win.refresh_views, QKeySequence.StandardKey.Refresh)
        if self.refresh.shortcut().isEmpty():
            self.refresh.setShortcut(QKeySequence("F5"))
        self.replan = action(v, acts.replan_book, "Ctrl+Shift+R")
        self.go_team = action(v, lambda: team.show_team(win), "Alt+7")  # managers only
        self.go_team.setVisible(False)

        sm = self.sales
        self.record_sale = action(sm, lambda: sales.record_sale(), "Ctrl+Shift+S")
        self.price_list = action(sm, lambda: sales.price_list(), "Ctrl+Shift+P")
        self.suggestions = action(sm, sales.tier_suggestions)

        h = self.help
        self.shortcuts = action(h, acts.show_shortcuts, QKeySequence.StandardKey.HelpContents)
        self.about = action(h, acts.show_about)
        self.retranslate()

    def retranslate(self) -> None:
        self.file.setTitle(self.tr("&File"))
        self.edit.setTitle(self.tr("&Edit"))
        self.view.setTitle(self.tr("&View"))
        self.help.setTitle(self.tr("&Help"))
        self.open_book.setText(self.tr("&Open book…"))
        self.new_book.setText(self.tr("&New book…"))
        self.demo.setText(self.tr("Open a &demo book"))
        self.connect_team.setText(self.tr("&Connect to a team book…"))
        self.recent.setTitle(self.tr("Open &recent"))
        self.export_team.setText(self.tr("Export the &team's workbook…"))
        self.go_team.setText(self.tr("T&eam summary"))
        self.import_clients.setText(self.tr("&Import clients…"))
        self.export_report.setText(self.tr("E&xport report…"))
        self.merge_reports.setText(self.tr("&Merge reports…"))
        self.export_ical.setText(self.tr("Export i&Calendar…"))
        self.export_client.setText(self.tr("Export this &client's data…"))
        self.export_book.setText(self.tr("Expor&t book…"))
        self.import_book.setText(self.tr("Im&port book…"))
        self.backup.setText(self.tr("&Back up now"))
        self.settings.setText(self.tr("&Settings…"))
        self.quit.setText(self.tr("&Quit"))
        self._undo_texts()
        self.new_client.setText(self.tr("&New client…"))
        self.edit_client.setText(self.tr("&Edit client…"))
        self.delete_client.setText(self.tr("&Delete client…"))
        self.find.setText(self.tr("&Find client…"))
        self.go_today.setText(self.tr("&Today"))
        self.go_book.setText(self.tr("&Book"))
        self.go_planning.setText(self.tr("&Planning"))
        self.go_sales.setText(self.tr("&Sales"))
        self.go_catalog.setText(self.tr("&Catalog"))
        self.go_scripts.setText(self.tr("Call &scripts"))
        self.sales.setTitle(self.tr("&Sales"))
        self.record_sale.setText(self.tr("&Record a sale…"))
        self.price_list.setText(self.tr("&Price list…"))
        self.suggestions.setText(self.tr("&Suggested tiers…"))
        self.refresh.setText(self.tr("&Refresh"))
        self.replan.setText(self.tr("Re-&plan the whole book"))
        self.shortcuts.setText(self.tr("&Keyboard shortcuts"))
        self.about.setText(self.tr("&About Contact Planner"))

    def _undo_texts(self, *_args: object) -> None:
        stack = self.win.undo_stack
        if not shiboken6.isValid(stack) or not shiboken6.isValid(self.undo):
            return  # the window is being destroyed
        self.undo.setEnabled(stack.canUndo())
        self.redo.setEnabled(stack.canRedo())
        undo, redo = stack.undoText(), stack.redoText()
        self.undo.setText(self.tr("&Undo {what}").format(what=undo) if undo else self.tr("&Undo"))
        self.redo.setText(self.tr("&Redo {what}").format(what=redo) if redo else self.tr("&Redo"))

    def set_book_actions(self, enabled: bool) -> None:
        for a in (
            self.import_clients,
            self.export_report,
            self.merge_reports,
            self.export_ical,
            self.export_client,
            self.export_book,
            self.import_book,
            self.record_sale,
            self.price_list,
            self.suggestions,
            self.backup,
            self.settings,
            self.new_client,
            self.edit_client,
            self.delete_client,
            self.find,
            self.refresh,
            self.replan,
        ):
            a.setEnabled(enabled)
