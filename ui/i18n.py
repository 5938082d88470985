"""Loading the UI language: our .qm and Qt's own, QLocale for dates and numbers.

Installing a translator sends QEvent.LanguageChange to every widget, and each view
retranslates itself there, so a language switch needs no restart.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import (
    QT_TRANSLATE_NOOP,
    QCoreApplication,
    QLibraryInfo,
    QLocale,
    QTranslator,
)

LANGUAGES = ("en", "ru", "pl")
TRANSLATIONS_DIR = Path(__file__).resolve().parent.parent / "resources" / "translations"

# Qt 6's own file dialog asks for these two labels with their accelerators, and qtbase's
# Russian and Polish translations know them only without ("Look in:"): our .ts files
# carry them, so the dialog never shows English. Qt asks qtbase first, then ours.
QT_GAPS = (
    QT_TRANSLATE_NOOP("QFileDialog", "&Look in:"),
    QT_TRANSLATE_NOOP("QFileDialog", "Files of &type:"),
)


def qm_path(language: str) -> Path:
    return TRANSLATIONS_DIR / f"contact_planner_{language}.qm"


def system_language() -> str:
    name = QLocale.system().name()[:2]
    return name if name in LANGUAGES else "en"


def language_name(code: str) -> str:
    """Each language in its own name, so a user lost in a foreign UI finds theirs."""
    return {"en": "English", "ru": "Русский", "pl": "Polski"}.get(code, code)


def qt_translation_dirs() -> list[str]:
    """Where Qt's own .qm files are: Qt's configured folder, then PySide6's bundled one."""
    import PySide6

    bundled = Path(PySide6.__file__).resolve().parent / "Qt" / "translations"
    dirs = [QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath), str(bundled)]
    return list(dict.fromkeys(d for d in dirs if d))


def qt_translator(language: str) -> QTranslator | None:
    """Qt's own texts (file dialogs' "Look in:", standard buttons) in `language`."""
    for folder in qt_translation_dirs():
        qt = QTranslator()
        if qt.load(f"qtbase_{language}", folder):
            return qt
    return None


class Translations:
    """The translators installed on the application for the current UI language."""

    def __init__(self) -> None:
        self.language = "en"
        self._installed: list[QTranslator] = []

    def apply(self, language: str) -> bool:
        """Switch the UI language; returns False when its translation could not be loaded.

        English has a .qm too: it carries the plural forms ("1 touch", "2 touches").
        """
        if language not in LANGUAGES:
            language = "en"
        if language == self.language and self._installed:
            return True
        for tr in self._installed:
            QCoreApplication.removeTranslator(tr)
        self._installed = []
        ours = QTranslator()
        ok = ours.load(str(qm_path(language)))
        if ok:
            self._installed.append(ours)
        if language != "en":
            qt = qt_translator(language)
            if qt is not None:
                self._installed.append(qt)
        QLocale.setDefault(QLocale(language))
        self.language = language
        for tr in self._installed:
            QCoreApplication.installTranslator(tr)  # sends LanguageChange to every widget
        return ok
