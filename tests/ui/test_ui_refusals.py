"""Every refusal of a file (import, team roll-up) is shown in the UI language.

The source is read for every `ImportRefused("<code>", ...)` and every roll-up reason
(`not_a_report(path, "<reason>", ...)`) with the details each site passes; each must have
a UI text that, in Russian and Polish (the built .qm files), differs from the English, keeps
every detail the English shows, and has no English word left. Then the import wizard in
Russian and the roll-up in Polish, given real refused files, name the file in the language.
"""

from __future__ import annotations

import ast
import re
import zipfile
from collections.abc import Iterator
from dataclasses import dataclass, field
from datetime import date
from pathlib import Path

import pytest
from test_ui_import import start

import planner
from planner.errors import BookError
from planner.io.merge import NOT_A_WORKBOOK
from planner.io.records import ImportRefused
from ui import ask
from ui.dialogs.export_options import ExportChoice
from ui.dialogs.import_wizard import FILE
from ui.i18n import Translations
from ui.refusals import REFUSALS, REPORT_REASONS, SERVICE_REFUSALS
from ui.texts import error_text

PLANNER = Path(planner.__file__).parent
# names and formats that stay as they are in every language
KEPT = {"excel", "contact", "planner", "csv", "vcard", "utf", "begin", "xml", "xlsx"}
KEPT |= {"xls", "zip", "mb", "kb"}
KEPT_PL = {"limit"}  # a Polish word too


@dataclass(frozen=True)
class Site:
    """One place in planner/ that raises a refusal: its code and the details it passes."""

    where: str
    code: str
    details: tuple[str, ...]
    reason: str | None = None
    fixed: dict[str, str] = field(default_factory=dict, hash=False, compare=False)


def _strings(node: ast.AST) -> list[str]:
    return [n.value for n in ast.walk(node) if isinstance(n, ast.Constant) and type(n.value) is str]


def sites() -> Iterator[Site]:
    for path in sorted(PLANNER.rglob("*.py")):
        tree = ast.parse(path.read_text(encoding="utf-8"))
        for node in ast.walk(tree):
            if not isinstance(node, ast.Call) or not isinstance(node.func, ast.Name):
                continue
            where = f"{path.relative_to(PLANNER.parent)}:{node.lineno}"
            names = tuple(k.arg for k in node.keywords if k.arg is not None)
            fixed = {
                k.arg: k.value.value
                for k in node.keywords
                if k.arg == "reason" and isinstance(k.value, ast.Constant)
            }
            if node.func.id == "ImportRefused" and node.args:
                first = node.args[0]
                if isinstance(first, ast.Constant) and isinstance(first.value, str):
                    yield Site(where, first.value, names, None, fixed)
            elif node.func.id == "not_a_report" and len(node.args) >= 2:
                for reason in _strings(node.args[1]):
                    yield Site(where, "not-a-report", names, reason)


SITES = list(sites())
REASONS = sorted({s.reason for s in SITES if s.reason} | set(NOT_A_WORKBOOK))


def test_the_source_scan_finds_the_refusals() -> None:
    codes = {s.code for s in SITES}
    assert {"too-big", "zip-bomb", "old-xls", "not-a-report", "bad-csv", "no-vcard"} <= codes
    assert {"column-inserted", "column-moved", "not-a-worksheet", "bad-currency"} <= set(REASONS)


def test_every_refusal_code_and_reason_has_a_ui_text() -> None:
    codes = {s.code for s in SITES}
    assert sorted(codes - set(REFUSALS)) == []
    assert sorted(set(REFUSALS) - codes) == []  # no text for a code nothing raises
    assert sorted(set(REASONS) - set(REPORT_REASONS)) == []
    assert sorted(set(REPORT_REASONS) - set(REASONS)) == []


def _sample(site: Site) -> ImportRefused:
    """The site's refusal with a distinct value for every detail ("Q1", 901, ...)."""
    details: dict[str, str | int] = {"file": "Q0"}
    for n, name in enumerate(site.details, start=1):
        details[name] = 900 + n if name.endswith(("_mb", "_kb")) else f"Q{n}"
    for name in ("limit", "row", "position", "written", "columns"):
        if name in details:
            details[name] = 950 + list(details).index(name)
    details.update(site.fixed)
    if site.reason is not None:
        details["reason"] = site.reason
    return ImportRefused(site.code, f"ENGLISH MESSAGE {site.where}", **details)


