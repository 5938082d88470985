"""CSV client lists: encodings, delimiters, header rows, Google and Outlook exports."""

from __future__ import annotations

from pathlib import Path

import pytest
from planner_io_helpers import clients, problems, read_all

from planner.io.guards import Limits
from planner.io.mapping import ContactColumn, Mapping
from planner.io.reader import read_clients
from planner.io.records import ImportedContact, ImportRefused


def columns(text: str) -> list[str]:
    return text.split(",")


def write(tmp_path: Path, text: str, encoding: str = "utf-8", name: str = "c.csv") -> Path:
    path = tmp_path / name
    path.write_bytes(text.encode(encoding))
    return path


def test_cp1251_with_semicolons_and_header_below_a_title(tmp_path: Path) -> None:
    text = (
        "Список клиентов на 01.03.2024\r\n\r\n"
        "ФИО;Телефон;E-mail;Компания;Дата рождения;Примечание\r\n"
        "Иванов Иван Иванович;8 916 123-45-67;ivan@mail.ru;ООО «Ромашка»;12.04.1985;"
        "звонить утром\r\n"
        "Ёлкина Жанна;+7 916 765 43 21;;;;\r\n"
    )
    path = write(tmp_path, text, "cp1251")
    with read_clients(path, default_region="RU") as source:
        assert source.encoding == "cp1251"
        assert source.delimiter == ";"
        assert source.headers == (
            "ФИО",
            "Телефон",
            "E-mail",
            "Компания",
            "Дата рождения",
            "Примечание",
        )
        assert source.mapping is not None
        assert source.mapping.header_row == 3
        assert source.encoding_guessed
        items = list(source)
    assert [(p.row, p.code, p.args) for p in problems(items)] == [
        (4, "encoding-guessed", (("encoding", "cp1251"),))  # named once, on the first row
    ]
    first, second = clients(items)
    assert first.row == 4
    assert first.name == "Иванов Иван Иванович"
    assert first.company == "ООО «Ромашка»"
    assert first.contacts == (
        ImportedContact("call", "+79161234567"),
        ImportedContact("email", "ivan@mail.ru"),
    )
    assert first.birthday == (1985, 4, 12)
    assert first.notes == "звонить утром"
    assert second.name == "Ёлкина Жанна"


def test_cp1250_polish_first_and_last_name(tmp_path: Path) -> None:
    text = (
        "Imię;Nazwisko;Telefon komórkowy;Firma;Urodziny\r\n"
        "Łukasz;Żółćkowski;601 234 567;Zakład Usług Śląsk;--\r\n"
        "Agnieszka;Wąsowicz-Źdźbło;+48 602 345 678;;31.12.1990\r\n"
    )
    path = write(tmp_path, text, "cp1250")
    with read_clients(path) as source:
        assert source.encoding == "cp1250"
        items = list(source)
    found = clients(items)
    assert [c.name for c in found] == ["Łukasz Żółćkowski", "Agnieszka Wąsowicz-Źdźbło"]
    assert found[0].company == "Zakład Usług Śląsk"
    assert found[0].contacts == (ImportedContact("call", "+48601234567", "mobile"),)
    assert [p.code for p in problems(items)] == ["encoding-guessed", "bad-birthday"]
    assert found[1].birthday == (1990, 12, 31)


def test_utf8_with_bom_and_commas(tmp_path: Path) -> None:
    path = write(
        tmp_path, "Name,Phone,Email\r\nJan Kowalski,601234567,jan@firma.pl\r\n", "utf-8-sig"
    )
    with read_clients(path) as source:
        assert source.encoding == "utf-8-sig"
        assert source.headers == ("Name", "Phone", "Email")
        (client,) = list(source)
    assert client.name == "Jan Kowalski"  # type: ignore[union-attr]


def test_tab_delimited_utf16_as_excel_unicode_text(tmp_path: Path) -> None:
    path = write(tmp_path, "Имя\tФамилия\tТелефон\r\nАнна\tСмирнова\t+79161234567\r\n", "utf-16")
    with read_clients(path) as source:
        assert (source.encoding, source.delimiter) == ("utf-16", "\t")
        (client,) = clients(list(source))
    assert client.name == "Анна Смирнова"  # "Имя" with a "Фамилия" column is a first name


def test_tab_delimited_utf8(tmp_path: Path) -> None:
    path = write(tmp_path, "Name\tPhone\tCompany\nJan, Jr.\t601 234 567\tACME, Inc.\n")
    (client,) = clients(read_all(path))
    assert (client.name, client.company) == ("Jan, Jr.", "ACME, Inc.")


