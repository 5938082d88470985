"""Real exports arrive whole: fixtures written byte for byte as phones and mail apps write them
(see tests/fixtures/contacts/make_fixtures.py), a property test that every card is accounted
for, phone search by any part, and merging duplicates."""

from __future__ import annotations

from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from planner_io_helpers import clients, problems, read_all
from transfer_helpers import add_client, contacts_of, tags_of

from planner.app import Services
from planner.io.encoding import detect_encoding
from planner.io.records import ImportedClient, RowProblem

FIXTURES = Path(__file__).parents[2] / "fixtures" / "contacts"


def _read(name: str, region: str = "PL") -> list[ImportedClient | RowProblem]:
    return read_all(FIXTURES / name, default_region=region)


def test_the_fixtures_are_the_bytes_the_generator_writes() -> None:
    import importlib.util

    spec = importlib.util.spec_from_file_location("make", FIXTURES / "make_fixtures.py")
    assert spec is not None
    assert spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    for name, data in module.FILES.items():
        assert (FIXTURES / name).read_bytes() == data, name


def test_android_phone_only_card_is_named_after_its_phone() -> None:
    items = _read("android21_phone_only.vcf")
    assert [c.name for c in clients(items)] == ["Anna Nowak", "+48602345678", "Łukasz Wójcik"]
    (named,) = problems(items)
    assert (named.row, named.code, dict(named.args)["source"]) == (2, "named-from", "phone")


def test_utf8_bom_and_utf16_be_without_bom() -> None:
    (alena,) = clients(_read("utf8_bom.vcf"))
    assert alena.name == "Алёна Ковалёва"
    items = _read("utf16be_nobom.vcf")
    assert [c.name for c in clients(items)] == ["Zażółć Gęślą", "Jan Kowalski"]
    assert [(p.code, p.args) for p in problems(items)] == [
        ("encoding-guessed", (("encoding", "utf-16-be"),))
    ]


def test_quoted_printable_cp1250_without_charset_is_guessed_and_reported() -> None:
    items = _read("qp_cp1250_nocharset.vcf")
    (client,) = clients(items)
    assert client.name == "Małgorzata Żółtowska"
    assert client.notes == "Dzwonić po południu, zapytać o ofertę"
    assert [(p.code, p.args) for p in problems(items)] == [
        ("encoding-guessed", (("encoding", "cp1250"),))
    ]


def test_shift_jis_charset_is_decoded() -> None:
    items = _read("shift_jis.vcf")
    (client,) = clients(items)
    assert client.name == "山田 太郎"
    assert problems(items) == []


def test_rfc6350_extension_is_kept() -> None:
    items = _read("rfc6350_ext.vcf")
    (client,) = clients(items)
    assert [(c.value, c.extension) for c in client.contacts] == [
        ("+48225550102", "102"),
        ("+48601234567", None),
    ]
    assert client.notes is None  # the extension is stored with its number, not in the notes
    assert [p.code for p in problems(items)] == ["extension-kept"]


def test_icloud_fax_label_is_never_a_number_to_call() -> None:
    items = _read("icloud30_fax.vcf")
    (ewa,) = clients(items)
    assert [(c.channel, c.value, c.kind) for c in ewa.contacts] == [
        ("call", "+48221112233", "fax"),
        ("call", "+48604567890", "voice"),
        ("email", "ewa@biuro.pl", "voice"),
        ("call", "+48221112234", "fax"),
    ]
    assert not any(c.preferred for c in ewa.contacts if c.kind == "fax")
    assert ewa.notes is not None
    assert "Fax" not in ewa.notes
    assert "Dyrektor\nul. Marszałkowska 1, Warszawa, 00-950" in ewa.notes  # title, address
    assert [p.code for p in problems(items)] == ["fax-kept", "fax-kept"]


