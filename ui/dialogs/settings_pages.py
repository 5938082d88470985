"""The Settings dialog's pages: you, the calendar and the capacities.

Each page reads the book's values into its widgets and gives back raw strings in the
form `config set` accepts, so the services parse and check them the same way.
"""

from __future__ import annotations

from datetime import date
from typing import Any

from PySide6.QtCore import QEvent, QTime
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QFileDialog,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QSizePolicy,
    QSpinBox,
    QTimeEdit,
    QVBoxLayout,
    QWidget,
)

from ui import ask
from ui.formats import day_text
from ui.i18n import LANGUAGES, language_name
from ui.texts import channel_name, weekday_short

ERROR_STYLE = "color: #d03c3c;"
WEEKDAYS = ("mon", "tue", "wed", "thu", "fri", "sat", "sun")
CHANNELS = ("call", "meeting", "video", "email", "sms", "whatsapp", "viber", "telegram", "letter")


def text_of(value: Any) -> str:
    if value is None:
        return ""
    if isinstance(value, bool):
        return "true" if value else "false"
    if isinstance(value, list):
        return ",".join(str(v) for v in value)
    return str(value)


class Page(QWidget):
    """A form whose rows carry an inline error label per setting key."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.form = QFormLayout(self)
        self.form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.ExpandingFieldsGrow)
        self.labels: dict[str, QLabel] = {}
        self.errors: dict[str, QLabel] = {}

    def row(self, key: str, widget: Any) -> None:
        box = QVBoxLayout()
        box.setSpacing(2)
        if isinstance(widget, QHBoxLayout):
            box.addLayout(widget)
        else:
            box.addWidget(widget)
        err = QLabel()
        err.setStyleSheet(ERROR_STYLE)
        err.setWordWrap(True)
        err.hide()
        box.addWidget(err)
        label = QLabel()
        self.labels[key] = label
        self.errors[key] = err
        self.form.addRow(label, box)

    def show_error(self, key: str, text: str) -> bool:
        label = self.errors.get(key)
        if label is None:
            return False
        label.setText(text)
        label.setVisible(bool(text))
        return True

    def clear_errors(self) -> None:
        for label in self.errors.values():
            label.clear()
            label.hide()

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

    def retranslate(self) -> None:  # pragma: no cover - each page overrides
        pass


class GeneralPage(Page):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.name = QLineEdit()
        self.company = QLineEdit()
        self.phone = QLineEdit()
        self.email = QLineEdit()
        self.logo = QLineEdit()
        self.browse = QPushButton()
        self.browse.clicked.connect(self._browse)
        logo = QHBoxLayout()
        logo.addWidget(self.logo, 1)
        logo.addWidget(self.browse)
        self.language = QComboBox()
        for code in LANGUAGES:
            self.language.addItem(language_name(code), code)
        self.region = QComboBox()
        self.region.setEditable(True)
        self.region.addItems(["PL", "RU", "US", "GB", "DE", "UA", "BY", "KZ", "CZ", "LT"])
        self.currency = QLineEdit()
        self.currency.setMaxLength(3)
        self.discount = QSpinBox()
        self.discount.setRange(0, 90)
        self.discount.setSuffix(" %")
        for key, w in (
            ("me.name", self.name),
            ("me.company", self.company),
            ("me.phone", self.phone),
            ("me.email", self.email),
            ("me.logo", logo),
            ("ui.language", self.language),
            ("phone.region", self.region),
            ("book.currency", self.currency),
            ("discount.percent", self.discount),
        ):
            self.row(key, w)
        self.retranslate()

    def retranslate(self) -> None:
        texts = {
            "me.name": self.tr("Your name"),
            "me.company": self.tr("Company"),
            "me.phone": self.tr("Your phone"),
            "me.email": self.tr("Your e-mail"),
            "me.logo": self.tr("Logo for documents"),
            "ui.language": self.tr("Language"),
            "phone.region": self.tr("Default phone region"),
            "book.currency": self.tr("Currency"),
            "discount.percent": self.tr("Default discount"),
        }
        for key, text in texts.items():
            self.labels[key].setText(text)
        self.browse.setText(self.tr("Browse…"))
        self.region.setToolTip(
            self.tr("Phone numbers typed without +country code are read in this region")
        )

    def _browse(self) -> None:
        name, _ = QFileDialog.getOpenFileName(
            self, self.tr("Logo"), self.logo.text(), self.tr("Images (*.png *.jpg *.jpeg *.svg)")
        )
        if name:
            self.logo.setText(name)

    def load(self, v: dict[str, Any]) -> None:
        self.name.setText(v["me.name"])
        self.company.setText(v["me.company"])
        self.phone.setText(v["me.phone"])
        self.email.setText(v["me.email"])
        self.logo.setText(v["me.logo"])
        self.language.setCurrentIndex(max(0, self.language.findData(v["ui.language"])))
        self.region.setEditText(v["phone.region"])
        self.currency.setText(v["book.currency"])
        self.discount.setValue(int(v["discount.percent"]))

    def values(self) -> dict[str, str]:
        return {
            "me.name": self.name.text(),
            "me.company": self.company.text(),
            "me.phone": self.phone.text(),
            "me.email": self.email.text(),
            "me.logo": self.logo.text(),
            "ui.language": self.language.currentData(),
            "phone.region": self.region.currentText(),
            "book.currency": self.currency.text(),
            "discount.percent": str(self.discount.value()),
        }


class CalendarPage(Page):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.country = QComboBox()
        self.country.setEditable(True)
        self.subdivision = QComboBox()
        self.subdivision.setEditable(True)
        self.country.currentTextChanged.connect(self._country_changed)
        for combo in (self.country, self.subdivision):
            combo.setMinimumContentsLength(8)
            combo.setSizeAdjustPolicy(
                QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon
            )
        self.countries: dict[str, list[str]] = {}
        self.weekend = {d: QCheckBox() for d in WEEKDAYS}
        days = QHBoxLayout()
        for box in self.weekend.values():
            days.addWidget(box)
        days.addStretch(1)
        self.start = QTimeEdit()
        self.end = QTimeEdit()
        for t in (self.start, self.end):
            t.setDisplayFormat("HH:mm")
        hours = QHBoxLayout()
        hours.addWidget(self.start)
        self.until = QLabel("–")
        hours.addWidget(self.until)
        hours.addWidget(self.end)
        hours.addStretch(1)
        self.timezone = QComboBox()
        self.timezone.setEditable(True)
        self.timezone.setMinimumContentsLength(20)
        self.gap = QSpinBox()
        self.gap.setRange(0, 60)
        self.birthday = QCheckBox()
        self.days = QListWidget()
        self.days.setFixedHeight(self.fontMetrics().height() * 6)
        self.add_off = QPushButton()
        self.add_work = QPushButton()
        self.remove_day = QPushButton()
        self.add_off.clicked.connect(lambda: self._add_day("off"))
        self.add_work.clicked.connect(lambda: self._add_day("work"))
        self.remove_day.clicked.connect(self._remove_day)
        day_buttons = QHBoxLayout()
        for b in (self.add_off, self.add_work, self.remove_day):
            day_buttons.addWidget(b)
        day_buttons.addStretch(1)
        overrides = QVBoxLayout()
        overrides.setContentsMargins(0, 0, 0, 0)
        overrides.addWidget(self.days)
        overrides.addLayout(day_buttons)
        holder = QWidget()
        holder.setLayout(overrides)
        holder.setSizePolicy(QSizePolicy.Policy.Preferred, QSizePolicy.Policy.Maximum)
        for key, w in (
            ("calendar.country", self.country),
            ("calendar.subdivision", self.subdivision),
            ("calendar.weekend", days),
            ("calendar.work_start", hours),
            ("calendar.timezone", self.timezone),
            ("gap.days", self.gap),
            ("birthday.on_weekend", self.birthday),
            ("days", holder),
        ):
            self.row(key, w)
        self.today = date(2000, 1, 1)
        self.retranslate()

    def retranslate(self) -> None:
        texts = {
            "calendar.country": self.tr("Public holidays of"),
            "calendar.subdivision": self.tr("Region / state"),
            "calendar.weekend": self.tr("Weekend days"),
            "calendar.work_start": self.tr("Working hours"),
            "calendar.timezone": self.tr("Your time zone"),
            "gap.days": self.tr("Minimum days between touches"),
            "birthday.on_weekend": self.tr("Birthdays"),
            "days": self.tr("Your days off and extra working days"),
        }
        for key, text in texts.items():
            self.labels[key].setText(text)
        for i, box in enumerate(self.weekend.values()):
            box.setText(weekday_short(i))
        self.birthday.setText(
            self.tr("Send birthday greetings (e-mail, messengers) on the day itself")
        )
        self.country.setToolTip(
            self.tr("ISO country code, e.g. PL, RU, US; empty: no public holidays")
        )
        self.add_off.setText(self.tr("Add day off…"))
        self.add_work.setText(self.tr("Add working day…"))
        self.remove_day.setText(self.tr("Remove"))
        self._relabel_days()

    def load(
        self,
        v: dict[str, Any],
        countries: dict[str, list[str]],
        overrides: list[tuple[date, str]],
        today: date,
    ) -> None:
        self.countries = countries
        self.today = today
        self.country.blockSignals(True)
        self.country.clear()
        self.country.addItem("")
        self.country.addItems(sorted(countries))
        self.country.setEditText(v["calendar.country"] or "")
        self.country.blockSignals(False)
        self._country_changed(self.country.currentText())
        self.subdivision.setEditText(v["calendar.subdivision"] or "")
        for weekday, box in self.weekend.items():
            box.setChecked(weekday in v["calendar.weekend"])
        self.start.setTime(QTime.fromString(v["calendar.work_start"], "HH:mm"))
        self.end.setTime(QTime.fromString(v["calendar.work_end"], "HH:mm"))
        self.timezone.clear()
        self.timezone.addItems(
            ["Europe/Warsaw", "Europe/Moscow", "Europe/London", "America/New_York", "UTC"]
        )
        self.timezone.setEditText(v["calendar.timezone"])
        self.gap.setValue(int(v["gap.days"]))
        self.birthday.setChecked(bool(v["birthday.on_weekend"]))
        self.days.clear()
        for d, kind in sorted(overrides):
            self._add_item(d, kind)

    def _country_changed(self, code: str) -> None:
        current = self.subdivision.currentText()
        self.subdivision.clear()
        self.subdivision.addItem("")
        self.subdivision.addItems(self.countries.get(code.strip().upper(), []))
        self.subdivision.setEditText(current)

    def _add_item(self, d: date, kind: str) -> None:
        item = QListWidgetItem()
        item.setData(256, (d, kind))
        self.days.addItem(item)
        self._relabel_days()

    def _relabel_days(self) -> None:
        for i in range(self.days.count()):
            item = self.days.item(i)
            d, kind = item.data(256)
            what = self.tr("day off") if kind == "off" else self.tr("extra working day")
            item.setText(f"{day_text(d, weekday=True)} — {what}")

    def _add_day(self, kind: str) -> None:
        title = self.tr("Add day off") if kind == "off" else self.tr("Add working day")
        d = ask.pick_date(self, title, self.tr("Choose the day:"), self.today, date(2000, 1, 1))
        if d is None:
            return
        for i in range(self.days.count()):
            if self.days.item(i).data(256)[0] == d:
                self.days.takeItem(i)
                break
        self._add_item(d, kind)

    def _remove_day(self) -> None:
        row = self.days.currentRow()
        if row >= 0:
            self.days.takeItem(row)

    def overrides(self) -> dict[date, str]:
        return dict(self.days.item(i).data(256) for i in range(self.days.count()))

    def values(self) -> dict[str, str]:
        return {
            "calendar.country": self.country.currentText().strip(),
            "calendar.subdivision": self.subdivision.currentText().strip(),
            "calendar.weekend": ",".join(d for d, b in self.weekend.items() if b.isChecked()),
            "calendar.work_start": self.start.time().toString("HH:mm"),
            "calendar.work_end": self.end.time().toString("HH:mm"),
            "calendar.timezone": self.timezone.currentText().strip(),
            "gap.days": str(self.gap.value()),
            "birthday.on_weekend": "true" if self.birthday.isChecked() else "false",
        }

    def show_error(self, key: str, text: str) -> bool:
        if key == "calendar.work_end":
            key = "calendar.work_start"
        return super().show_error(key, text)


class CapacityPage(Page):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.spins: dict[str, QSpinBox] = {}
        self.intro = QLabel()
        self.intro.setWordWrap(True)
        self.form.addRow(self.intro)
        for ch in CHANNELS:
            spin = QSpinBox()
            spin.setRange(0, 10_000)
            self.spins[ch] = spin
            self.row(f"capacity.{ch}", spin)
        self.retranslate()

    def retranslate(self) -> None:
        self.intro.setText(
            self.tr("How many touches of each channel you can do on one working day.")
        )
        for ch in CHANNELS:
            self.labels[f"capacity.{ch}"].setText(channel_name(ch))

    def load(self, v: dict[str, Any]) -> None:
        for ch, spin in self.spins.items():
            spin.setValue(int(v[f"capacity.{ch}"]))

    def values(self) -> dict[str, str]:
        return {f"capacity.{ch}": str(spin.value()) for ch, spin in self.spins.items()}