def test_pipe_and_excel_sep_line(tmp_path: Path) -> None:
    assert clients(read_all(write(tmp_path, "Name|Phone\nJan|601234567\n")))[0].name == "Jan"
    path = write(tmp_path, "sep=;\nName;Phone\nAnna;601234567\n", name="sep.csv")
    with read_clients(path) as source:
        assert source.delimiter == ";"
        assert source.mapping is not None
        assert source.mapping.header_row == 2
        assert clients(list(source))[0].name == "Anna"


def test_quoted_multiline_cells_keep_row_numbers(tmp_path: Path) -> None:
    text = 'Name,Notes,Phone\n"Jan","line one\nline two",601234567\n\n"Anna",,602345678\n'
    items = read_all(write(tmp_path, text))
    assert [(c.row, c.name) for c in clients(items)] == [(2, "Jan"), (4, "Anna")]
    assert clients(items)[0].notes == "line one\nline two"


def test_row_problems_keep_the_row_when_only_a_value_is_bad(tmp_path: Path) -> None:
    text = (
        "Name,Phone,E-mail,Birthday\n"
        "Jan,12,jan@,32.13.1985\n"  # everything but the name is bad: the client still comes
        ",601234567,anna@firma.pl,\n"  # no name: named after its e-mail
        ",,,\n"  # empty: skipped silently
        ",,,1.2.1990\n"  # nothing to name or reach: the only unusable row
    )
    items = read_all(write(tmp_path, text))
    assert [(type(i).__name__, i.row) for i in items] == [
        ("RowProblem", 2),
        ("RowProblem", 2),
        ("RowProblem", 2),
        ("ImportedClient", 2),
        ("RowProblem", 3),
        ("ImportedClient", 3),
        ("RowProblem", 5),
    ]
    codes = [(p.field, p.code, p.skips_row) for p in problems(items)]
    assert codes == [
        ("phone", "bad-phone", False),
        ("email", "bad-email", False),
        ("birthday", "bad-birthday", False),
        ("name", "named-from", False),
        ("name", "missing-name", True),
    ]
    assert "12" in problems(items)[0].message
    jan, anna = clients(items)
    # The number is kept as typed and flagged for the salesperson to fix; the e-mail, which
    # is no contact point at all, stays in the notes.
    assert jan.contacts == (ImportedContact("call", "12", unverified=True),)
    assert jan.notes == "E-mail (unverified, as typed): jan@"
    assert anna.name == "anna@firma.pl"


def test_company_alone_names_the_client(tmp_path: Path) -> None:
    (client,) = clients(read_all(write(tmp_path, "Company;Phone\nACME sp. z o.o.;601234567\n")))
    assert (client.name, client.company) == ("ACME sp. z o.o.", "ACME sp. z o.o.")


def test_several_phones_in_one_cell_and_duplicates(tmp_path: Path) -> None:
    text = 'Name,Phone,Mobile\nJan,"601 234 567; +48 602 345 678",601234567\n'
    (client,) = clients(read_all(write(tmp_path, text)))
    assert [c.value for c in client.contacts] == ["+48601234567", "+48602345678"]


def test_tags_tier_language_timezone(tmp_path: Path) -> None:
    text = (
        "Name;Tags;Tier;Language;Time zone\n"
        "Jan;VIP, hurt;A;Polski;Europe/Warsaw\n"
        "Anna;;B;Klingon;Mars/Olympus\n"
    )
    items = read_all(write(tmp_path, text))
    jan, anna = clients(items)
    assert (jan.tags, jan.tier, jan.language, jan.timezone) == (
        ("VIP", "hurt"),
        "A",
        "pl",
        "Europe/Warsaw",
    )
    assert (anna.language, anna.timezone) == (None, None)
    assert [p.code for p in problems(items)] == ["bad-language", "bad-timezone"]


def test_bad_bytes_after_the_sample_are_only_their_rows_problem(tmp_path: Path) -> None:
    good = "".join(f"Client {i},60{i:07d}\n" for i in range(5000))  # > 64 KB of UTF-8
    data = ("Name,Phone\n" + good).encode() + b"Bad \xff\xfe row,601234567\nLast,602345678\n"
    path = tmp_path / "late.csv"
    path.write_bytes(data)
    items = read_all(path)
    (problem,) = problems(items)
    assert (problem.row, problem.code, problem.skips_row) == (5002, "bad-text", False)
    assert problem.args == (("encoding", "utf-8"),)
    assert [c.name for c in clients(items)[-2:]] == ["Bad \ufffd\ufffd row", "Last"]