def test_nickname_only_card_is_imported_and_reported() -> None:
    items = _read("nickname_only.vcf")
    kasia, marek = clients(items)
    assert (kasia.name, kasia.notes) == ("Kasia", "ul. Długa 5, Gdańsk, 80-001, Polska")
    assert marek.name == "Marek Nowicki"
    assert [(p.row, p.code) for p in problems(items)] == [(1, "named-from")]


def test_thunderbird_csv_split_birthday_and_extension() -> None:
    items = _read("thunderbird.csv")
    anna, jan = clients(items)
    assert (anna.birthday, jan.birthday) == ((1985, 4, 12), (None, 12, 31))
    assert anna.company == "Firma"
    assert jan.notes is None
    assert [(c.value, c.extension) for c in jan.contacts if c.channel == "call"] == [
        ("+48225550102", "12")
    ]


def test_outlook_cp1251_tier_word_and_a_second_namesake() -> None:
    items = _read("outlook_ru.csv", region="RU")
    first, second = clients(items)
    assert (first.tier, second.tier) == ("A", "B")  # "Категория" is the tier
    assert first.tags == ()
    assert "+79164417061" in [c.value for c in first.contacts]  # "8 916 ..." read in RU
    assert [(c.value, c.kind) for c in first.contacts if c.kind != "voice"] == [
        ("+74951234568", "fax")  # the "Факс (раб.)" column
    ]
    assert [p.code for p in problems(items)] == ["encoding-guessed", "fax-kept"]


def test_gmail_csv_several_values_and_a_nameless_row() -> None:
    items = _read("gmail.csv")
    tomasz, unnamed = clients(items)
    assert len([c for c in tomasz.contacts if c.channel == "email"]) == 2
    assert unnamed.name == "+48607890123"


def test_utf8_with_a_few_stray_bytes_stays_utf8() -> None:
    text = "Name,Phone\n" + "".join(f"Łukasz Wójcik {i},60123{i:04d}\n" for i in range(200))
    data = text.encode() + b"Bad \xb3 byte,601000000\n"
    data = data[:40] + b"\xff" + data[40:]  # one stray byte near the top
    sample = detect_encoding(data, complete=True)
    assert (sample.encoding, sample.guessed) == ("utf-8", False)


# --- every card is accounted for -----------------------------------------------------------

_NAMES = st.sampled_from(["", "Anna Nowak", "Jan", "Алёна", "Zażółć"])
_PHONES = st.sampled_from(["", "+48601234567", "12", "8 916 123-45-67", "+48 22 555 01 02 x7"])
_EMAILS = st.sampled_from(["", "a@firma.pl", "bad@", "x@y.ru"])
_EXTRA = st.sampled_from(["", "NOTE:note", "NICKNAME:Kasia", "ORG:ACME", "TEL;TYPE=FAX:+4822"])
_CARD = st.tuples(_NAMES, _PHONES, _EMAILS, _EXTRA)


def _card(name: str, phone: str, email: str, extra: str) -> str:
    lines = ["BEGIN:VCARD", "VERSION:3.0"]
    lines += [f"FN:{name}"] if name else []
    lines += [f"TEL:{phone}"] if phone else []
    lines += [f"EMAIL:{email}"] if email else []
    lines += [extra] if extra else []
    return "\r\n".join([*lines, "END:VCARD"]) + "\r\n"


@settings(
    max_examples=60, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture]
)
@given(cards=st.lists(_CARD, min_size=1, max_size=12), bom=st.booleans())
def test_imported_plus_refused_is_the_number_of_cards(
    tmp_path: Path, cards: list[tuple[str, str, str, str]], bom: bool
) -> None:
    path = tmp_path / "cards.vcf"
    text = "".join(_card(*card) for card in cards)
    path.write_bytes(("\ufeff" if bom else "").encode() + text.encode())
    items = read_all(path)
    imported = [c.row for c in clients(items)]
    refused = [p.row for p in problems(items) if p.skips_row]
    assert sorted(imported + refused) == list(range(1, len(cards) + 1))
    for row, card in enumerate(cards, start=1):
        has_something = any(card[:3]) or card[3].startswith(("NICKNAME", "ORG", "TEL"))
        assert (row in imported) == has_something


