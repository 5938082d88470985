"""Client book services on a real SQLite book: validation, edits, search, listing."""

from __future__ import annotations

import sqlite3
from pathlib import Path

import pytest

from planner.app import Services
from planner.errors import Conflict, NotFound, ValidationError
from planner.services.clients import ClientFilter
from planner.services.views import ClientInput, ContactPointInput
from planner.vocabulary import Outcome


def phone(value: str, *, preferred: bool = False, consent: bool = True) -> ContactPointInput:
    return ContactPointInput("call", value, preferred=preferred, consent=consent)


def email(value: str) -> ContactPointInput:
    return ContactPointInput("email", value)


def rows_in(path: Path, table: str) -> int:
    with sqlite3.connect(path) as conn:
        return int(conn.execute(f"SELECT count(*) FROM {table}").fetchone()[0])


def test_add_normalises_phone_to_e164_with_the_books_region(services: Services) -> None:
    services.settings.set("phone.region", "PL")
    added = services.clients.add(
        ClientInput(name="  Jan   Kowalski ", tier="b", contacts=(phone("601 234 567"),))
    )
    cid, changes = added.value, added.changes
    client = services.clients.get(cid)
    assert client.name == "Jan Kowalski"
    assert client.tier == "B"
    assert [c.value for c in client.contacts] == ["+48601234567"]
    assert cid in changes.clients
    assert changes.touches


def test_add_lowercases_email_domain_without_dns(services: Services) -> None:
    cid = services.clients.add(
        ClientInput(name="Anna", contacts=(email("Anna.Nowak@Example.COM"),))
    ).value
    assert services.clients.get(cid).contacts[0].value == "Anna.Nowak@example.com"


@pytest.mark.parametrize(
    ("data", "field"),
    [
        (ClientInput(name="  "), "name"),
        (ClientInput(name="X", tier="Z"), "tier"),
        (ClientInput(name="X", contacts=(phone("12"),)), "contacts.0"),
        (ClientInput(name="X", contacts=(email("not-an-email"),)), "contacts.0"),
        (ClientInput(name="X", birthday=(None, 2, 30)), "birthday"),
        (ClientInput(name="X", timezone="Mars/Olympus"), "timezone"),
        (ClientInput(name="X", language="de"), "language"),
    ],
)
def test_bad_input_is_refused_and_nothing_is_written(
    services: Services, book_path: Path, data: ClientInput, field: str
) -> None:
    with pytest.raises(ValidationError) as err:
        services.clients.add(data)
    assert field in err.value.problems
    assert err.value.problems[field]
    assert rows_in(book_path, "client") == 0
    assert rows_in(book_path, "touch") == 0


def test_birthday_without_year_allows_29_february(services: Services) -> None:
    cid = services.clients.add(ClientInput(name="Leap", birthday=(None, 2, 29))).value
    assert services.clients.get(cid).birthday == (None, 2, 29)


def test_two_preferred_points_are_refused(services: Services) -> None:
    with pytest.raises(ValidationError) as err:
        services.clients.add(
            ClientInput(
                name="X",
                contacts=(
                    phone("+48601234567", preferred=True),
                    ContactPointInput("email", "x@example.com", preferred=True),
                ),
            )
        )
    assert "contacts" in err.value.problems


def test_edit_replaces_fields_and_keeps_contact_ids(services: Services) -> None:
    cid = services.clients.add(
        ClientInput(name="Old", contacts=(phone("+48601234567"),), tags=("vip",))
    ).value
    before = services.clients.get(cid)
    data = before.to_input()
    services.clients.edit(
        cid,
        ClientInput(
            name="New",
            tier="A",
            company="Firma Sp. z o.o.",
            contacts=(*data.contacts, email("new@example.com")),
            tags=("vip", "warsaw"),
        ),
        version=before.version,
    )
    after = services.clients.get(cid)
    assert (after.name, after.tier, after.company) == ("New", "A", "Firma Sp. z o.o.")
    assert after.contacts[0].id == before.contacts[0].id
    assert after.tags == ("vip", "warsaw")
    assert after.version > before.version


def test_edit_with_a_stale_version_is_a_conflict(services: Services) -> None:
    cid = services.clients.add(ClientInput(name="A")).value
    stale = services.clients.get(cid).version
    services.clients.edit(cid, ClientInput(name="B"), version=stale)
    with pytest.raises(Conflict):
        services.clients.edit(cid, ClientInput(name="C"), version=stale)
    assert services.clients.get(cid).name == "B"


def test_archive_cancels_the_plan_and_delete_removes_all_history(
    services: Services, book_path: Path
) -> None:
    cid = services.clients.add(ClientInput(name="Gone", contacts=(phone("+48601234567"),))).value
    assert services.clients.get(cid).planned
    services.clients.archive(cid)
    archived = services.clients.get(cid)
    assert archived.status == "archived"
    assert archived.planned == ()
    services.clients.delete(cid)
    with pytest.raises(NotFound):
        services.clients.get(cid)
    assert rows_in(book_path, "touch") == 0
    assert rows_in(book_path, "contact_point") == 0
    assert services.clients.search("Gone") == []


