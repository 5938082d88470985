"""Screenshots of every main screen in English, Russian and Polish, for docs and review.

Run under a real X server so fonts, styles and window decorations are the real ones:

    xvfb-run -a -s "-screen 0 1400x900x24" .venv/bin/python tools/screenshots.py

It needs Xvfb, poppler-utils (the PDF's first page) and the X libraries Qt's xcb platform
loads (Debian: xvfb poppler-utils libxcb-cursor0 libxcb-icccm4 libxcb-image0
libxcb-keysyms1 libxcb-randr0 libxcb-render-util0 libxcb-shape0 libxkbcommon-x11-0).

Writes docs/screenshots/<lang>-<screen>.png. Each language gets its own demo book
(generated in that language with a fixed "today"), so the pictures are reproducible.
"""

from __future__ import annotations

import argparse
import sys
import tempfile
from collections.abc import Callable
from datetime import date, datetime
from pathlib import Path
from typing import Any
from zoneinfo import ZoneInfo

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from PySide6.QtCore import QSettings, QTimer  # noqa: E402
from PySide6.QtWidgets import QApplication, QWidget  # noqa: E402

import ui  # noqa: E402,F401  (first: the PySide6 refcount workaround)

TODAY = date(2026, 3, 12)
NOW = datetime(2026, 3, 12, 10, 30, tzinfo=ZoneInfo("Europe/Warsaw"))
SIZE = (1360, 860)
LANGUAGES = ("en", "ru", "pl")
DEMO_CLIENTS = 400


def clock() -> datetime:
    return NOW


def settle(app: QApplication, rounds: int = 30) -> None:
    for _ in range(rounds):
        app.processEvents()


def demo_book(folder: Path, language: str) -> Path:
    from planner.db import Book
    from planner.demo import generate

    path = folder / f"demo-{language}.sqlite"
    book = Book(path)
    try:
        generate(book, DEMO_CLIENTS, 20240917, language, TODAY)  # type: ignore[arg-type]
    finally:
        book.close()
    return path


def pick_client(services: object, language: str) -> tuple[int, str, str]:
    """A client of the demo with a recent sale, in the book's language, with an offer to
    make; and two catalog codes for the sale form (a product with related items, and one
    of its related items). The demo has its own catalog and a year of sales (issue 11)."""
    from planner.services.clients import ClientFilter

    s: Any = services
    items = s.catalog.items()
    product = next(i for i in items if i.related and i.warranty_months)
    related = product.related[0].code
    chosen = 0
    for sale in s.sales.sales(end=TODAY, limit=400):
        detail = s.clients.get(sale.client_id, history=0)
        if detail.status != "active" or detail.language not in (None, language):
            continue
        if not s.offers.offer(sale.client_id).lines:
            continue
        chosen = sale.client_id
        if detail.tier == "A":
            break
    if not chosen:
        chosen = s.clients.ids(ClientFilter(statuses=("active",)))[0]
    return chosen, product.code, related


def draw_logo(target: Path) -> Path:
    """A simple logo for the demo salesperson's letterhead (Settings → About me → Logo)."""
    from PySide6.QtCore import QRectF, Qt
    from PySide6.QtGui import QColor, QFont, QImage, QPainter

    image = QImage(360, 120, QImage.Format.Format_ARGB32)
    image.fill(QColor(0, 0, 0, 0))
    painter = QPainter(image)
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    painter.setBrush(QColor("#1f4e79"))
    painter.setPen(Qt.PenStyle.NoPen)
    painter.drawRoundedRect(QRectF(4, 4, 112, 112), 22, 22)
    painter.setBrush(QColor("#e8a33d"))
    painter.drawEllipse(QRectF(132, 34, 52, 52))
    painter.drawEllipse(QRectF(200, 34, 52, 52))
    painter.drawEllipse(QRectF(268, 34, 52, 52))
    painter.setPen(QColor("white"))
    font = QFont("DejaVu Sans", 54)
    font.setBold(True)
    painter.setFont(font)
    painter.drawText(QRectF(4, 4, 112, 112), Qt.AlignmentFlag.AlignCenter, "✓")
    painter.end()
    image.save(str(target))
    return target


def pdf_page(pdf: Path, out: Path, name: str) -> Path:
    """The PDF's first page as the client sees it (poppler's pdftoppm)."""
    import subprocess

    target = out / name
    subprocess.run(
        ["pdftoppm", "-png", "-r", "70", "-singlefile", str(pdf), str(target)],
        check=True,
    )
    print(f"{target}.png")
    return target.with_suffix(".png")