# --- phone search by any part ----------------------------------------------------------------


@pytest.mark.parametrize("typed", ["441706", "4417061", "8 992 441-70-61", "+7 992 441 70 61"])
def test_phone_search_by_tail_national_and_8_prefix(services: Services, typed: str) -> None:
    services.settings.set("phone.region", "RU")
    cid = add_client(services, "Иван Петров", phone="+79924417061")
    other = add_client(services, "Анна", phone="+79161234567", notes="Москва, 441706")
    assert services.clients.search(typed) == [cid]
    assert other not in services.clients.search("441706")  # a postal code is not a phone


# --- merging duplicates ----------------------------------------------------------------------


def test_find_duplicates_and_merge_keeps_everything(services: Services, book_path: Path) -> None:
    services.settings.set("phone.region", "PL")
    keep = add_client(
        services, "Алёна Ковалёва", phone="+48601234567", tags=("vip",), notes="first"
    )
    other = add_client(
        services,
        "алена ковалева",
        phone="+48602345678",
        email="alena@x.pl",
        company="ИП",
        tags=("опт",),
        notes="second",
        birthday=(1990, 5, 1),
    )
    groups = services.merge.find_duplicates()
    assert [(g.rule, g.ids) for g in groups] == [("name", (keep, other))]
    result = services.merge.merge(keep, other).value
    assert (result.kept, result.removed) == (keep, other)
    assert result.moved_touches > 0  # the other client's planned touches came along
    detail = services.clients.get(keep)
    assert detail.company == "ИП"
    assert detail.notes == "first\nsecond"
    assert detail.birthday == (1990, 5, 1)
    assert contacts_of(book_path, keep) == {
        ("call", "+48601234567"),
        ("sms", "+48601234567"),
        ("call", "+48602345678"),
        ("sms", "+48602345678"),
        ("email", "alena@x.pl"),
    }
    assert tags_of(book_path, keep) == {"vip", "опт"}
    assert services.clients.search("alena@x.pl") == [keep]
    assert services.merge.find_duplicates() == []
    with pytest.raises(Exception, match="does not exist"):
        services.clients.get(other)


def test_merge_into_itself_is_refused(services: Services) -> None:
    from planner.errors import BookError

    cid = add_client(services, "Jan", phone="+48601234567")
    with pytest.raises(BookError) as refused:
        services.merge.merge(cid, cid)
    assert refused.value.code == "same-client"


def test_outlook_fax_and_pager_columns_are_kept_never_called() -> None:
    items = _read("outlook_en_fax.csv")
    marta, pawel = clients(items)
    assert [
        (c.value, c.kind, c.label, c.extension) for c in marta.contacts if c.channel == "call"
    ] == [
        ("+48224445566", "voice", "work", "21"),
        ("+48224445567", "fax", "work", None),
        ("+48224445568", "fax", "home", None),
        ("+48605111222", "voice", "mobile", None),
    ]
    # A client with only a fax and a pager still arrives, with no number to call.
    assert {c.kind for c in pawel.contacts} == {"fax", "pager"}
    assert [(p.row, p.code) for p in problems(items)] == [
        (2, "encoding-guessed"),  # Outlook's ANSI code page, no BOM: "ł" was guessed
        (2, "extension-kept"),
        (2, "fax-kept"),
        (2, "fax-kept"),
        (3, "fax-kept"),
        (3, "fax-kept"),
    ]


def test_google_phone_type_fax_is_a_fax() -> None:
    items = _read("gmail_fax.csv")
    (olga,) = clients(items)
    assert [(c.value, c.kind) for c in olga.contacts if c.channel == "call"] == [
        ("+48608123456", "voice"),
        ("+48225556677", "fax"),
    ]
