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
from html import unescape
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QMarginsF, QPointF, QRectF, QSizeF, Qt
from PySide6.QtGui import (
    QColor,
    QFont,
    QFontDatabase,
    QGuiApplication,
    QPageLayout,
    QPageSize,
    QPainter,
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
FOOTER_MM = 12  # the foot of each page: a rule, the footer text and the page number
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


def _meta(html: str, name: str) -> str:
    match = re.search(rf'<meta\s+name="{name}"\s+content="([^"]*)"', html, re.IGNORECASE)
    return unescape(match.group(1)) if match else ""


def write_pdf(html: str, out: Path) -> None:
    """Render `html` to an A4 PDF at `out` (the `PdfRenderer` of planner.services.pricelists).

    The document is laid out on the writer itself at the page's real width (so columns
    get their widths from the content, not from a shrunken default), page by page, with
    the template's footer (`<meta name="footer" content="... {page} ... {pages}">`)
    and the page number at the foot of every page.
    """
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
        writer.setTitle(unescape(match.group(1).strip()))
    footer = _meta(html, "footer") or "{page} / {pages}"
    document = QTextDocument()
    document.documentLayout().setPaintDevice(writer)
    document.setDefaultFont(QFont(family, POINT_SIZE))
    document.setDefaultStyleSheet(f'body, table, td, th {{ font-family: "{family}"; }}')
    document.setHtml(html)
    area = writer.pageLayout().paintRectPixels(RESOLUTION_DPI)
    footer_height = RESOLUTION_DPI * FOOTER_MM / 25.4
    body = QSizeF(area.width(), area.height() - footer_height)
    document.setPageSize(body)
    pages = document.pageCount()
    painter = QPainter(writer)
    try:
        small = QFont(family, 8)
        for page in range(pages):
            if page:
                writer.newPage()
            painter.save()
            painter.translate(0, -page * body.height())
            document.drawContents(
                painter, QRectF(0, page * body.height(), body.width(), body.height())
            )
            painter.restore()
            painter.setFont(small)
            painter.setPen(QColor("#666666"))
            text = footer.replace("{page}", str(page + 1)).replace("{pages}", str(pages))
            painter.drawLine(
                QPointF(0, body.height() + footer_height * 0.25),
                QPointF(body.width(), body.height() + footer_height * 0.25),
            )
            painter.drawText(
                QRectF(0, body.height() + footer_height * 0.3, body.width(), footer_height * 0.7),
                int(Qt.AlignmentFlag.AlignHCenter | Qt.AlignmentFlag.AlignVCenter),
                text,
            )
    finally:
        painter.end()
