"""The demo book's data: deterministic, realistic per locale, consistent with its history."""

from __future__ import annotations

import json
import shutil
import sqlite3
import subprocess
from collections import Counter, defaultdict
from datetime import UTC, date, datetime, time
from email import policy
from email.message import EmailMessage
from email.parser import BytesParser
from pathlib import Path

import openpyxl
import phonenumbers
import pytest
from e2e_support import TODAY, count
from email_validator import validate_email

from planner.app import Services
from planner.demo import (
    LOCALES,
    DemoRows,
    Locale,
    build_rows,
    feminine_surname,
    generate,
    load_locale,
)
from planner.demo.rows import CLIENT_COLUMNS, TOUCH_COLUMNS, fast_search_text
from planner.errors import BookError
from planner.sales.money import currency_sign, format_money
from planner.sales.texts import email_texts, unit_text
from planner.text import search_text
from planner.vocabulary import REACHING_OUTCOMES
from tests.pdf_text import check_breaks

REACHING = {o.value for o in REACHING_OUTCOMES}


@pytest.fixture(scope="module")
def rows() -> dict[Locale, DemoRows]:
    return {loc: build_rows(600, 11, loc, TODAY) for loc in LOCALES}


def _col(name: str) -> int:
    return CLIENT_COLUMNS.index(name)


def test_same_seed_same_book_other_seed_other_book() -> None:
    a = build_rows(150, 3, "pl", TODAY)
    b = build_rows(150, 3, "pl", TODAY)
    c = build_rows(150, 4, "pl", TODAY)
    assert a == b
    assert a.clients != c.clients


@pytest.mark.parametrize(
    ("surname", "locale", "feminine"),
    [
        ("Kowalski", "pl", "Kowalska"),
        ("Wysocki", "pl", "Wysocka"),
        ("Szczęsny", "pl", "Szczęsna"),
        ("Nowak", "pl", "Nowak"),
        ("Иванов", "ru", "Иванова"),
        ("Соловьёв", "ru", "Соловьёва"),
        ("Кузьмин", "ru", "Кузьмина"),
        ("Островский", "ru", "Островская"),
        ("Толстой", "ru", "Толстая"),
        ("Шевченко", "ru", "Шевченко"),
        ("Черных", "ru", "Черных"),
        ("Smith", "en", "Smith"),
    ],
)
def test_feminine_surnames(surname: str, locale: str, feminine: str) -> None:
    assert feminine_surname(surname, locale) == feminine


@pytest.mark.parametrize("locale", ["ru", "pl"])
def test_women_bear_the_feminine_form(rows: dict[Locale, DemoRows], locale: Locale) -> None:
    data = load_locale(locale)
    women = set(data.first_female)
    feminine = set(data.last_female)
    masculine_only = set(data.last_male) - feminine
    names = [str(c[_col("name")]) for c in rows[locale].clients]
    assert all(len(n.split()) == 2 for n in names)  # "Имя Фамилия", no patronymic
    for name in names:
        first, last = name.split()
        if first in women:
            assert last in feminine, name
            assert last not in masculine_only, name


@pytest.mark.parametrize("locale", LOCALES)
def test_every_phone_is_valid_and_every_email_ascii(
    rows: dict[Locale, DemoRows], locale: Locale
) -> None:
    region = load_locale(locale).region
    phones = {p[2] for p in rows[locale].points if p[1] in ("call", "sms", "whatsapp", "viber")}
    assert phones
    for phone in phones:
        number = phonenumbers.parse(str(phone), None)
        assert phonenumbers.is_valid_number(number), phone
        assert phonenumbers.region_code_for_number(number) == region, phone
    emails = [str(p[2]) for p in rows[locale].points if p[1] == "email"]
    assert len(emails) > 300
    for email in emails:
        assert email.isascii(), email
        assert validate_email(email, check_deliverability=False).normalized == email