def test_open_quote_is_refused_with_the_row(tmp_path: Path) -> None:
    text = 'Name,Phone\nJan,601234567\n"Anna,602345678\n' + "x" * 200_000 + "\n"
    with pytest.raises(ImportRefused) as refused:
        read_all(write(tmp_path, text))
    assert refused.value.code == "bad-csv"
    assert "Row 3" in refused.value.message


def test_no_header_needs_a_mapping(tmp_path: Path) -> None:
    path = write(tmp_path, "Jan Kowalski;601234567\nAnna Nowak;602345678\n")
    with read_clients(path) as source:
        assert source.mapping is None
        assert source.sample_rows[0] == ("Jan Kowalski", "601234567")
        with pytest.raises(ImportRefused) as refused:
            list(source)
        assert refused.value.code == "no-header"
        source.set_mapping(Mapping(header_row=None, name=0, contacts=(ContactColumn(1),)))
        assert source.headers is None
        assert [c.name for c in clients(list(source))] == ["Jan Kowalski", "Anna Nowak"]


def test_mapping_without_a_name_column_names_clients_after_their_email(tmp_path: Path) -> None:
    path = write(tmp_path, "Phone;E-mail\n601234567;a@firma.pl\n")
    with read_clients(path) as source:
        items = list(source)
    assert [c.name for c in clients(items)] == ["a@firma.pl"]
    assert [p.code for p in problems(items)] == ["named-from"]


def test_mapping_without_any_usable_column_is_refused(tmp_path: Path) -> None:
    path = write(tmp_path, "Notes;Birthday\nsome note;1.2.1990\n")
    with read_clients(path) as source, pytest.raises(ImportRefused) as refused:
        list(source)
    assert refused.value.code == "no-name-column"


def test_thunderbird_split_birthday_and_tier_words(tmp_path: Path) -> None:
    text = (
        "First Name,Last Name,Display Name,Primary Email,Mobile Number,"
        "Birth Year,Birth Month,Birth Day,Категория\n"
        "Anna,Nowak,Anna Nowak,anna@firma.pl,601234567,1985,4,12,A\n"
        "Jan,Kowalski,Jan Kowalski,jan@firma.pl,,,12,31,B\n"
    )
    with read_clients(write(tmp_path, text)) as source:
        assert source.mapping is not None
        assert source.mapping.tier == 8
        assert source.mapping.tags == ()
        anna, jan = clients(list(source))
    assert (anna.birthday, jan.birthday) == ((1985, 4, 12), (None, 12, 31))
    assert (anna.tier, jan.tier) == ("A", "B")


def test_size_limit_refuses_before_reading(tmp_path: Path) -> None:
    path = write(tmp_path, "Name\n" + "Jan\n" * 1000)
    with pytest.raises(ImportRefused) as refused:
        read_clients(path, limits=Limits(max_file_bytes=1000))
    assert refused.value.code == "too-big"
    assert "MB" in refused.value.message


@pytest.mark.parametrize(
    ("content", "code"),
    [
        (b"", "empty"),
        (b"Name,Phone\x00\x00\x01\x02\x03" * 50, "binary"),
        (bytes(range(256)) * 40, "binary"),
    ],
)
def test_garbage_is_refused(tmp_path: Path, content: bytes, code: str) -> None:
    path = tmp_path / "g.csv"
    path.write_bytes(content)
    with pytest.raises(ImportRefused) as refused:
        read_all(path)
    assert refused.value.code == code


def test_missing_file_and_directory(tmp_path: Path) -> None:
    with pytest.raises(ImportRefused) as refused:
        read_all(tmp_path / "nope.csv")
    assert refused.value.code == "not-found"
    with pytest.raises(ImportRefused) as refused:
        read_all(tmp_path)
    assert refused.value.code == "not-a-file"


def test_cancel_closes_the_file_and_progress_ends_at_one(tmp_path: Path) -> None:
    path = write(tmp_path, "Name\n" + "".join(f"Client {i}\n" for i in range(3000)))
    with read_clients(path) as source:
        stream = iter(source)
        next(stream)
        stream.close()  # what a Cancel button does
        assert len(clients(list(source))) == 3000
        assert source.progress == 1.0


def test_a_line_of_a_million_cells_is_refused(tmp_path: Path) -> None:
    path = write(tmp_path, "Name,Phone\nJan,601234567\n" + "," * 2_000_000 + "\n")
    with pytest.raises(ImportRefused) as refused:
        read_all(path)
    assert refused.value.code == "bad-csv"


def test_wide_header_is_read_quickly(tmp_path: Path) -> None:
    header = ",".join(["Name", "Phone"] + [f"x{i}" for i in range(50_000)])
    (client,) = clients(read_all(write(tmp_path, header + "\nJan,601234567\n")))
    assert client.contacts == (ImportedContact("call", "+48601234567"),)
