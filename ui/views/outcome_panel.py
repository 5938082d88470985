"""Beside the client card in Today: the call script, a note, and one button per outcome."""

from __future__ import annotations

import html
from typing import TYPE_CHECKING

from PySide6.QtCore import QEvent, Qt, Signal
from PySide6.QtGui import QKeySequence
from PySide6.QtWidgets import (
    QGridLayout,
    QGroupBox,
    QLineEdit,
    QPushButton,
    QTextBrowser,
    QVBoxLayout,
    QWidget,
)

from ui.formats import day_text, local_time_text
from ui.reasons import reason_text
from ui.script_texts import script_problem_text
from ui.texts import channel_name, outcome_name, purpose_name

if TYPE_CHECKING:
    from planner.sales.script_errors import ScriptError
    from planner.services.scripts import RenderedScript
    from planner.services.views import ClientDetail, TouchView

OUTCOMES = (
    "reached",
    "no-answer",
    "left-message",
    "rescheduled",
    "meeting-set",
    "order",
    "not-interested",
    "complaint",
    "do-not-contact",
)


def shortcut_for(i: int) -> QKeySequence:
    return QKeySequence(f"Ctrl+{i + 1}")


class OutcomePanel(QWidget):
    outcome_chosen = Signal(str, str)  # outcome code, note

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.touch: TouchView | None = None
        self.detail: ClientDetail | None = None
        self.rendered: RenderedScript | ScriptError | None = None
        self._note_for: int | None = None  # the touch the note is being typed for
        self.script_box = QGroupBox()
        self.script = QTextBrowser()
        self.script.setOpenExternalLinks(False)
        self.script.setMinimumHeight(110)
        sl = QVBoxLayout(self.script_box)
        sl.addWidget(self.script)
        self.outcome_box = QGroupBox()
        self.note = QLineEdit()
        self.note.setClearButtonEnabled(True)
        self.buttons: dict[str, QPushButton] = {}
        grid = QGridLayout()
        grid.setHorizontalSpacing(6)
        grid.setVerticalSpacing(6)
        for i, code in enumerate(OUTCOMES):
            b = QPushButton()
            b.setAutoDefault(False)
            b.clicked.connect(lambda _c=False, code=code: self._choose(code))
            self.buttons[code] = b
            grid.addWidget(b, i // 3, i % 3)
        ol = QVBoxLayout(self.outcome_box)
        ol.addWidget(self.note)
        ol.addLayout(grid)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.script_box, 1)
        layout.addWidget(self.outcome_box)
        self.retranslate()
        self.show_touch(None, None)

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
            self.show_touch(self.touch, self.detail, self.rendered)
        super().changeEvent(event)

    def retranslate(self) -> None:
        self.script_box.setTitle(self.tr("Call script"))
        self.outcome_box.setTitle(self.tr("Outcome"))
        self.note.setPlaceholderText(self.tr("Note for this touch (optional)"))
        for i, (code, b) in enumerate(self.buttons.items()):
            key = shortcut_for(i).toString(QKeySequence.SequenceFormat.NativeText)
            b.setText(f"{outcome_name(code)}  ({key})")
            b.setShortcut(shortcut_for(i))  # after setText, which resets it to a mnemonic
            b.setToolTip(
                self.tr("Log “{outcome}” for this touch ({key})").format(
                    outcome=outcome_name(code), key=key
                )
            )

    def _choose(self, code: str) -> None:
        if self.touch is None:
            return
        self.outcome_chosen.emit(code, self.note.text().strip())

    def clear_note(self) -> None:
        self.note.clear()

    def show_touch(
        self,
        touch: TouchView | None,
        detail: ClientDetail | None,
        rendered: RenderedScript | ScriptError | None = None,
    ) -> None:
        """`rendered` is the client's call script (services.scripts.render), or why not.

        A note typed for one touch is cleared when another touch is shown: it would
        otherwise be logged with the next outcome, on the wrong touch. The same touch
        shown again (its card loaded, the list read again) keeps it."""
        shown = None if touch is None else touch.id
        if shown != self._note_for:
            self.note.clear()
            self._note_for = shown
        self.touch, self.detail, self.rendered = touch, detail, rendered
        for b in self.buttons.values():
            b.setEnabled(touch is not None)
        self.note.setEnabled(touch is not None)
        if touch is None:
            self.script.setHtml(
                "<p style='color:gray'>"
                + html.escape(self.tr("Select a touch on the left."))
                + "</p>"
            )
            return
        self.script.setHtml(self.script_html(touch, detail, rendered))

    def script_html(
        self,
        t: TouchView,
        detail: ClientDetail | None,
        rendered: RenderedScript | ScriptError | None = None,
    ) -> str:
        """When and why, then the rendered script in the client's language (or what is
        wrong with its template, and the basics to call with meanwhile)."""
        e = html.escape
        when = day_text(t.due, weekday=True)
        if t.due_at is not None:
            when += f", {local_time_text(t.due_at)}"
        label_when, label_why = self.tr("When"), self.tr("Why")
        head = [
            f"<h3>{e(purpose_name(t.purpose))} · {e(channel_name(t.channel))}</h3>",
            f"<p><b>{e(label_when)}:</b> {e(when)}<br>",
            f"<b>{e(label_why)}:</b> {e(reason_text(t.reasons, t.reason))}</p>",
        ]
        if t.note:
            label_note = self.tr("Touch note")
            head.append(f"<p><b>{e(label_note)}:</b> {e(t.note)}</p>")
        text = getattr(rendered, "text", None)
        if text is not None:
            source = self.tr("Script: {template}").format(template=rendered.template)  # type: ignore[union-attr]
            return (
                "".join(head)
                + f"<hr><p style='white-space: pre-wrap'>{e(text.strip())}</p>"
                + f"<p style='color:gray; font-size: small'>{e(source)}</p>"
            )
        if rendered is not None:  # a ScriptError: the template needs fixing
            problem = script_problem_text(rendered)  # type: ignore[arg-type]
            warning = self.tr(
                "The call script template has a problem ({problem}); fix it in Scripts."
            ).format(problem=problem)
            head.append(f"<p style='color:#d03c3c'>{e(warning)}</p>")
        return "".join(head) + self.basics_html(t, detail)

    def basics_html(self, t: TouchView, detail: ClientDetail | None) -> str:
        """Without a script: a greeting, the client's notes and the last outcome."""
        e = html.escape
        first = (detail.name.split() or [""])[0] if detail else t.client
        label_notes, label_last = self.tr("Client notes"), self.tr("Last time")
        hello = self.tr("Hello {name}, this is a quick {purpose} call.").format(
            name=first, purpose=purpose_name(t.purpose).lower()
        )
        parts = [f"<p>{e(hello)}</p>"]
        if detail is not None and detail.notes:
            parts.append(f"<p><b>{e(label_notes)}:</b> {e(detail.notes)}</p>")
        if detail is not None and detail.history:
            last = detail.history[0]
            text = outcome_name(last.outcome or "")
            if last.note:
                text += f" — {last.note}"
            when_last = day_text(last.done_on or last.due)
            parts.append(f"<p><b>{e(label_last)}</b> ({e(when_last)}): {e(text)}</p>")
        return "".join(parts)

    def focus_note(self) -> None:
        self.note.setFocus(Qt.FocusReason.ShortcutFocusReason)
