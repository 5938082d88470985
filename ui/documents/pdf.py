"""HTML to an A4 PDF with Qt's own writer (QTextDocument + QPdfWriter, no WebEngine).

Qt's rich text understands tables and simple CSS, which is what the price list template
uses. Fonts: DejaVu Sans where the machine has it (Cyrillic and Polish), else the
platform's default font. Works headless with QT_QPA_PLATFORM=offscreen; a
QGuiApplication is created when none exists (the CLI). In the app, call
`prepare_fonts()` once on the UI thread; `write_pdf` may then run on a worker thread.
"""

from __future__ import annotations

import re
import sys
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QMarginsF
from PySide6.QtGui import (
    QFont,
    QFontDatabase,
    QGuiApplication,
    QPageLayout,
    QPageSize,
    QPdfWriter,
    QTextDocument,
)

FONT_DIRS = (
    Path("/usr/share/fonts/truetype/dejavu"),
    Path("/usr/share/fonts/TTF"),
    Path("/usr/share/fonts/dejavu"),
    Path("/usr/local/share/fonts"),
    Path.home() / "Library" / "Fonts",
    Path("/Library/Fonts"),
    Path("C:/Windows/Fonts"),
)
FONT_FILES = ("DejaVuSans.ttf", "DejaVuSans-Bold.ttf", "DejaVuSans-Oblique.ttf")
POINT_SIZE = 10
MARGIN_MM = 15
RESOLUTION_DPI = 300

_app: QGuiApplication | None = None  # kept alive for the process when we created it
_family: str | None = None


def ensure_application() -> None:
    """Qt needs a QGuiApplication for fonts; create one if the process has none."""
    global _app
    instance = QCoreApplication.instance()
    if instance is None:
        _app = QGuiApplication(sys.argv[:1] or ["contact-planner"])
    elif not isinstance(instance, QGuiApplication):
        raise RuntimeError("writing a PDF needs a QGuiApplication, not a QCoreApplication")


def prepare_fonts() -> str:
    """Register DejaVu Sans (once) and return the family the documents use."""
    global _family
    if _family is not None:
        return _family
    ensure_application()
    family = ""
    for folder in FONT_DIRS:
        for name in FONT_FILES:
            path = folder / name
            if path.is_file():
                font_id = QFontDatabase.addApplicationFont(str(path))
                families = QFontDatabase.applicationFontFamilies(font_id) if font_id >= 0 else []
                family = family or (families[0] if families else "")
        if family:
            break
    if not family:  # the platform's own font (Segoe UI, San Francisco...) covers both
        family = QFontDatabase.systemFont(QFontDatabase.SystemFont.GeneralFont).family()
    _family = family
    return family


def write_pdf(html: str, out: Path) -> None:
    """Render `html` to an A4 PDF at `out` (the `PdfRenderer` of planner.sales.pricelist)."""
    family = prepare_fonts()
    writer = QPdfWriter(str(out))
    writer.setPageSize(QPageSize(QPageSize.PageSizeId.A4))
    writer.setPageMargins(
        QMarginsF(MARGIN_MM, MARGIN_MM, MARGIN_MM, MARGIN_MM), QPageLayout.Unit.Millimeter
    )
    writer.setResolution(RESOLUTION_DPI)
    writer.setCreator("Contact Planner")
    match = re.search(r"<title>(.*?)</title>", html, re.IGNORECASE | re.DOTALL)
    if match:
        writer.setTitle(match.group(1).strip())
    document = QTextDocument()
    document.setDefaultFont(QFont(family, POINT_SIZE))
    document.setDefaultStyleSheet(f'body, table, td, th {{ font-family: "{family}"; }}')
    document.setHtml(html)
    document.print_(writer)
