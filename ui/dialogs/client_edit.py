"""Add or edit a client. Saving first validates through the services; every problem is
shown under its field and nothing is saved until the form is clean."""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QDate, QEvent, Qt
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDateEdit,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QVBoxLayout,
    QWidget,
)

from ui.dialogs.contacts_editor import ContactsEditor
from ui.i18n import LANGUAGES, language_name
from ui.money import ui_language
from ui.problems import field_problems, shown
from ui.texts import error_text, status_name, tier_name

if TYPE_CHECKING:
    from planner.app import Services
    from planner.problems import Problem
    from planner.services.views import ClientDetail, ClientInput, TierView
    from ui.operations import Operations

ERROR_STYLE = "color: #d03c3c;"  # accent red, readable on light and dark palettes
STATUSES = ("active", "archived", "do-not-contact")
FIELDS = (
    "name",
    "company",
    "tier",
    "status",
    "contacts",
    "birthday",
    "timezone",
    "language",
    "salutation",
    "tags",
)


class ClientEditDialog(QDialog):
    def __init__(
        self,
        ops: Operations,
        tiers: list[TierView],
        detail: ClientDetail | None,
        on_saved: Callable[[ClientInput], None],
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.setObjectName("client-edit")
        self.ops = ops
        self.detail = detail
        self.on_saved = on_saved
        self.tiers = tiers
        self.problems: dict[str, Problem | str] = {}
        self.setMinimumWidth(720)

        self.name = QLineEdit()
        self.company = QLineEdit()
        self.tier = QComboBox()
        self.status = QComboBox()
        for code in STATUSES:
            self.status.addItem(status_name(code), code)
        self.contacts = ContactsEditor()
        self.tags = QLineEdit()
        self.has_birthday = QCheckBox()
        self.birthday = QDateEdit()
        self.birthday.setCalendarPopup(True)
        self.birthday.setDateRange(QDate(1900, 1, 1), QDate(2100, 12, 31))
        self.birthday.setDate(QDate(1990, 1, 1))
        self.year_known = QCheckBox()
        self.year_known.setChecked(True)
        self.has_birthday.toggled.connect(self.birthday.setEnabled)
        self.has_birthday.toggled.connect(self.year_known.setEnabled)
        bday = QHBoxLayout()
        bday.addWidget(self.has_birthday)
        bday.addWidget(self.birthday)
        bday.addWidget(self.year_known)
        bday.addStretch(1)
        self.timezone = QComboBox()
        self.timezone.setEditable(True)
        self.language = QComboBox()
        self.language.addItem("—", "")
        for code in LANGUAGES:
            self.language.addItem(language_name(code), code)
        self.salutation = QLineEdit()
        self.salutation.setObjectName("salutation")
        self.salutation.setMaxLength(100)
        self.name.textChanged.connect(self._update_salutation_hint)
        self.language.currentIndexChanged.connect(self._update_salutation_hint)
        self.notes = QPlainTextEdit()
        self.notes.setMaximumHeight(90)

        self.errors: dict[str, QLabel] = {}
        self.form = QFormLayout()
        self.form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.ExpandingFieldsGrow)
        self.labels: dict[str, QLabel] = {}
        widgets: dict[str, Any] = {
            "name": self.name,
            "company": self.company,
            "tier": self.tier,
            "status": self.status,
            "contacts": self.contacts,
            "tags": self.tags,
            "birthday": bday,
            "timezone": self.timezone,
            "language": self.language,
            "salutation": self.salutation,
            "notes": self.notes,
        }
        for key, w in widgets.items():
            box = QVBoxLayout()
            box.setSpacing(2)
            if isinstance(w, QHBoxLayout):
                box.addLayout(w)
            else:
                box.addWidget(w)
            err = QLabel()
            err.setObjectName(f"error-{key}")
            err.setStyleSheet(ERROR_STYLE)
            err.setWordWrap(True)
            err.hide()
            box.addWidget(err)
            self.errors[key] = err
            label = QLabel()
            self.labels[key] = label
            self.form.addRow(label, box)
        self.general_error = QLabel()
        self.general_error.setStyleSheet(ERROR_STYLE)
        self.general_error.setWordWrap(True)
        self.general_error.hide()
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel
        )
        self.buttons.accepted.connect(self.save)
        self.buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addLayout(self.form)
        layout.addWidget(self.general_error)
        layout.addWidget(self.buttons)
        self.retranslate()
        self._fill()

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

    def retranslate(self) -> None:
        self.setWindowTitle(self.tr("Edit client") if self.detail else self.tr("New client"))
        texts = {
            "name": self.tr("&Name"),
            "company": self.tr("&Company"),
            "tier": self.tr("&Tier"),
            "status": self.tr("&Status"),
            "contacts": self.tr("Contact points"),
            "tags": self.tr("Ta&gs"),
            "birthday": self.tr("Birthday"),
            "timezone": self.tr("Time &zone"),
            "language": self.tr("&Language"),
            "salutation": self.tr("Sal&utation"),
            "notes": self.tr("N&otes"),
        }
        for key, text in texts.items():
            self.labels[key].setText(text)
        buddies = {
            "name": self.name,
            "company": self.company,
            "tier": self.tier,
            "status": self.status,
            "tags": self.tags,
            "timezone": self.timezone,
            "language": self.language,
            "salutation": self.salutation,
            "notes": self.notes,
        }
        for key, widget in buddies.items():
            self.labels[key].setBuddy(widget)
        self.tags.setPlaceholderText(self.tr("Comma-separated, e.g. vip, dental"))
        self.has_birthday.setText(self.tr("Known"))
        self.year_known.setText(self.tr("Year known"))
        zone = self.timezone.lineEdit()  # an editable combo has one
        if zone is not None:
            zone.setPlaceholderText(self.tr("The salesperson's time zone"))
        for i, code in enumerate(STATUSES):
            self.status.setItemText(i, status_name(code))
        self._show_problems(self.problems)

    def _fill(self) -> None:
        for t in self.tiers:
            self.tier.addItem(f"{t.code} · {tier_name(t.name)}", t.code)
        self.timezone.addItem("")
        self.timezone.addItems(_common_zones())
        d = self.detail
        self.has_birthday.setChecked(False)
        self.birthday.setEnabled(False)
        self.year_known.setEnabled(False)
        if d is None:
            self.tier.setCurrentIndex(max(0, self.tier.findData("C")))
            self.contacts.add_row("call", "", None, False, True)
            return
        self.name.setText(d.name)
        self.company.setText(d.company or "")
        self.tier.setCurrentIndex(max(0, self.tier.findData(d.tier)))
        self.status.setCurrentIndex(max(0, self.status.findData(d.status)))
        self.contacts.set_contacts(d.contacts)
        self.tags.setText(", ".join(d.tags))
        if d.birthday is not None:
            year, month, day = d.birthday
            self.has_birthday.setChecked(True)
            self.year_known.setChecked(year is not None)
            self.birthday.setDate(QDate(year or 2000, month, day))
        self.timezone.setEditText(d.timezone or "")
        self.language.setCurrentIndex(max(0, self.language.findData(d.language or "")))
        self.salutation.setText(d.salutation or "")
        self.notes.setPlainText(d.notes or "")

    def client_input(self) -> ClientInput:
        from planner.services.views import ClientInput

        birthday = None
        if self.has_birthday.isChecked():
            q = self.birthday.date()
            birthday = (q.year() if self.year_known.isChecked() else None, q.month(), q.day())
        return ClientInput(
            name=self.name.text(),
            tier=self.tier.currentData() or "",
            company=self.company.text() or None,
            contacts=self.contacts.contacts(),
            tags=tuple(t.strip() for t in self.tags.text().split(",") if t.strip()),
            notes=self.notes.toPlainText() or None,
            birthday=birthday,
            timezone=self.timezone.currentText().strip() or None,
            language=self.language.currentData() or None,
            status=self.status.currentData(),
            salutation=self.salutation.text().strip() or None,
        )

    def _update_salutation_hint(self) -> None:
        """Empty means the language's default: the hint shows what that will be."""
        from planner.sales.salutation import default_salutation

        language = self.language.currentData() or ui_language()
        self.salutation.setPlaceholderText(default_salutation(self.name.text(), language))

    # --- saving ------------------------------------------------------------------------------
    def save(self) -> None:
        """Validate through the services first; only a clean form is handed on to be saved."""
        data = self.client_input()
        self.buttons.setEnabled(False)

        def check(services: Services) -> ClientInput:
            return services.clients.validate(data)

        def ok(_clean: ClientInput) -> None:
            self.buttons.setEnabled(True)
            self._show_problems({})
            self.on_saved(data)
            self.accept()

        def bad(exc: BaseException) -> None:
            self.buttons.setEnabled(True)
            problems = field_problems(exc)
            self._show_problems({"": error_text(exc)} if problems is None else dict(problems))

        self.ops.query(check, ok, bad)

    def _show_problems(self, problems: dict[str, Problem | str]) -> None:
        self.problems = problems
        contact_rows = self.contacts.source_rows()
        per_field: dict[str, list[str]] = {}
        bad_rows: set[int] = set()
        general: list[str] = []
        for key, message in problems.items():
            text = shown(message)
            if key.startswith("contacts."):
                i = int(key.split(".", 1)[1])
                row = contact_rows[i] if i < len(contact_rows) else i
                bad_rows.add(row)
                per_field.setdefault("contacts", []).append(
                    self.tr("Row {row}: {problem}").format(row=row + 1, problem=text)
                )
            elif key in self.errors:
                per_field.setdefault(key, []).append(text)
            else:
                general.append(text)
        for key, label in self.errors.items():
            msgs = per_field.get(key)
            label.setText("\n".join(msgs or []))
            label.setVisible(bool(msgs))
        self.contacts.mark_rows(bad_rows)
        self.general_error.setText("\n".join(general))
        self.general_error.setVisible(bool(general))
        if problems:
            first = next((k for k in FIELDS if k in per_field), None)
            target = {"name": self.name, "company": self.company, "tags": self.tags}.get(
                first or ""
            )
            if target is not None:
                target.setFocus(Qt.FocusReason.OtherFocusReason)

    def error_text(self, field: str) -> str:
        label = self.errors.get(field)
        return label.text() if label is not None and not label.isHidden() else ""


def _common_zones() -> list[str]:
    return [
        "Europe/Warsaw",
        "Europe/Moscow",
        "Europe/London",
        "Europe/Berlin",
        "Europe/Kyiv",
        "Europe/Minsk",
        "Asia/Yekaterinburg",
        "Asia/Novosibirsk",
        "Asia/Vladivostok",
        "America/New_York",
        "America/Chicago",
        "America/Los_Angeles",
        "UTC",
    ]