def save(widget: QWidget, out: Path, name: str, app: QApplication) -> Path:
    settle(app)
    target = out / f"{name}.png"
    widget.grab().save(str(target))
    print(target)
    return target


def window_for(book: Path, language: str, app: QApplication):  # type: ignore[no-untyped-def]
    from ui.i18n import Translations
    from ui.mainwindow import MainWindow
    from ui.operations import Operations

    translations = Translations()
    translations.apply(language)
    ops = Operations(synchronous=True)
    win = MainWindow(ops, book, translations, clock, tray=False)
    win.resize(*SIZE)
    win.show()
    win.start()
    settle(app)
    return win, ops, translations


def shoot_language(language: str, work: Path, out: Path, app: QApplication) -> list[Path]:
    shots: list[Path] = []
    prefix = f"{language}-"

    # Welcome: an empty book.
    win, ops, tr = window_for(work / f"empty-{language}.sqlite", language, app)
    shots.append(save(win, out, prefix + "welcome", app))
    win.close()
    ops.shutdown()

    book_file = demo_book(work, language)
    from planner.app import Services

    services = Services.open(book_file, clock=clock)
    client_id, product, related = pick_client(services, language)
    services.settings.set("me.logo", str(draw_logo(work / f"logo-{language}.png")))
    services.close()
    win, ops, tr = window_for(book_file, language, app)
    today = win.today
    today.next_touch()
    settle(app)
    shots.append(save(win, out, prefix + "today", app))

    win.show_view("book")
    book = win.book_view
    book.table.selectRow(2)
    settle(app)
    shots.append(save(win, out, prefix + "book", app))
    book.edit_client()
    if book.edit_dialog is not None:
        shots.append(save(book.edit_dialog, out, prefix + "client-edit", app))
        book.edit_dialog.reject()

    win.show_view("planning")
    planning = win.planning_view
    planning.set_mode("week")
    settle(app)
    shots.append(save(win, out, prefix + "planning-week", app))
    planning.set_mode("month")
    settle(app)
    shots.append(save(win, out, prefix + "planning-month", app))
    planning.set_mode("week")
    planning.fit_button.setChecked(True)
    settle(app)
    shots.append(save(win, out, prefix + "planning-fit", app))
    planning.fit_button.setChecked(False)

    win.window_actions.open_settings()
    dialog = win.window_actions.settings_dialog
    if dialog is not None:
        dialog.resize(900, 600)
        for index, name in ((0, "settings"), (1, "settings-calendar"), (3, "settings-tiers")):
            dialog.tabs.setCurrentIndex(index)
            shots.append(save(dialog, out, prefix + name, app))
        dialog.reject()
    shots += shoot_sales(win, (client_id, product, related), prefix, work, out, app)
    shots += shoot_files(win, language, work, prefix, out, app)
    win.close()
    ops.shutdown()
    tr.apply("en")
    return shots


def shoot_sales(
    win: Any, picked: tuple[int, str, str], prefix: str, work: Path, out: Path, app: QApplication
) -> list[Path]:
    """Sales, the sale form, Catalog and its item form, Scripts, a price list (the dialog
    and the PDF's first page), tiers."""
    client_id, product, related = picked
    shots = []
    win.show_view("sales")
    settle(app)
    shots.append(save(win, out, prefix + "sales", app))
    win.sales_actions.record_sale(client_id)
    settle(app)
    sale = win.sales_actions.sale_dialog
    combo = sale.table.cellWidget(0, 0)
    combo.setCurrentIndex(combo.findData(product))
    sale.add_line(related, "2")
    sale.note.setFocus()
    shots.append(save(sale, out, prefix + "record-sale", app))
    sale.reject()

    win.show_view("catalog")
    catalog = win.views["catalog"]
    settle(app)
    catalog.select_code(product)
    shots.append(save(win, out, prefix + "catalog", app))
    catalog.edit_item()
    item = catalog.item_dialog
    shots.append(save(item, out, prefix + "catalog-item", app))
    item.tabs.setCurrentIndex(1)
    shots.append(save(item, out, prefix + "catalog-item-related", app))
    item.tabs.setCurrentIndex(2)
    shots.append(save(item, out, prefix + "catalog-item-prices", app))
    item.reject()

    win.show_view("scripts")
    scripts = win.views["scripts"]
    settle(app)
    scripts.choose(win.translations.language, "check-in")
    scripts.run_preview()
    shots.append(save(win, out, prefix + "scripts", app))
    text = scripts.editor.toPlainText()  # inside a block: a child template's text outside is unused
    scripts.editor.setPlainText(
        text.replace("{% endblock %}", "{{ client.name.__class__ }}\n{% endblock %}", 1)
    )
    scripts.run_preview()
    shots.append(save(win, out, prefix + "scripts-error", app))
    scripts.revert()

    win.sales_actions.price_list(client_id)
    settle(app)
    dialog = win.sales_actions.price_list_dialog
    shots.append(save(dialog, out, prefix + "price-list", app))
    pdf = work / f"{prefix}price-list.pdf"
    dialog._write(pdf, "pdf")  # the Save as PDF button's work, into a known file
    settle(app)
    shots.append(pdf_page(pdf, out, prefix + "price-list-pdf"))
    dialog.reject()
    win.sales_actions.tier_suggestions()
    settle(app)
    shots.append(save(win.sales_actions.suggestions_dialog, out, prefix + "tier-suggestions", app))
    win.sales_actions.suggestions_dialog.reject()
    return shots