def test_companies_have_local_forms(rows: dict[Locale, DemoRows]) -> None:
    def companies(loc: Locale) -> list[str]:
        return [str(c[_col("company")]) for c in rows[loc].clients if c[_col("company")]]

    assert any(c.startswith("ООО «") and c.endswith("»") for c in companies("ru"))
    assert any(c.endswith("Sp. z o.o.") for c in companies("pl"))
    assert any(c.endswith((" Inc.", " LLC")) for c in companies("en"))


def test_tier_mix_and_history_volume() -> None:
    big = build_rows(4000, 5, "en", TODAY)
    tiers = Counter(c[_col("tier_id")] for c in big.clients)
    shares = [tiers[i] / 4000 for i in (1, 2, 3, 4)]
    for got, want in zip(shares, (0.05, 0.20, 0.45, 0.30), strict=True):
        assert abs(got - want) < 0.03
    per_client = len(big.touches) / len(big.clients)
    assert 7 <= per_client <= 13  # about 1,000,000 touches for 100,000 clients
    consent = [int(str(p[5])) for p in big.points]
    assert 0.85 < sum(consent) / len(consent) < 1  # mostly consenting, some not
    zones = Counter(c[_col("timezone")] for c in big.clients)
    assert zones[None] > 0.7 * len(big.clients)  # mostly the salesperson's zone
    assert len(zones) > 3


@pytest.mark.parametrize("locale", LOCALES)
def test_clients_agree_with_their_history(rows: dict[Locale, DemoRows], locale: Locale) -> None:
    data = rows[locale]
    col = {name: i for i, name in enumerate(TOUCH_COLUMNS)}
    reached: dict[object, str] = {}
    done: dict[object, str] = defaultdict(str)
    cadence: Counter[object] = Counter()
    for t in data.touches:
        cid, day, outcome = t[col["client_id"]], str(t[col["done_on"]]), t[col["outcome"]]
        assert t[col["status"]] == "done"
        assert [json.loads(str(t[col["reason"]]))[0][0]] == [t[col["kind"]]]  # as the planner
        assert day < TODAY.isoformat()
        done[cid] = max(done[cid], day)
        if outcome in REACHING:
            reached[cid] = max(reached.get(cid, ""), day)
            if t[col["kind"]] == "cadence":
                cadence[cid] += 1
    for c in data.clients:
        cid = c[0]
        assert c[_col("last_reached_on")] == reached.get(cid)
        assert c[_col("last_done_on")] == (done.get(cid) or None)
        assert c[_col("reached_cadence")] == cadence[cid]


@pytest.mark.parametrize("locale", LOCALES)
def test_search_text_is_the_services_search_text(
    rows: dict[Locale, DemoRows], locale: Locale
) -> None:
    points: dict[object, list[tuple[object, ...]]] = defaultdict(list)
    tags: dict[object, list[str]] = defaultdict(list)
    for p in rows[locale].points:
        points[p[0]].append(p)
    for cid, tag in rows[locale].tags:
        tags[cid].append(str(tag))
    for c in rows[locale].clients:
        cid = c[0]
        company = c[_col("company")]
        name, firm = str(c[_col("name")]), None if company is None else str(company)
        contact = [(str(p[1]), str(p[2])) for p in points[cid]]
        expected = search_text(name, firm, contact, sorted(tags[cid]))
        assert c[_col("search_text")] == expected
        assert fast_search_text(name, firm, contact, sorted(tags[cid])) == expected


def test_generate_writes_one_consistent_book(tmp_path: Path) -> None:
    noon = datetime.combine(TODAY, time(12), tzinfo=UTC)
    services = Services.open(tmp_path / "b.sqlite", clock=lambda: noon)
    try:
        result = generate(services, 300, 2, "ru", TODAY)
        assert services.settings.get("calendar.country") == "RU"
        assert services.settings.get("calendar.timezone") == "Europe/Moscow"
        assert services.settings.get("phone.region") == "RU"
        assert services.settings.get("ui.language") == "ru"
        assert services.clients.count() == 300
        assert services.backups.check() == []
    finally:
        services.close()
    book = tmp_path / "b.sqlite"
    assert count(book, "SELECT count(*) FROM touch WHERE status = 'done'") == result.touches
    assert count(book, "SELECT count(*) FROM touch WHERE status = 'planned'") == result.planned
    active = count(book, "SELECT count(*) FROM client WHERE status = 'active'")
    with_plan = count(book, "SELECT count(DISTINCT client_id) FROM touch WHERE status = 'planned'")
    assert with_plan >= 0.95 * active  # a levelled plan for (nearly) every active client
    assert (
        count(book, "SELECT count(*) FROM client_fts WHERE client_fts MATCH 'ооо'") > 0
    )  # Cyrillic ООО


