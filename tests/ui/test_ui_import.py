"""The import wizard end to end: preview and mapping, options, report; refused files."""

from __future__ import annotations

import os

from ui.dialogs.import_wizard import FILE, MAPPING, OPTIONS, RUN


def services(win):
    return win.ops._services


def write_csv(path, rows):
    path.write_bytes("\r\n".join(";".join(r) for r in rows).encode("cp1251"))
    return path


def start(win, qtbot, path):
    win.window_actions.import_clients()
    wizard = win.window_actions.import_wizard
    assert wizard is not None
    assert wizard.currentId() == FILE
    wizard.file_page.path.setText(str(path))
    wizard.next()
    return wizard


def test_import_a_cp1251_csv_with_a_corrected_mapping(window, qtbot, tmp_path):
    s = services(window)
    existing = s.clients.get(s.clients.ids()[0], history=0)
    phone = next(p.value for p in existing.contacts if p.channel == "call")
    path = write_csv(
        tmp_path / "клиенты.csv",
        [
            ("Кто", "Телефон", "Почта", "Откуда"),
            ("Иванов Иван", "+48 601 234 567", "ivan@example.ru", "выставка"),
            ("Петрова Анна", "+48 601 234 568", "anna@example.ru", "сайт"),
            ("Сидоров Пётр", phone, "", ""),  # the book has this phone: a duplicate
        ],
    )
    before = s.clients.count()
    wizard = start(window, qtbot, path)
    qtbot.waitUntil(lambda: wizard.currentId() == MAPPING, timeout=10_000)
    page = wizard.mapping_page
    assert "encoding Windows-1251" in page.info.text()
    assert "encoding guessed" in page.info.text()
    assert "delimiter semicolon (;)" in page.info.text()
    assert page.header_row.value() == 1
    assert page.table.item(2, 0).text() == "Иванов Иван"  # row 1 of the table is the header
    assert page.roles()[1] == "phone"
    assert page.roles()[2] == "email"
    assert page.roles()[0] == "ignore"  # "Кто" and "Откуда" are not headers it knows
    assert page.roles()[3] == "ignore"
    assert page.isComplete()  # clients would be named after their e-mail or phone
    assert "named after" in page.hint.text()
    page.set_role(0, "name")  # the user corrects the mapping
    page.set_role(3, "tags")
    assert page.isComplete()
    assert page.hint.text() == ""
    wizard.next()
    assert wizard.currentId() == OPTIONS
    options = wizard.options_page
    assert options.skip.isChecked()
    assert options.all_or_nothing.isChecked()
    wizard.next()
    assert wizard.currentId() == RUN
    run = wizard.run_page
    qtbot.waitUntil(lambda: not run.running, timeout=20_000)
    result = run.result
    assert result is not None
    assert result.written
    assert (result.imported, result.skipped, result.refused) == (2, 1, 0)
    assert run.summary.text().startswith("2 new clients imported")
    assert "1 duplicate skipped" in run.summary.text()
    assert run.problems.rowCount() == 2
    assert run.problems.index(0, 2).data() == "Encoding guessed"  # named in the report
    assert run.problems.index(1, 2).data() == "Duplicate, skipped"
    assert run.problems.index(1, 0).data() == "4"
    assert "клиенты.import-report.csv" in run.saved.text()
    assert (tmp_path / "клиенты.import-report.csv").exists()
    assert s.clients.count() == before + 2
    ivan = s.clients.get(s.clients.search("иванов")[0], history=0)
    assert ivan.name == "Иванов Иван"
    assert ivan.tags == ("выставка",)
    assert {p.channel for p in ivan.contacts} >= {"call", "email"}
    opened = []
    run.url_opener = lambda url: opened.append(url.toLocalFile())
    run.saved.linkActivated.emit("open")
    assert opened == [str(tmp_path / "клиенты.import-report.csv")]
    assert wizard.testOption(wizard.WizardOption.NoBackButtonOnLastPage)
    wizard.accept()


def test_a_refused_file_shows_the_message_and_the_book_is_unchanged(window, qtbot, tmp_path):
    s = services(window)
    before = s.clients.count()
    bad = tmp_path / "clients.xlsx"
    bad.write_bytes(os.urandom(4096))
    refused: list[str] = []
    window.window_actions.import_clients()
    wizard = window.window_actions.import_wizard
    wizard.refused.connect(refused.append)
    wizard.file_page.path.setText(str(bad))
    wizard.next()
    qtbot.waitUntil(lambda: bool(refused), timeout=10_000)
    assert wizard.currentId() == FILE
    message = wizard.file_page.error.text()
    assert (
        message == "This file cannot be imported: “clients.xlsx” is not an Excel workbook (.xlsx)."
    )
    assert not wizard.file_page.error.isHidden()
    assert s.clients.count() == before
    wizard.reject()