def _samples() -> list[ImportRefused]:
    # (the not_a_report helper's own ImportRefused has no reason: its callers give one)
    refusals = [_sample(s) for s in SITES if s.code != "not-a-report" or s.reason]
    refusals += [
        ImportRefused("not-a-report", "ENGLISH MESSAGE nested", file="Q0", reason=code)
        for code in NOT_A_WORKBOOK
    ]
    return refusals


def _values(exc: ImportRefused) -> set[str]:
    return {str(v) for k, v in exc.details.items() if k != "reason"}


def _words(text: str, exc: ImportRefused) -> set[str]:
    for value in _values(exc):
        text = text.replace(value, " ")
    return {w.lower() for w in re.findall(r"[^\W\d_]{3,}", text)} - KEPT - KEPT_PL


@pytest.mark.parametrize("language", ["ru", "pl"])
def test_every_refusal_is_translated_with_its_details(qapp, language: str) -> None:
    samples = _samples()
    translations = Translations()
    try:
        assert translations.apply("en")
        english = [error_text(exc) for exc in samples]
        assert translations.apply(language)
        shown = [error_text(exc) for exc in samples]
    finally:
        translations.apply("en")
    wrong = []
    for exc, en, text in zip(samples, english, shown, strict=True):
        assert not en.startswith("ENGLISH MESSAGE"), (exc.code, exc.details)  # a UI text
        kept = {v for v in _values(exc) if v in en}
        ours = _words(text, exc)
        left = ours & _words(en, exc) if language == "pl" else {w for w in ours if w.isascii()}
        if text == en or {v for v in kept if v not in text} or left:
            wrong.append((exc.code, exc.details.get("reason"), text, sorted(left)))
    assert wrong == []


@pytest.mark.parametrize("language", ["ru", "pl"])
def test_the_services_other_refusals_are_translated(qapp, language: str) -> None:
    errors = [BookError(code, f"english {code}") for code in SERVICE_REFUSALS]
    translations = Translations()
    try:
        assert translations.apply("en")
        english = [error_text(exc) for exc in errors]
        assert translations.apply(language)
        shown = [error_text(exc) for exc in errors]
    finally:
        translations.apply("en")
    assert not [e for e in english if e.startswith("english ")]  # each has a UI text
    assert [
        exc.code for exc, en, text in zip(errors, english, shown, strict=True) if en == text
    ] == []


def test_an_unknown_code_or_a_missing_detail_shows_the_english(qapp) -> None:
    assert error_text(ImportRefused("new-code", "The English.", file="a.csv")) == "The English."
    assert error_text(ImportRefused("too-big", "Too big.", file="a.csv")) == "Too big."
    odd = ImportRefused("not-a-report", "Odd.", file="a.xlsx", reason="new")
    assert error_text(odd) == "Odd."
    # a file's "not-found" is not the book's "this record no longer exists"
    assert error_text(ImportRefused("not-found", "Gone.")) == "Gone."


# --- the import wizard in Russian ---------------------------------------------------------