def test_a_cancelled_demo_writes_nothing(tmp_path: Path) -> None:
    services = Services.open(tmp_path / "b.sqlite")
    try:
        seen: list[int] = []

        def stop_when_planning(done: int, total: int) -> bool:
            seen.append(done)
            return done < 2 * 100  # rows built and written, then stop at the re-plan

        with pytest.raises(BookError):
            generate(services, 100, 1, "pl", date(2026, 11, 2), stop_when_planning)
        assert services.clients.count() == 0
        assert services.settings.get("calendar.country") is None
        assert max(seen) >= 200
    finally:
        services.close()


def test_bad_arguments_are_refused(tmp_path: Path) -> None:
    services = Services.open(tmp_path / "b.sqlite")
    try:
        with pytest.raises(BookError):
            generate(services, 0, 1, "pl", TODAY)
        with pytest.raises(BookError):
            generate(services, 10, 1, "de", TODAY)  # type: ignore[arg-type]
    finally:
        services.close()


def test_a_demo_book_has_one_persons_day_and_a_big_one_a_teams() -> None:
    small = build_rows(50, seed=1, locale="en", today=TODAY)
    day = {k: small.settings[f"capacity.{k}"] for k in ("call", "meeting", "email")}
    assert day == {"call": "40", "meeting": "4", "email": "60"}
    big = build_rows(4001, seed=1, locale="en", today=TODAY)
    assert big.settings["capacity.call"] == "120"  # three people's day
    assert big.settings["capacity.meeting"] == "12"


# --- the sales side of the demo and its price list ------------------------------------------
@pytest.mark.parametrize("locale", LOCALES)
def test_orders_have_sales_and_notes_fit_their_touch(
    rows: dict[Locale, DemoRows], locale: Locale
) -> None:
    data, demo = load_locale(locale), rows[locale]
    assert 15 <= len(demo.sales.items) <= 30
    assert {i[4] for i in demo.sales.items} >= {"pcs", "kg"}  # units as codes; shown per language
    assert demo.sales.related
    assert demo.sales.tier_prices
    t = {name: TOUCH_COLUMNS.index(name) for name in ("client_id", "outcome", "note", "channel")}
    orders = Counter(r[t["client_id"]] for r in demo.touches if r[t["outcome"]] == "order")
    sales = Counter(s[1] for s in demo.sales.sales)
    assert orders == sales  # every "order" outcome is a sale, and no sale without one
    totals: defaultdict[int, int] = defaultdict(int)
    for s in demo.sales.sales:
        totals[int(s[1])] += int(s[5])  # type: ignore[call-overload]
    by_sale = defaultdict(int)
    for ln in demo.sales.lines:
        by_sale[ln[0]] += ln[5]  # type: ignore[operator]
    assert all(by_sale[s[0]] == s[5] for s in demo.sales.sales)
    for c in demo.clients:
        assert c[_col("value_minor")] == totals.get(int(c[0]), 0)  # type: ignore[call-overload]
    for r in demo.touches:
        note, outcome = r[t["note"]], r[t["outcome"]]
        if note is not None:
            key = (
                "email-reached" if r[t["channel"]] == "email" and outcome == "reached" else outcome
            )
            assert note in data.touch_notes[str(key)], (note, outcome)
    native = sum(1 for c in demo.clients if c[_col("language")] == data.language)
    assert 0.95 * len(demo.clients) <= native < len(demo.clients)  # a few deliberate foreigners