def test_all_or_nothing_refuses_a_file_with_a_bad_row(window, qtbot, tmp_path):
    s = services(window)
    before = s.clients.count()
    path = write_csv(
        tmp_path / "list.csv",
        [
            ("Имя", "Телефон", "Примечание"),
            ("Анна Белова", "+48 601 234 999", ""),
            ("", "", "nothing to name or reach"),
        ],
    )
    wizard = start(window, qtbot, path)
    qtbot.waitUntil(lambda: wizard.currentId() == MAPPING, timeout=10_000)
    wizard.next()
    wizard.next()
    run = wizard.run_page
    qtbot.waitUntil(lambda: not run.running, timeout=20_000)
    assert not run.result.written
    assert run.summary.text().startswith("Nothing was imported: 1 row cannot be imported.")
    assert run.problems.index(0, 2).data() == "Encoding guessed"
    assert run.problems.index(1, 2).data() == "No name"
    assert s.clients.count() == before
    assert not wizard.testOption(wizard.WizardOption.NoBackButtonOnLastPage)  # can go back
    wizard.back()
    wizard.options_page.valid_only.setChecked(True)
    wizard.next()
    qtbot.waitUntil(lambda: not run.running, timeout=20_000)
    assert run.result.written
    assert s.clients.count() == before + 1


def test_the_welcome_page_opens_the_import_wizard(make_window, tmp_path, qtbot):
    win = make_window(tmp_path / "empty.sqlite")
    win.welcome.import_button.click()
    assert win.window_actions.import_wizard is not None
    assert win.window_actions.import_wizard.currentId() == FILE
    filters = win.window_actions.import_wizard.file_page  # the page offers every supported format
    from ui.dialogs.import_wizard import file_filters

    for pattern in ("*.csv", "*.xlsx", "*.vcf"):
        assert pattern in file_filters()
    assert "vCard" in filters.intro.text()
    win.window_actions.import_wizard.reject()


def test_the_wizard_asks_the_region_and_the_report_names_it(window, qtbot, tmp_path):
    s = services(window)
    book_region = s.settings.get("phone.region")
    path = write_csv(
        tmp_path / "local.csv",
        [("Name", "Phone"), ("Jan Lokalny", "601 999 888"), ("Zla Liczba", "555-ABC")],
    )
    wizard = start(window, qtbot, path)
    qtbot.waitUntil(lambda: wizard.currentId() == MAPPING, timeout=10_000)
    wizard.next()
    options = wizard.options_page
    assert options.chosen_region() == book_region  # the book's region is the default
    options.set_region("PL")
    wizard.next()
    run = wizard.run_page
    qtbot.waitUntil(lambda: not run.running, timeout=20_000)
    result = run.result
    assert result is not None
    assert result.written
    assert (result.region, result.unverified) == ("PL", 1)
    assert "read as PL numbers" in run.summary.text()
    assert "1 unverified number kept as typed" in run.summary.text()
    assert s.clients.search("601999888")  # read as a Polish number


def test_a_workbook_continued_past_excels_last_row_is_imported_whole(
    window, qtbot, tmp_path, monkeypatch
):
    """An export of ours went on in "Clients (2)": the wizard says so, imports both sheets,
    and a problem in the continuation names its sheet. Two rows fill a sheet here (a sheet
    goes on only when it is full)."""
    import xlsxwriter

    from planner.io import sheets

    monkeypatch.setattr(sheets, "SHEET_ROWS", 2)

    path = tmp_path / "split.xlsx"
    book = xlsxwriter.Workbook(str(path))
    rows = {
        "Clients": [("Name", "Phone"), ("Zofia Kruk", "+48 601 777 001")],
        "Clients (2)": [("Name", "Phone"), ("Adam Gil", "+48 601 777 002"), ("Ida Pióro", "12")],
    }
    for title, sheet_rows in rows.items():
        sheet = book.add_worksheet(title)
        for r, row in enumerate(sheet_rows):
            sheet.write_row(r, 0, row)
    book.close()
    s = services(window)
    before = s.clients.count()
    wizard = start(window, qtbot, path)
    qtbot.waitUntil(lambda: wizard.currentId() == MAPPING, timeout=10_000)
    assert "sheet “Clients” and its continuation: “Clients (2)”" in wizard.mapping_page.info.text()
    wizard.next()
    wizard.next()
    run = wizard.run_page
    qtbot.waitUntil(lambda: not run.running, timeout=20_000)
    assert run.result is not None
    assert run.result.imported == 3
    assert s.clients.count() == before + 3
    assert run.problems.index(0, 0).data() == "Clients (2): 3"
    wizard.accept()
