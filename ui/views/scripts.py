"""Call scripts: edit the templates (per language × purpose × optional tier) with the list
of variables and a live preview on a chosen client; save, or go back to the default."""

from __future__ import annotations

from dataclasses import replace
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QEvent, Qt, QTimer, Signal
from PySide6.QtGui import QFontDatabase, QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QComboBox,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QPlainTextEdit,
    QPushButton,
    QSplitter,
    QTextBrowser,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
)

from planner.sales.script_errors import ScriptError
from planner.services.scripts import PURPOSES
from ui import ask
from ui.i18n import LANGUAGES, language_name
from ui.ops import scripts as scripts_ops
from ui.script_texts import insertion, script_problem_text, variable_description
from ui.texts import error_text, purpose_name, tier_name
from ui.views.catalog import title_font_label
from ui.views.page import Page
from ui.widgets.client_picker import ClientPicker
from ui.widgets.form import ERROR_STYLE

if TYPE_CHECKING:
    from planner.services.result import Result
    from planner.services.scripts import TemplateText
    from planner.services.views import Changes, TierView
    from ui.operations import Operations

PREVIEW_DELAY_MS = 350
PREVIEW_PURPOSE = "check-in"  # the shared skeleton is previewed as a check-in


class ScriptEditorView(Page):
    loaded = Signal()  # a template is in the editor
    previewed = Signal()  # the preview (or its error) is on screen
    status = Signal(str)

    def __init__(self, ops: Operations, parent: QWidget | None = None) -> None:
        super().__init__(ops, parent)
        self.tiers: list[TierView] = []
        self.template: TemplateText | None = None
        self.saved_text = ""
        self._where: tuple[str, str | None, str | None] = ("en", None, None)
        self._generation = 0

        self.title = title_font_label()
        self.language = QComboBox()
        for code in LANGUAGES:
            self.language.addItem(language_name(code), code)
        self.purpose = QComboBox()
        self.purpose.addItem("", None)
        for code in PURPOSES:
            self.purpose.addItem("", code)
        self.tier = QComboBox()
        self.tier.addItem("", None)
        for combo in (self.language, self.purpose, self.tier):
            combo.currentIndexChanged.connect(lambda _i: self._choice_changed())
        self.state = QLabel()
        bar = QHBoxLayout()
        bar.addWidget(self.title)
        bar.addSpacing(12)
        for w in (self.language, self.purpose, self.tier):
            bar.addWidget(w)
        bar.addSpacing(8)
        bar.addWidget(self.state, 1)

        self.editor = QPlainTextEdit()
        self.editor.setObjectName("script-editor")
        self.editor.setFont(QFontDatabase.systemFont(QFontDatabase.SystemFont.FixedFont))
        self.editor.setLineWrapMode(QPlainTextEdit.LineWrapMode.WidgetWidth)
        self.editor.textChanged.connect(self._edited)
        self.error = QLabel()
        self.error.setObjectName("script-error")
        self.error.setStyleSheet(ERROR_STYLE)
        self.error.setWordWrap(True)
        self.error.hide()
        self.save_button = QPushButton()
        self.revert_button = QPushButton()
        self.reset_button = QPushButton()
        self.save_button.clicked.connect(self.save)
        self.revert_button.clicked.connect(self.revert)
        self.reset_button.clicked.connect(self.reset_to_default)
        buttons = QHBoxLayout()
        for b in (self.save_button, self.revert_button, self.reset_button):
            buttons.addWidget(b)
        buttons.addStretch(1)
        left = QWidget()
        ll = QVBoxLayout(left)
        ll.setContentsMargins(0, 0, 0, 0)
        ll.addWidget(self.editor, 1)
        ll.addWidget(self.error)
        ll.addLayout(buttons)

        self.variables = QTreeWidget()
        self.variables.setColumnCount(2)
        self.variables.setRootIsDecorated(False)
        self.variables.setAlternatingRowColors(True)
        self.variables.itemActivated.connect(self._insert_variable)
        self.preview_box = QGroupBox()
        self.picker = ClientPicker(ops)
        self.picker.chosen.connect(lambda _id: self.schedule_preview())
        self.preview = QTextBrowser()
        self.preview.setObjectName("script-preview")
        pl = QVBoxLayout(self.preview_box)
        pl.addWidget(self.picker)
        pl.addWidget(self.preview, 1)
        right = QSplitter(Qt.Orientation.Vertical)
        right.addWidget(self.variables)
        right.addWidget(self.preview_box)
        right.setStretchFactor(0, 2)
        right.setStretchFactor(1, 3)
        self.splitter = QSplitter(Qt.Orientation.Horizontal)
        self.splitter.setObjectName("scripts-splitter")
        self.splitter.addWidget(left)
        self.splitter.addWidget(right)
        self.splitter.setSizes([640, 560])

        self._debounce = QTimer(self)
        self._debounce.setSingleShot(True)
        self._debounce.setInterval(PREVIEW_DELAY_MS)
        self._debounce.timeout.connect(self.run_preview)
        save = QShortcut(QKeySequence(QKeySequence.StandardKey.Save), self)
        save.setContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
        save.activated.connect(self.save)

        layout = QVBoxLayout(self)
        layout.addLayout(bar)
        layout.addWidget(self.splitter, 1)
        self._fill_variables()
        self.retranslate()

    # --- language ----------------------------------------------------------------------------
    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

    def retranslate(self) -> None:
        self.title.setText(self.tr("Call scripts"))
        self.purpose.setItemText(0, self.tr("Shared skeleton (all purposes)"))
        for i, code in enumerate(PURPOSES, start=1):
            self.purpose.setItemText(i, purpose_name(code))
        self.tier.setItemText(0, self.tr("Every tier"))
        for i, t in enumerate(self.tiers, start=1):
            self.tier.setItemText(
                i, self.tr("Tier {tier}").format(tier=f"{t.code} · {tier_name(t.name)}")
            )
        self.variables.setHeaderLabels([self.tr("Variable"), self.tr("Meaning")])
        self.variables.setToolTip(self.tr("Double-click or press Enter to insert a variable"))
        self.preview_box.setTitle(self.tr("Preview on a client"))
        self.save_button.setText(self.tr("&Save"))
        self.save_button.setToolTip(self.tr("Save this template (Ctrl+S)"))
        self.revert_button.setText(self.tr("Re&vert changes"))
        self.reset_button.setText(self.tr("Reset to &default"))
        self._fill_variables()
        self._update_state()

    def _fill_variables(self) -> None:
        from planner.services.scripts import ScriptService

        self.variables.clear()
        for v in ScriptService.variables():
            item = QTreeWidgetItem([v.name, variable_description(v)])
            item.setData(0, Qt.ItemDataRole.UserRole, insertion(v))
            item.setToolTip(1, variable_description(v))
            self.variables.addTopLevelItem(item)
        self.variables.resizeColumnToContents(0)

    def variable_names(self) -> list[str]:
        return [
            item.text(0)
            for i in range(self.variables.topLevelItemCount())
            if (item := self.variables.topLevelItem(i)) is not None
        ]

    def _update_state(self) -> None:
        t = self.template
        if t is None:
            self.state.setText("")
        elif self.dirty:
            self.state.setText(self.tr("Changed, not saved"))
        elif t.is_default:
            self.state.setText(self.tr("The default template (not changed)"))
        else:
            self.state.setText(self.tr("Your template"))
        self.revert_button.setEnabled(self.dirty)
        self.reset_button.setEnabled(t is not None and not t.is_default)
        self.tier.setEnabled(self.purpose.currentData() is not None)

    @property
    def dirty(self) -> bool:
        return self.template is not None and self.editor.toPlainText() != self.saved_text

    # --- loading -----------------------------------------------------------------------------
    def load(self) -> None:

        def got(result: tuple[list[TierView], list[tuple[int, str]], str]) -> None:
            tiers, first, language = result
            self._set_tiers(tiers)
            if self.picker.client_id is None and first:
                self.picker.set_client(*first[0])
            if self.template is None:
                self.language.blockSignals(True)
                self.language.setCurrentIndex(max(0, self.language.findData(language)))
                self.language.blockSignals(False)
            self.load_template()

        scripts_ops.first_screen(self.ops, got)

    def _set_tiers(self, tiers: list[TierView]) -> None:
        self.tiers = tiers
        current = self.tier.currentData()
        self.tier.blockSignals(True)
        while self.tier.count() > 1:
            self.tier.removeItem(1)
        for t in tiers:
            self.tier.addItem("", t.code)
        self.tier.setCurrentIndex(max(0, self.tier.findData(current)))
        self.tier.blockSignals(False)
        self.retranslate()

    def concerns(self, changes: Changes) -> bool:
        return changes.settings

    def editing(self) -> bool:
        return self.dirty

    def where(self) -> tuple[str, str | None, str | None]:
        purpose = self.purpose.currentData()
        tier = self.tier.currentData() if purpose is not None else None
        return str(self.language.currentData()), purpose, tier

    def choose(self, language: str, purpose: str | None, tier: str | None = None) -> None:
        """Open the template of this language, purpose and tier (tests, other screens)."""
        for combo, value in ((self.language, language), (self.purpose, purpose)):
            combo.blockSignals(True)
            combo.setCurrentIndex(max(0, combo.findData(value)))
            combo.blockSignals(False)
        self.tier.setCurrentIndex(max(0, self.tier.findData(tier)))
        self._choice_changed(force=True)

    def _choice_changed(self, force: bool = False) -> None:
        if not force and self.where() == self._where:
            return
        if self.dirty and not ask.confirm(
            self,
            self.tr("Unsaved changes"),
            self.tr("Discard your changes to this template?"),
            self.tr("Discard"),
        ):
            self._restore_choice()
            return
        self.load_template()

    def _restore_choice(self) -> None:
        language, purpose, tier = self._where
        for combo, value in ((self.language, language), (self.purpose, purpose), (self.tier, tier)):
            combo.blockSignals(True)
            combo.setCurrentIndex(max(0, combo.findData(value)))
            combo.blockSignals(False)

    def load_template(self) -> None:
        where = self.where()
        self._where = where

        def got(t: TemplateText) -> None:
            if self.where() != where:
                return
            self.template = t
            self.saved_text = t.text
            self.editor.blockSignals(True)
            self.editor.setPlainText(t.text)
            self.editor.blockSignals(False)
            self._update_state()
            self.loaded.emit()
            self.run_preview()

        scripts_ops.template(self.ops, where, got)

    # --- editing and preview -----------------------------------------------------------------
    def _edited(self) -> None:
        self._update_state()
        self.schedule_preview()

    def _insert_variable(self, item: QTreeWidgetItem, _column: int) -> None:
        self.editor.insertPlainText(str(item.data(0, Qt.ItemDataRole.UserRole)))
        self.editor.setFocus()

    def schedule_preview(self) -> None:
        self._debounce.start()

    def run_preview(self) -> None:
        """Render the editor's text on the chosen client (debounced, on the worker)."""
        self._debounce.stop()
        client_id = self.picker.client_id
        if client_id is None or self.template is None:
            return
        self._generation += 1
        generation = self._generation
        text = self.editor.toPlainText()
        language, purpose, _tier = self.where()

        def got(result: Any) -> None:
            if generation != self._generation:
                return
            self._show_result(result)

        def failed(exc: BaseException) -> None:
            if generation == self._generation:
                self._show_error(error_text(exc))

        scripts_ops.preview(
            self.ops, text, client_id, purpose or PREVIEW_PURPOSE, language, got, failed
        )

    def _show_result(self, result: Any) -> None:
        rendered = getattr(result, "text", None)
        if rendered is None:  # a ScriptError
            self._show_error(script_problem_text(result))
            return
        self.error.hide()
        self.preview.setEnabled(True)
        self.preview.setPlainText(rendered)
        self.previewed.emit()

    def _show_error(self, text: str) -> None:
        """The last good preview stays, greyed out, under the error."""
        self.error.setText(text)
        self.error.show()
        self.preview.setEnabled(False)
        self.previewed.emit()

    # --- saving ------------------------------------------------------------------------------
    def save(self) -> None:
        if self.template is None:
            return
        text = self.editor.toPlainText()
        where = self.where()

        def done(result: Result[ScriptError | None]) -> None:
            if result.value is not None:  # refused: it does not compile
                self._show_error(script_problem_text(result.value))
                return
            self.saved_text = text
            if self.template is not None:
                self.template = replace(self.template, text=text, is_default=False)
            self._update_state()
            self.status.emit(self.tr("Call script saved."))

        def failed(exc: BaseException) -> None:
            self._show_error(error_text(exc))

        scripts_ops.save_template(self.ops, text, where, done, failed)

    def revert(self) -> None:
        self.editor.setPlainText(self.saved_text)

    def reset_to_default(self) -> None:
        if self.template is None or self.template.is_default:
            return
        if not ask.confirm(
            self,
            self.tr("Reset to default"),
            self.tr("Forget your version of this template and use the default one again?"),
            self.tr("Reset"),
        ):
            return
        where = self.where()

        def done(_result: Result[None]) -> None:
            self.load_template()

        scripts_ops.reset_template(self.ops, where, done)
