"""Screenshots of every main screen in English, Russian and Polish, for docs and review.

Run under a real X server so fonts, styles and window decorations are the real ones:

    xvfb-run -a -s "-screen 0 1400x900x24" .venv/bin/python tools/screenshots.py

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


# A small catalog per language: (code, name, price, category, unit, warranty, benefits).
CATALOG = {
    "en": (
        ("FLT-200", "Water filter Aqua 200", "249.00", "Filters", "pcs", 24,
         "Clean water from the tap: no bottles to carry."),
        ("CRT-10", "Filter cartridge", "19.90", "Consumables", "pcs", 0,
         "Change every 3 months to keep the water clean."),
        ("SRV-1", "Service visit", "60.00", "Service", "visit", 0,
         "A technician checks and cleans the whole system."),
        ("ACC-5", "Tap adapter", "9.50", "Accessories", "pcs", 0, "Fits every standard tap."),
        ("SFT-3", "Water softener S3", "540.00", "Filters", "pcs", 36,
         "No more scale on the kettle and the washing machine."),
    ),
    "ru": (
        ("FLT-200", "Фильтр для воды «Аква 200»", "4 990,00", "Фильтры", "шт.", 24,
         "Чистая вода из-под крана: не нужно носить бутылки."),
        ("CRT-10", "Сменный картридж", "590,00", "Расходники", "шт.", 0,
         "Меняйте раз в 3 месяца, чтобы вода оставалась чистой."),
        ("SRV-1", "Выезд сервисного инженера", "1 500,00", "Сервис", "выезд", 0,
         "Инженер проверит и промоет всю систему."),
        ("ACC-5", "Переходник для крана", "250,00", "Аксессуары", "шт.", 0,
         "Подходит к любому стандартному крану."),
        ("SFT-3", "Умягчитель воды S3", "12 900,00", "Фильтры", "шт.", 36,
         "Никакой накипи в чайнике и стиральной машине."),
    ),
    "pl": (
        ("FLT-200", "Filtr do wody Aqua 200", "899,00", "Filtry", "szt.", 24,
         "Czysta woda z kranu: nie trzeba nosić butelek."),
        ("CRT-10", "Wkład filtrujący", "69,90", "Materiały", "szt.", 0,
         "Wymieniaj co 3 miesiące, aby woda była czysta."),
        ("SRV-1", "Wizyta serwisowa", "220,00", "Serwis", "wizyta", 0,
         "Technik sprawdzi i wyczyści cały system."),
        ("ACC-5", "Adapter do kranu", "35,00", "Akcesoria", "szt.", 0,
         "Pasuje do każdego standardowego kranu."),
        ("SFT-3", "Zmiękczacz wody S3", "1 990,00", "Filtry", "szt.", 36,
         "Koniec z kamieniem w czajniku i pralce."),
    ),
}  # fmt: skip


def seed_sales(services: object, language: str) -> int:
    """The catalog, tier prices and a few weeks of sales; returns a client to show."""
    from datetime import timedelta

    from planner.services.clients import ClientFilter
    from planner.services.salesviews import ItemInput

    s: Any = services
    for code, name, price, category, unit, warranty, benefits in CATALOG[language]:
        s.catalog.add(ItemInput(code, name, price, category, unit, benefits, warranty or None))
    s.catalog.set_related(
        "FLT-200", [("CRT-10", "consumable"), ("SRV-1", "service"), ("ACC-5", "accessory")]
    )
    s.catalog.set_related("SFT-3", [("SRV-1", "service"), ("CRT-10", "consumable")])
    s.catalog.set_tier_price("A", "CRT-10", discount="10")
    s.catalog.set_tier_price("A", "SRV-1", discount="15")
    s.catalog.set_tier_price("B", "CRT-10", discount="5")
    shown = 0
    for i, cid in enumerate(s.clients.ids(ClientFilter(statuses=("active",)))[:40]):
        detail = s.clients.get(cid, history=0)
        # Mostly sales older than a month (they start no after-sale touches), a few new.
        day = TODAY - timedelta(days=1 + i if i < 4 else 35 + (i * 11) % 300)
        lines = [("FLT-200", "1")] if i % 3 else [("SFT-3", "1"), ("CRT-10", "2")]
        s.sales.record_sale(cid, day, lines, None)
        if not shown and detail.language in (None, language) and detail.tier == "A":
            shown = cid
    return shown


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
    client_id = seed_sales(services, language)
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

    win.window_actions.open_settings()
    dialog = win.window_actions.settings_dialog
    if dialog is not None:
        dialog.resize(900, 600)
        for index, name in ((0, "settings"), (1, "settings-calendar"), (3, "settings-tiers")):
            dialog.tabs.setCurrentIndex(index)
            shots.append(save(dialog, out, prefix + name, app))
        dialog.reject()
    shots += shoot_sales(win, client_id, prefix, out, app)
    shots += shoot_files(win, language, work, prefix, out, app)
    win.close()
    ops.shutdown()
    tr.apply("en")
    return shots


def shoot_sales(win: Any, client_id: int, prefix: str, out: Path, app: QApplication) -> list[Path]:
    """Sales, the sale form, Catalog and its item form, Scripts, a price list, tiers."""
    shots = []
    win.show_view("sales")
    settle(app)
    shots.append(save(win, out, prefix + "sales", app))
    win.sales_actions.record_sale(client_id)
    settle(app)
    sale = win.sales_actions.sale_dialog
    combo = sale.table.cellWidget(0, 0)
    combo.setCurrentIndex(combo.findData("SFT-3"))
    sale.add_line("CRT-10", "2")
    sale.note.setFocus()
    shots.append(save(sale, out, prefix + "record-sale", app))
    sale.reject()

    win.show_view("catalog")
    catalog = win.views["catalog"]
    settle(app)
    catalog.select_code("FLT-200")
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
    shots.append(save(win.sales_actions.price_list_dialog, out, prefix + "price-list", app))
    win.sales_actions.price_list_dialog.reject()
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
