"""The price list's table breaks long words only where the language allows, with a
hyphen (soft hyphens from the language's hyphenation dictionary), and never a price:
the PDF is read back with pypdf and every line-end break checked; pages go to PNG."""

from __future__ import annotations

import os

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

import shutil
import subprocess
from pathlib import Path

import pytest

from planner.app import Services
from planner.sales.hyphenation import SOFT_HYPHEN, break_points, hyphenate, unhyphenate
from planner.sales.money import format_money
from planner.services.salesviews import ItemInput
from tests.pdf_text import check_breaks
from tests.unit.sales.conftest import TODAY, AddClient

LONG = {
    "ru": (
        "Электрогидравлический перфоратор",
        "Высокопроизводительное техническое обслуживание электрооборудования, "
        "профилактическое диагностирование и непрерывное сопровождение круглогодично",
        "Анна Кузнецова",
    ),
    "pl": (
        "Elektrohydrauliczna wiertnica",
        "Wysokowydajna konserwacja urządzeń elektrycznych, profesjonalne przeglądy "
        "gwarancyjne i nieprzerwane wsparcie techniczne przez cały rok",
        "Łucja Żółć",
    ),
    "en": (
        "Electrohydraulic demolition hammer",
        "Uninterrupted professional maintenance, comprehensive troubleshooting, "
        "counterclockwise recalibration and extraordinarily responsive assistance",
        "John Smith",
    ),
}


def test_soft_hyphens_only_at_legal_points_of_long_words() -> None:
    soft = hyphenate("Техническое обслуживание и ремонт", "ru")
    assert soft == f"Тех{SOFT_HYPHEN}ни{SOFT_HYPHEN}че{SOFT_HYPHEN}ское " \
        f"об{SOFT_HYPHEN}слу{SOFT_HYPHEN}жи{SOFT_HYPHEN}ва{SOFT_HYPHEN}ние и ремонт"  # fmt: skip
    assert unhyphenate(soft) == "Техническое обслуживание и ремонт"
    assert hyphenate(soft, "ru") == soft  # idempotent
    assert break_points("obsługiwanie", "pl") == [2, 5, 7, 9]
    assert hyphenate("Kod X200-PRO, 1 234,50 zł", "pl") == "Kod X200-PRO, 1 234,50 zł"
    for language in ("ru", "pl", "en"):
        for word in LONG[language][1].replace(",", "").split():
            points = break_points(word, language)
            assert all(2 <= p <= len(word) - 3 for p in points), (word, points)


def _pdf_png(pdf: Path, out: Path) -> Path | None:
    tool = shutil.which("pdftoppm")
    if tool is None:
        return None
    subprocess.run([tool, "-r", "60", "-png", "-f", "1", "-l", "1", str(pdf), str(out)], check=True)
    return next(out.parent.glob(out.name + "*.png"))


@pytest.mark.parametrize("language", ["ru", "pl", "en"])
def test_the_pdf_table_breaks_words_only_where_the_language_allows(
    catalog: Services, add_client: AddClient, tmp_path: Path, language: str, qapp: object
) -> None:
    from ui.documents.pdf import write_pdf

    name, benefits, client = LONG[language]
    catalog.settings.set("book.currency", {"ru": "RUB", "pl": "PLN", "en": "EUR"}[language])
    catalog.catalog.add(
        ItemInput("HAMMER", name, "1 234 567,89", category="Tools", benefits=benefits)
    )
    catalog.catalog.add(ItemInput("SERVICE2", benefits[:60], "2250", category="Services"))
    catalog.catalog.set_related(
        "DRILL", [("HAMMER", "accessory"), ("SERVICE2", "service"), ("BITS", "consumable")]
    )
    cid = add_client(client, language=language)
    catalog.sales.record_sale(cid, TODAY, [("DRILL", "1")])
    out = tmp_path / f"{language}.pdf"
    result = catalog.offers.make_price_list(cid, out, renderer=write_pdf).value
    offer = result.offer
    texts = [t for ln in offer.lines for t in (ln.name, ln.benefits or "", ln.related_to or "")]
    breaks = check_breaks(out, texts, language)
    assert breaks.hyphenated, "the long words should have met a line end somewhere"
    for ln in offer.lines:
        for amount in (ln.price_minor, ln.discounted_minor):
            price = format_money(amount, offer.currency, language).replace("\u00a0", " ")
            assert any(price in line for line in breaks.lines), price  # never wrapped
        for word in f"{ln.name} {ln.benefits or ''}".split():
            assert word.strip(".,;:!—()«»") in breaks.flat, word
    assert SOFT_HYPHEN not in breaks.flat  # unbroken soft hyphens leave no trace in the text
    png = _pdf_png(out, tmp_path / "page")
    if png is not None:
        assert png.read_bytes().startswith(b"\x89PNG")