def _pdf_png(pdf: Path, out: Path) -> Path:
    """The first page as PNG through poppler's pdftoppm (the reader's eyes)."""
    tool = shutil.which("pdftoppm")
    if tool is None:
        pytest.skip("pdftoppm (poppler-utils) is not installed and Qt here has no PDF module")
    subprocess.run([tool, "-r", "50", "-png", "-f", "1", "-l", "1", str(pdf), str(out)], check=True)
    return next(out.parent.glob(out.name + "*.png"))


@pytest.mark.parametrize("locale", LOCALES)
def test_a_demo_client_with_a_sale_gets_a_price_list_by_email(
    tmp_path: Path, locale: Locale, qapp: object
) -> None:
    # pytest-qt's QApplication: a bare QGuiApplication made by the PDF writer would
    # outlive this test and abort the first widget of a later one.
    from ui.documents.pdf import write_pdf

    noon = datetime.combine(TODAY, time(12), tzinfo=UTC)
    services = Services.open(tmp_path / "b.sqlite", clock=lambda: noon)
    try:
        generate(services, 150, 3, locale, TODAY)
        book = tmp_path / "b.sqlite"
        assert count(book, "SELECT count(*) FROM sale") > 0
        assert count(book, "SELECT count(*) FROM client WHERE at_risk") > 0
        assert count(book, "SELECT count(*) FROM touch WHERE sequence_code = 'win-back'") > 0
        with sqlite3.connect(book) as db:
            cid, address = db.execute(
                "SELECT c.id, p.value FROM client c JOIN contact_point p ON p.client_id = c.id"
                " WHERE p.channel = 'email' AND p.consent AND c.status = 'active'"
                " AND c.language = ? AND c.id IN (SELECT client_id FROM sale)"
                " ORDER BY c.id LIMIT 1",
                (locale,),
            ).fetchone()
        result = services.offers.make_price_list(
            cid, tmp_path / "offer.pdf", "pdf", write_pdf, email=True
        ).value
        offer = result.offer
        assert offer.lines
        assert offer.language == locale
        touch = services.planning.touch(result.touch_id)
        assert (touch.status, touch.channel) == ("done", "email")
        assert result.follow_up_touch_id is not None
        assert services.planning.touch(result.follow_up_touch_id).status == "planned"
        xlsx = services.offers.make_price_list(cid, tmp_path / "offer.xlsx", "xlsx").value
        sheet = openpyxl.load_workbook(xlsx.path).active
        assert sheet is not None
        cells = [c for row in sheet.iter_rows(values_only=True) for c in row]
        assert all(ln.name in cells for ln in offer.lines)
    finally:
        services.close()

    pdf_bytes = result.path.read_bytes()
    texts = [t for ln in offer.lines for t in (ln.name, ln.benefits or "", ln.related_to or "")]
    # every line-end break of a word is a legal hyphenation point with a hyphen
    flat = check_breaks(result.path, texts, locale).flat
    for ln in offer.lines:
        for amount in (ln.price_minor, ln.discounted_minor):
            price = format_money(amount, offer.currency, locale).replace("\u00a0", " ")
            assert price in flat, price  # the whole price on one line
        for word in f"{ln.name} {ln.benefits or ''}".split():
            assert word.strip(".,;:!—()«»") in flat, word  # no word split across lines
    assert unit_text("pcs", locale) in flat or unit_text("kg", locale) in flat
    assert currency_sign(offer.currency) in flat
    assert offer.salutation in flat
    png = _pdf_png(result.path, tmp_path / "page")
    assert png.read_bytes().startswith(b"\x89PNG")

    assert result.draft_path is not None
    message = BytesParser(policy=policy.default).parsebytes(result.draft_path.read_bytes())
    assert isinstance(message, EmailMessage)
    assert message["X-Unsent"] == "1"
    assert message["To"].addresses[0].addr_spec == address
    assert message["Subject"] == email_texts(locale)["subject"].format(
        company=load_locale(locale).me["company"]
    )
    body = message.get_body(("plain",))
    assert body is not None
    assert offer.salutation in body.get_content()
    (attachment,) = list(message.iter_attachments())
    assert attachment.get_content_type() == "application/pdf"
    assert attachment.get_content() == pdf_bytes
