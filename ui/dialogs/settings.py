"""Settings: you, the calendar, capacities and tiers. Saving checks every value in the
services (all or nothing), re-plans the book with a progress dialog, and shows a
refused value under its field."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QEvent, Signal
from PySide6.QtWidgets import QDialog, QDialogButtonBox, QLabel, QTabWidget, QVBoxLayout, QWidget

from planner.services.settings import SettingsEdit
from ui.dialogs.settings_pages import CalendarPage, CapacityPage, GeneralPage, text_of
from ui.dialogs.settings_tiers import TiersPage
from ui.ops.settings import save_settings
from ui.texts import error_text

if TYPE_CHECKING:
    from planner.app import Services
    from planner.services.result import Result
    from planner.services.views import TierView
    from ui.operations import Operations

ERROR_STYLE = "color: #d03c3c;"


@dataclass(slots=True)
class SettingsData:
    values: dict[str, Any]
    tiers: list[TierView]
    overrides: list[tuple[date, str]]
    countries: dict[str, list[str]]
    today: date


def load_settings(services: Services) -> SettingsData:
    import holidays

    return SettingsData(
        values=services.settings.all(),
        tiers=services.settings.tiers(),
        overrides=[(d, kind) for d, kind, _n in services.planning.days()],
        countries={k: list(v) for k, v in holidays.list_supported_countries().items()},
        today=services.uiextras.today(),
    )


class SettingsDialog(QDialog):
    saved = Signal(object)  # the saved values (raw strings), e.g. to switch the language

    def __init__(self, ops: Operations, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("settings")
        self.ops = ops
        self.data: SettingsData | None = None
        self.resize(820, 560)
        self.tabs = QTabWidget()
        self.general = GeneralPage()
        self.calendar = CalendarPage()
        self.capacity = CapacityPage()
        self.tiers = TiersPage()
        for page in (self.general, self.calendar, self.capacity, self.tiers):
            self.tabs.addTab(page, "")
        self.error = QLabel()
        self.error.setStyleSheet(ERROR_STYLE)
        self.error.setWordWrap(True)
        self.error.hide()
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel
        )
        self.buttons.accepted.connect(self.save)
        self.buttons.rejected.connect(self.reject)
        self.buttons.setEnabled(False)
        layout = QVBoxLayout(self)
        layout.addWidget(self.tabs, 1)
        layout.addWidget(self.error)
        layout.addWidget(self.buttons)
        self.retranslate()
        ops.query(load_settings, self._loaded, self._failed)

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

    def retranslate(self) -> None:
        self.setWindowTitle(self.tr("Settings"))
        for i, text in enumerate(
            (
                self.tr("You"),
                self.tr("Calendar"),
                self.tr("Capacity"),
                self.tr("Tiers and cadences"),
            )
        ):
            self.tabs.setTabText(i, text)

    def _loaded(self, data: SettingsData) -> None:
        self.data = data
        self.general.load(data.values)
        self.calendar.load(data.values, data.countries, data.overrides, data.today)
        self.capacity.load(data.values)
        self.tiers.load(data.tiers)
        self.buttons.setEnabled(True)
        self.loaded = True

    loaded = False

    def _failed(self, exc: BaseException) -> None:
        self._show_error("", error_text(exc))

    def changed_values(self) -> dict[str, str]:
        assert self.data is not None
        values = {**self.general.values(), **self.calendar.values(), **self.capacity.values()}
        return {
            k: v for k, v in values.items() if v.strip() != text_of(self.data.values.get(k)).strip()
        }

    def changed_days(self) -> dict[date, str | None]:
        assert self.data is not None
        before = dict(self.data.overrides)
        after = self.calendar.overrides()
        out: dict[date, str | None] = {d: k for d, k in after.items() if before.get(d) != k}
        out.update({d: None for d in before if d not in after})
        return out

    def save(self) -> None:
        if self.data is None:
            return
        values = self.changed_values()
        tiers = self.tiers.edited()
        days = self.changed_days()
        for page in (self.general, self.calendar, self.capacity):
            page.clear_errors()
        self.tiers.show_error("")
        self._show_error("", "")
        if not values and not tiers and not days:
            self.accept()
            return
        self.buttons.setEnabled(False)
        edit = SettingsEdit(values=values, tiers=tuple(tiers), days=days)

        def done(result: Result[SettingsEdit]) -> None:
            self.buttons.setEnabled(True)
            self.saved.emit(result.value.values)
            self.accept()

        def failed(exc: BaseException) -> None:
            self.buttons.setEnabled(True)
            problems = getattr(exc, "problems", None) or ()
            tier = problems[0].args.get("tier") if problems else None
            key = "" if tier else getattr(exc, "field", None) or ""
            self._show_error(key, error_text(exc), tier)

        save_settings(self.ops, edit, done, failed, parent=self)

    def _show_error(self, key: str, text: str, tier: str | None = None) -> None:
        message = text.split(": ", 1)[1] if key and text.startswith(key + ":") else text
        if tier is not None:
            self.tiers.show_error(f"{tier}: {message}")
            self.tabs.setCurrentWidget(self.tiers)
            return
        for page in (self.general, self.calendar, self.capacity):
            if key and page.show_error(key, message):
                self.tabs.setCurrentWidget(page)
                return
        self.error.setText(message)
        self.error.setVisible(bool(message))