def _old_xls(path: Path) -> Path:
    path.write_bytes(b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1" + bytes(4088))
    return path


def _workbook(path: Path, part: str, data: bytes) -> Path:
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as archive:
        archive.writestr("[Content_Types].xml", "<Types/>")
        archive.writestr(part, data)
    return path


def _encrypted(path: Path) -> Path:
    """A workbook whose parts say they are encrypted (zipfile writes no such entry: the
    flag bit is set in the local and central headers afterwards)."""
    data = bytearray(_workbook(path, "xl/workbook.xml", b"<workbook/>").read_bytes())
    for signature, at in ((b"PK\x03\x04", 6), (b"PK\x01\x02", 8)):
        start = data.find(signature)
        while start >= 0:
            data[start + at] |= 0x1
            start = data.find(signature, start + 4)
    path.write_bytes(bytes(data))
    with zipfile.ZipFile(path) as archive:
        assert all(info.flag_bits & 0x1 for info in archive.infolist())
    return path


def _zip_bomb(path: Path) -> Path:
    return _workbook(path, "xl/worksheets/sheet1.xml", bytes(12 * 1024 * 1024))


def _empty(path: Path) -> Path:
    path.write_bytes(b"")
    return path


@pytest.mark.parametrize(
    ("make", "name", "expected"),
    [
        (_old_xls, "клиенты.xls", "«клиенты.xls» — старая книга Excel (.xls)"),
        (_encrypted, "zakaz.xlsx", "Книга Excel «zakaz.xlsx» зашифрована; снимите пароль"),
        (_zip_bomb, "bomb.xlsx", "похоже на zip-бомбу"),
        (_empty, "пусто.csv", "Файл «пусто.csv» пуст."),
    ],
)
def test_the_wizard_in_russian_says_why_a_file_is_refused(
    make_window, book_path, qtbot, tmp_path, make, name: str, expected: str
) -> None:
    win = make_window(book_path, language="ru")
    wizard = start(win, qtbot, make(tmp_path / name))
    qtbot.waitUntil(lambda: not wizard.file_page.error.isHidden(), timeout=10_000)
    assert wizard.currentId() == FILE
    message = wizard.file_page.error.text()
    assert message.startswith("Этот файл нельзя импортировать: ")
    assert expected in message
    assert f"«{name}»" in message
    assert not re.search(r"\b(the|is|file|workbook|refused)\b", message)
    wizard.reject()


# --- the team roll-up in Polish -----------------------------------------------------------


@pytest.fixture
def warnings(monkeypatch) -> list[str]:
    shown: list[str] = []
    monkeypatch.setattr(ask, "warn", lambda parent, title, text: shown.append(text))
    monkeypatch.setattr(ask, "file_saved", lambda *args: None)
    return shown


def _report(win, path: Path) -> Path:
    choice = ExportChoice(date(2026, 2, 1), date(2026, 3, 31), "pl", path)
    win.file_actions.export_report(choice)
    assert path.exists()
    return path


def _sheet_of(book, role: str) -> str:
    meta = {r[0].value: r[1].value for r in book["_cp_meta"].iter_rows(max_col=2)}
    return str(meta[f"sheet.{role}"])


def test_the_roll_up_in_polish_names_the_report_and_its_edited_sheet(
    make_window, book_path, tmp_path, warnings
) -> None:
    import openpyxl

    win = make_window(book_path, language="pl")
    ours = _report(win, tmp_path / "anna.xlsx")
    edited = _report(win, tmp_path / "piotr.xlsx")
    book = openpyxl.load_workbook(edited)
    sheet = _sheet_of(book, "plan")
    book[sheet].cell(1, book[sheet].max_column + 1, "Moje notatki")  # a column added
    book.save(edited)
    out = tmp_path / "team.xlsx"
    win.file_actions.merge_reports([ours, edited], out)
    assert not out.exists()
    assert len(warnings) == 1
    text = warnings[0]
    assert text.startswith("„piotr.xlsx” nie jest raportem Contact Planner: ")
    assert f"do arkusza „{sheet}” wstawiono kolumnę" in text
    assert "„Eksportuj raport…”" in text
    assert not re.search(r"\b(the|is|not|sheet|column|report|merge)\b", text)


def test_the_roll_up_in_polish_refuses_a_marker_naming_a_chartsheet(
    make_window, book_path, tmp_path, warnings
) -> None:
    import openpyxl
    from openpyxl.chart import BarChart, Reference

    win = make_window(book_path, language="pl")
    report = _report(win, tmp_path / "ewa.xlsx")
    book = openpyxl.load_workbook(report)
    chart = BarChart()
    summary = book.worksheets[0]
    chart.add_data(Reference(summary, min_col=2, min_row=1, max_row=3))
    book.create_chartsheet("Wykres").add_chart(chart)
    meta = book["_cp_meta"]
    row = next(r for r in meta.iter_rows(max_col=2) if r[0].value == "sheet.sales")
    row[1].value = "Wykres"
    book.save(report)
    out = tmp_path / "team.xlsx"
    win.file_actions.merge_reports([report], out)
    assert not out.exists()
    assert warnings == [
        "„ewa.xlsx” nie jest raportem Contact Planner: jego arkusz „Wykres” to wykres, a nie "
        "arkusz z komórkami. Scalać można tylko skoroszyty zapisane poleceniem "
        "„Eksportuj raport…”."
    ]
