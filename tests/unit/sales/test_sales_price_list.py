"""The post-sale price list: XLSX and PDF read back, the Offer row, the touches it logs."""

from __future__ import annotations

import os

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from datetime import date
from decimal import Decimal
from pathlib import Path

import openpyxl
import pytest
from pypdf import PdfReader

from planner.app import Services
from planner.errors import BookError
from planner.io.cells import is_formula_like
from planner.sales.sandbox import ScriptError
from tests.unit.sales.conftest import TODAY, AddClient

INJECTION = '=HYPERLINK("http://evil.example","Click")'


@pytest.fixture
def seller(catalog: Services) -> Services:
    catalog.settings.set_many(
        {
            "me.name": "Anna Nowak",
            "me.company": "Narzędzia Sp. z o.o.",
            "me.phone": "+48 22 123 45 67",
            "me.email": "anna@example.com",
            "book.currency": "PLN",
        }
    )
    return catalog


def bought_drill(services: Services, add_client: AddClient, name: str, language: str) -> int:
    cid = add_client(name, language=language)
    services.sales.record_sale(cid, TODAY, [("DRILL", "1")])
    return cid


@pytest.mark.parametrize(
    "value",
    [INJECTION, "+48 601", "-1", "@SUM(A1)", "\t=1", "\r=1", "\n=1", "  =1", "＝1+1", "＋1",
     "－1", "＠x", "\u3000=1"],
)  # fmt: skip
def test_formula_like_text_is_recognised(value: str) -> None:
    assert is_formula_like(value)


@pytest.mark.parametrize("value", ["Anna", "1+1", "Łódź", "e=mc2", ""])
def test_plain_text_is_not_a_formula(value: str) -> None:
    assert not is_formula_like(value)


def test_xlsx_holds_numbers_as_numbers_and_formulas_as_text(
    seller: Services, add_client: AddClient, tmp_path: Path
) -> None:
    cid = bought_drill(seller, add_client, INJECTION, "en")
    out = tmp_path / "offer.xlsx"
    result = seller.offers.make_price_list(cid, out).value
    assert result.format == "xlsx"
    assert out.is_file()
    sheet = openpyxl.load_workbook(out).active
    assert sheet is not None
    name_cell = sheet["B2"]
    assert name_cell.value == INJECTION
    assert name_cell.data_type == "s"  # a string, not a formula
    assert name_cell.quotePrefix  # and stays text when someone edits the cell
    rows = list(sheet.iter_rows(min_row=9, max_row=11, values_only=True))
    assert [r[1] for r in rows] == ["BITS", "SERVICE", "CASE"]
    prices = [r[3] for r in rows]
    assert all(isinstance(p, float | int) for p in prices)
    assert [Decimal(str(p)) for p in prices] == [Decimal("49.9"), Decimal("199"), Decimal("89")]
    assert [Decimal(str(r[5])) for r in rows] == [
        Decimal("44.91"),
        Decimal("179.1"),
        Decimal("80.1"),
    ]
    total = next(r for r in sheet.iter_rows(values_only=True) if r[0] == "Total")
    assert Decimal(str(total[3])) == Decimal("337.9")
    assert Decimal(str(total[5])) == Decimal("304.11")
    assert "PLN" in sheet["D9"].number_format
    texts = [c for row in sheet.iter_rows(values_only=True) for c in row if isinstance(c, str)]
    assert "Valid for orders placed on or before 26 Dec 2026." in texts
    assert "anna@example.com" in texts


def test_pdf_shows_cyrillic_and_polish_names_prices_and_conditions(
    seller: Services, add_client: AddClient, tmp_path: Path, qapp: object
) -> None:
    from ui.documents.pdf import write_pdf

    texts = {}
    for name, language in (("Пётр Ёлкин", "ru"), ("Łucja Żółć-Gęślą", "pl")):
        cid = bought_drill(seller, add_client, name, language)
        out = tmp_path / f"{language}.pdf"
        result = seller.offers.make_price_list(cid, out, renderer=write_pdf).value
        assert result.format == "pdf"
        reader = PdfReader(out)
        assert reader.pages[0].mediabox.width == pytest.approx(595, abs=1)  # A4
        texts[language] = " ".join(" ".join(p.extract_text().split()) for p in reader.pages)
    ru, pl = texts["ru"], texts["pl"]
    assert "Пётр Ёлкин" in ru
    assert "Персональное предложение" in ru
    assert "Скидка 10 % действует на товары и услуги из этого предложения." in ru
    assert "Действует для заказов, сделанных до 26.12.2026 включительно." in ru
    assert "49,90 zł" in ru
    assert "44,91 zł" in ru
    assert "304,11 zł" in ru
    assert "Łucja Żółć-Gęślą" in pl
    assert "Rabat 10 % obejmuje produkty i usługi wymienione w tej ofercie." in pl
    assert "Nie łączy się z innymi ofertami ani rabatami." in pl
    assert "199,00 zł" in pl
    assert "179,10 zł" in pl
    assert "Narzędzia Sp. z o.o." in pl
    assert "anna@example.com" in pl