IMPORT_ROWS = {
    "en": ("Who;Phone;E-mail;Source", "Mary Jones;+1 212 555 0199;mary@example.com;fair"),
    "ru": ("Кто;Телефон;Почта;Откуда", "Иванов Иван;+7 912 345 67 89;ivan@example.ru;выставка"),
    "pl": ("Kto;Telefon;E-mail;Skąd", "Jan Nowak;+48 601 234 567;jan@example.pl;targi"),
}


OTHER_ROWS = {
    "en": "Peter Brown;+1 212 555 0142 ext;peter(at)example.com;web",
    "ru": "Петрова Анна;+7 912 345 67 90;anna(at)example.ru;сайт",
    "pl": "Anna Wiśniewska;+48 601 234 568;anna(at)example.pl;strona",
}


def shoot_files(
    win: Any, language: str, work: Path, prefix: str, out: Path, app: QApplication
) -> list[Path]:
    """The import wizard (mapping, options, report) and the export options."""
    from ui.dialogs.export_options import ExportDialog
    from ui.file_actions import report_texts

    shots = []
    head, row = IMPORT_ROWS[language]
    csv = work / f"clients-{language}.csv"
    other = OTHER_ROWS[language]
    csv.write_bytes(
        "\r\n".join((head, row, other, row, "")).encode("cp1250" if language == "pl" else "cp1251")
    )
    win.window_actions.import_clients()
    wizard = win.window_actions.import_wizard
    wizard.file_page.path.setText(str(csv))
    wizard.next()
    settle(app)
    wizard.mapping_page.set_role(0, "name")
    wizard.mapping_page.set_role(3, "tags")
    shots.append(save(wizard, out, prefix + "import-mapping", app))
    wizard.next()
    wizard.options_page.valid_only.setChecked(True)
    shots.append(save(wizard, out, prefix + "import-options", app))
    wizard.next()
    settle(app)
    shots.append(save(wizard, out, prefix + "import-report", app))
    wizard.accept()

    title, intro = report_texts()
    dialog = ExportDialog(
        title,
        intro,
        (TODAY.replace(day=1), TODAY),
        language,
        work / "report.xlsx",
        "",
        win,
    )
    dialog.show()
    shots.append(save(dialog, out, prefix + "export-report", app))
    dialog.reject()

    win.show_view("book")  # the import brought a second Mary Jones: Find duplicates
    win.book_view.find_duplicates()
    settle(app)
    duplicates = win.book_view.duplicates_dialog
    if duplicates is not None:
        duplicates.resize(1000, 600)
        shots.append(save(duplicates, out, prefix + "duplicates", app))
        duplicates.reject()
    return shots


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--out", type=Path, default=ROOT / "docs" / "screenshots")
    parser.add_argument("--lang", choices=LANGUAGES, action="append")
    args = parser.parse_args(argv)
    args.out.mkdir(parents=True, exist_ok=True)
    work = Path(tempfile.mkdtemp(prefix="cp-screenshots-"))
    QSettings.setPath(QSettings.Format.IniFormat, QSettings.Scope.UserScope, str(work))
    from ui.app import application

    app = application()
    done: list[Path] = []
    shoot: Callable[[str], list[Path]] = lambda lang: shoot_language(lang, work, args.out, app)  # noqa: E731
    for language in args.lang or LANGUAGES:
        done.extend(shoot(language))
    QTimer.singleShot(0, app.quit)
    app.exec()
    print(f"{len(done)} screenshots in {args.out}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