@pytest.fixture
def folded_book(services: Services) -> dict[str, int]:
    services.settings.set("phone.region", "PL")
    people = {
        "yolkin": ClientInput(name="Пётр Ёлкин", company="ООО «Ромашка»"),
        "lodz": ClientInput(name="Łukasz Żółtowski", company="Łódź Sp. z o.o."),
        "phone": ClientInput(name="Phone Person", contacts=(phone("+48 601 234 567"),)),
        "mail": ClientInput(name="Mail Person", contacts=(email("zofia@example.com"),)),
        "tagged": ClientInput(name="Tagged Person", tags=("Hurtownia",)),
        "yod": ClientInput(name="Йосиф Иванов"),
        "moscow": ClientInput(name="Moscow Phone", contacts=(phone("+7 916 123-45-67"),)),
        "handle": ClientInput(
            name="Handle Person",
            contacts=(
                ContactPointInput("telegram", "@kowal_tg"),
                ContactPointInput("meeting", "ul. Piotrkowska 12, Kraków"),
            ),
        ),
    }
    return {key: services.clients.add(data).value for key, data in people.items()}


@pytest.mark.parametrize(
    ("query", "who"),
    [
        ("елкин", "yolkin"),
        ("ЁЛКИН", "yolkin"),
        ("петр", "yolkin"),
        ("ромаш", "yolkin"),
        ("lukasz", "lodz"),
        ("ŁUKASZ", "lodz"),
        ("zoltowski", "lodz"),
        ("lodz", "lodz"),
        ("601 234", "phone"),
        ("+48601", "phone"),
        ("zofia@exa", "mail"),
        ("hurtow", "tagged"),
        ("йосиф", "yod"),
        ("916 123", "moscow"),
        ("+7916", "moscow"),
        ("kowal_tg", "handle"),
        ("piotrkowska", "handle"),
    ],
)
def test_search_folds_case_and_diacritics(
    services: Services, folded_book: dict[str, int], query: str, who: str
) -> None:
    assert services.clients.search(query) == [folded_book[who]]


def test_search_keeps_й_apart_from_и_and_ignores_fts_syntax(
    services: Services, folded_book: dict[str, int]
) -> None:
    assert services.clients.search("иосиф") == []
    assert services.clients.search('" OR * NEAR(') == []
    assert services.clients.search("   ") == []


def test_search_follows_edits(services: Services, folded_book: dict[str, int]) -> None:
    cid = folded_book["mail"]
    services.clients.edit(cid, ClientInput(name="Renamed Person"))
    assert services.clients.search("renamed") == [cid]
    assert services.clients.search("zofia") == []


def test_ids_filter_and_sort_in_sql(services: Services) -> None:
    ids = {
        name: services.clients.add(ClientInput(name=name, tier=tier, company=company)).value
        for name, tier, company in [
            ("Charlie", "A", "Zeta"),
            ("alpha", "C", "Beta"),
            ("Bravo", "A", None),
        ]
    }
    assert services.clients.ids() == [ids["alpha"], ids["Bravo"], ids["Charlie"]]
    assert services.clients.ids(sort="name", descending=True)[0] == ids["Charlie"]
    assert services.clients.ids(ClientFilter(tiers=("A",))) == [ids["Bravo"], ids["Charlie"]]
    assert services.clients.ids(ClientFilter(text="bra")) == [ids["Bravo"]]
    assert services.clients.ids(sort="company") == [ids["Bravo"], ids["alpha"], ids["Charlie"]]
    services.clients.archive(ids["alpha"])
    assert services.clients.ids(ClientFilter(statuses=("archived",))) == [ids["alpha"]]


def test_rows_returns_a_page_in_the_given_order(services: Services) -> None:
    a = services.clients.add(
        ClientInput(name="A", contacts=(phone("+48601234567"), email("a@example.com")))
    ).value
    b = services.clients.add(ClientInput(name="B", tags=("x", "w"))).value
    rows = services.clients.rows([b, a, 999])
    assert [r.id for r in rows] == [b, a]
    assert rows[0].tags == "w, x"
    assert (rows[1].phone, rows[1].email) == ("+48601234567", "a@example.com")
    assert rows[1].next_due is not None


def test_a_rows_next_touch_is_the_earliest_planned_one(services: Services) -> None:
    """Whatever order the book hands the planned touches over in, the row shows the
    earliest (and of two on one day, the first made); done touches do not count."""
    from planner.vocabulary import Channel, Purpose

    cid = services.clients.add(ClientInput(name="A", contacts=(phone("+48601234567"),))).value
    day = min(t.due for t in services.clients.get(cid).planned)
    first = services.planning.add_touch(cid, day, Channel.EMAIL, Purpose.CUSTOM, None).value
    services.planning.add_touch(cid, day, Channel.CALL, Purpose.CUSTOM, None)

    def expected() -> tuple[object, str]:
        touch = min(services.clients.get(cid).planned, key=lambda t: (t.due, t.id))
        return touch.due, touch.channel

    [row] = services.clients.rows([cid])
    assert (row.next_due, row.next_channel) == expected()
    services.planning.log_outcome(first, Outcome.REACHED)
    [row] = services.clients.rows([cid])
    assert (row.next_due, row.next_channel) == expected()
    assert first not in {t.id for t in services.clients.get(cid).planned}