def test_a_price_list_is_an_offer_a_done_touch_and_a_follow_up(
    seller: Services, add_client: AddClient, tmp_path: Path
) -> None:
    cid = bought_drill(seller, add_client, "Jan Kowalski", "pl")
    planned = [t for t in seller.clients.get(cid).planned if t.purpose == "price-list"]
    assert len(planned) == 1  # the after-sale sequence's step
    result = seller.offers.make_price_list(cid, tmp_path / "a.xlsx").value
    detail = seller.clients.get(cid)
    (done,) = detail.history
    assert done.id == planned[0].id  # the planned price-list touch is the one done
    assert (done.purpose, done.status, done.outcome) == ("price-list", "done", None)
    assert done.done_on == TODAY
    assert "a.xlsx" in (done.note or "")
    assert all(t.purpose != "price-list" for t in detail.planned)
    (follow,) = [t for t in detail.planned if t.id == result.follow_up_touch_id]
    assert result.follow_up_due == follow.due  # in the answer: the dialog reads nothing more
    # 3 working days before the offer ends on Sat 26 Dec 2026: Wed 23 Dec
    assert (follow.purpose, follow.kind, follow.due) == (
        "news-offer",
        "sequence",
        date(2026, 12, 23),
    )
    (record,) = seller.offers.offers(cid)
    assert record.id == result.offer_id
    assert (record.valid_until, record.discount_bp, record.format) == (
        date(2026, 12, 26),
        1000,
        "xlsx",
    )
    assert (record.total_minor, record.discounted_total_minor) == (33790, 30411)
    assert record.file_path == str((tmp_path / "a.xlsx").resolve())
    assert record.touch_id == done.id
    # a second list: a new done manual touch, and the new follow-up replaces the old one
    again = seller.offers.make_price_list(cid, tmp_path / "b.xlsx").value
    detail = seller.clients.get(cid)
    assert [t.kind for t in detail.history if t.purpose == "price-list"] == ["manual", "sequence"]
    follow_ups = [t for t in detail.planned if t.purpose == "news-offer" and t.kind == "sequence"]
    assert [t.id for t in follow_ups] == [again.follow_up_touch_id]


def test_default_path_and_refusals(seller: Services, add_client: AddClient) -> None:
    cid = bought_drill(seller, add_client, "Jan", "en")
    path = seller.offers.default_path(cid, "xlsx")
    assert path.parent.name == f"client-{cid}"
    assert path.name == "price-list-2026-11-26.xlsx"
    result = seller.offers.make_price_list(cid, fmt="xlsx").value
    assert result.path == path
    assert path.is_file()
    assert seller.offers.default_path(cid, "xlsx").name == "price-list-2026-11-26-2.xlsx"
    with pytest.raises(BookError, match="renderer"):
        seller.offers.make_price_list(cid, Path("x.pdf"))
    with pytest.raises(BookError, match=r"\.pdf or an \.xlsx"):
        seller.offers.make_price_list(cid, Path("x.docx"))
    nobody = add_client("No purchases", tier="D")  # and nobody in tier D bought anything
    with pytest.raises(BookError, match="nothing to recommend"):
        seller.offers.make_price_list(nobody, fmt="xlsx")
    assert len(seller.offers.offers(cid)) == 1


def test_the_price_list_template_is_editable_and_sandboxed(
    seller: Services, add_client: AddClient, tmp_path: Path
) -> None:
    cid = bought_drill(seller, add_client, "<b>Jan</b>", "en")
    html = seller.offers.render_html(cid)
    assert isinstance(html, str)
    assert "&lt;b&gt;Jan&lt;/b&gt;" in html  # HTML-escaped: a name cannot inject markup
    assert "Personal offer" in html
    assert "44.91\u00a0zł" in html
    refused = seller.offers.save_template("{% for %}").value
    assert isinstance(refused, ScriptError)
    assert refused.line == 1
    saved = seller.offers.save_template("<p>{{ offer.client_name }} {{ offer.total }}</p>")
    assert saved.value is None
    assert saved.changes.settings
    assert seller.offers.render_html(cid) == "<p>&lt;b&gt;Jan&lt;/b&gt; 337.90\u00a0zł</p>"
    seller.offers.save_template("{{ ''.__class__ }}")
    with pytest.raises(BookError, match="not allowed"):
        seller.offers.make_price_list(cid, tmp_path / "x.pdf", renderer=lambda html, out: None)
    assert not (tmp_path / "x.pdf").exists()
    assert seller.offers.offers(cid) == []
    seller.offers.save_template(None)
    assert "Personal offer" in seller.offers.template()


def test_the_letterhead_carries_the_salespersons_logo(
    seller: Services, add_client: AddClient, tmp_path: Path, qapp: object
) -> None:
    """`me.logo` (Settings → About me) is drawn in the PDF's letterhead: the page holds an
    image of the logo's size, and a book without a logo has none."""
    from PySide6.QtGui import QColor, QImage

    from ui.documents.pdf import write_pdf

    logo = tmp_path / "logo.png"
    image = QImage(240, 80, QImage.Format.Format_RGB32)
    image.fill(QColor("#1f4e79"))
    assert image.save(str(logo))
    cid = bought_drill(seller, add_client, "Jan Kowalski", "pl")

    plain = tmp_path / "plain.pdf"
    seller.offers.make_price_list(cid, plain, renderer=write_pdf)
    assert page_images(plain) == []

    seller.settings.set("me.logo", str(logo))
    branded = tmp_path / "branded.pdf"
    seller.offers.make_price_list(cid, branded, renderer=write_pdf)
    [(width, height)] = page_images(branded)
    assert width / height == pytest.approx(3, rel=0.05)  # the logo, not some other picture


def page_images(pdf: Path) -> list[tuple[int, int]]:
    """The sizes of the first page's image objects, read from the PDF's resources."""
    resources = PdfReader(pdf).pages[0]["/Resources"].get_object()
    objects = resources.get("/XObject")
    if objects is None:
        return []
    found = []
    for ref in objects.get_object().values():
        obj = ref.get_object()
        if obj.get("/Subtype") == "/Image":
            found.append((int(obj["/Width"]), int(obj["/Height"])))
    return found
