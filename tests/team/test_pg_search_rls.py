"""Search on a team book under row-level security (issue 14, points 2 and 4; revision
0025): the database's `cp_search` finds, for every kind of connection, exactly the ids
the policies let it see (the same as a hand-written LIKE under those policies), reads
the trigram index while doing so, and its owner's-rights half gives nothing away to a
salesperson who calls it by hand with someone else's id, the team's view or a scope."""

from __future__ import annotations

import time
from collections.abc import Iterator

import pytest
from sqlalchemy import Connection, Engine, create_engine, text
from sqlalchemy.engine import make_url

from planner.app import Services
from planner.db import Book
from planner.search import query_tokens
from planner.services.views import ClientInput, ContactPointInput
from planner.team.people import add_salesperson
from tests.conftest import fixed_clock

ANNA = [
    ("Jan Kowalski", "+48 601 234 567", ("vip",)),
    ("Пётр Ёлкин", "+7 912 345 67 89", ()),
    ("Łukasz Łódzki", "+48 602 111 222", ("opt",)),
    ("50% off_sale", "+48 603 000 111", ()),
]
BORIS = [
    ("Jan Kowalczyk", "+48 604 555 666", ("vip",)),
    ("Ёлкина Мария", "+7 913 000 11 22", ("opt",)),
    ("Anna Nowak", "+48 601 999 888", ()),
]
QUERIES = ["jan", "kowal", "елкин", "ЁЛК", "lodz", "łuk", "601", "+48 601", "vip", "opt",
           "off", "50", "sale", "nobody", "мария", "nowak"]  # fmt: skip


def as_login(url: str, login: str) -> str:
    return make_url(url).set(username=login).render_as_string(hide_password=False)


def raw(url: str, login: str) -> Engine:
    return create_engine(make_url(as_login(url, login)).set(drivername="postgresql+psycopg"))


def scope_to(conn: Connection, salesperson_id: int) -> None:
    """`SET LOCAL cp.scope`: a manager's connection narrowed to one salesperson."""
    conn.execute(text("SELECT set_config('cp.scope', :s, true)"), {"s": str(salesperson_id)})


def cp_search(conn: Connection, words: list[str]) -> list[int]:
    """The database's search as the app calls it, all ids."""
    sql = text("SELECT * FROM cp_search(CAST(:w AS text[]), NULL)")
    return list(conn.execute(sql, {"w": words}).scalars())


def fill(services: Services, people: list[tuple[str, str, tuple[str, ...]]]) -> list[int]:
    return [
        services.clients.add(
            ClientInput(name=name, contacts=(ContactPointInput("call", phone),), tags=tags)
        ).value
        for name, phone, tags in people
    ]


@pytest.fixture
def team(pg_url: str) -> Iterator[tuple[str, dict[str, int], list[int], list[int]]]:
    admin = Book(pg_url)
    ids = {
        "anna": add_salesperson(admin.engine, "anna", "Anna Nowak"),
        "boris": add_salesperson(admin.engine, "boris", "Борис Ёлкин"),
        "maria": add_salesperson(admin.engine, "maria", "Maria Manager", manager=True),
    }
    admin.close()
    anna = Services(Book(as_login(pg_url, "anna")), fixed_clock())
    boris = Services(Book(as_login(pg_url, "boris")), fixed_clock())
    try:
        yield pg_url, ids, fill(anna, ANNA), fill(boris, BORIS)
    finally:
        anna.close()
        boris.close()


def policy_ids(engine: Engine, query: str, scope: int | None = None) -> list[int]:
    """What the policies let this connection see of a plain LIKE search (no index)."""
    words = query_tokens(query)
    where = " AND ".join(
        f"(search_text LIKE :p{n} OR search_text LIKE :q{n})" for n in range(len(words))
    )
    params: dict[str, str] = {}
    for n, w in enumerate(words):
        esc = w.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_")
        params[f"p{n}"], params[f"q{n}"] = esc + "%", "% " + esc + "%"
    with engine.begin() as conn:
        if scope is not None:
            scope_to(conn, scope)
        rows = conn.execute(text(f"SELECT id FROM client WHERE {where} ORDER BY id"), params)
        return [r[0] for r in rows]


def test_every_connection_finds_what_its_policies_let_it_see(team) -> None:  # type: ignore[no-untyped-def]
    url, _ids, anna_ids, boris_ids = team
    for login in ("anna", "boris", "maria", None):
        services = Services(Book(url if login is None else as_login(url, login)), fixed_clock())
        engine = raw(url, login or "cp_admin")
        try:
            for query in QUERIES:
                expected = policy_ids(engine, query)
                assert services.clients.search(query) == expected, (login, query)
                assert services.clients.search(query, limit=1) == expected[:1], (login, query)
        finally:
            services.close()
            engine.dispose()
    anna = Services(Book(as_login(url, "anna")), fixed_clock())
    try:  # the queries do tell the salespeople apart
        assert anna.clients.search("jan") == anna_ids[:1]
        assert anna.clients.search("мария") == []
        assert anna.clients.search("off") == [anna_ids[3]]
    finally:
        anna.close()
    maria = Services(Book(as_login(url, "maria")), fixed_clock())
    try:
        assert maria.clients.search("jan") == [anna_ids[0], boris_ids[0]]
    finally:
        maria.close()


def test_a_scoped_manager_and_the_administrator_acting_as_a_salesperson(team) -> None:  # type: ignore[no-untyped-def]
    url, ids, anna_ids, boris_ids = team
    maria = raw(url, "maria")
    try:
        for query in QUERIES:
            expected = policy_ids(maria, query, scope=ids["boris"])
            assert set(expected) <= set(boris_ids)
            with maria.begin() as conn:
                scope_to(conn, ids["boris"])
                assert cp_search(conn, query_tokens(query)) == expected, query
    finally:
        maria.dispose()
    admin = Services(Book(url), fixed_clock())
    try:
        assert admin.clients.search("jan") == [anna_ids[0], boris_ids[0]]
        with admin.book.acting_as("boris"):  # type: ignore[attr-defined]
            assert admin.clients.search("jan") == [boris_ids[0]]
            assert admin.clients.search("kowalski") == []
    finally:
        admin.close()


HOSTILE = [
    # the team's view, another salesperson's id, no one's id, with and without a scope
    "cp_search_ids(:w, NULL, true, NULL, NULL)",
    "cp_search_ids(:w, NULL, true, NULL, :boris)",
    "cp_search_ids(:w, NULL, false, :boris, NULL)",
    "cp_search_ids(:w, NULL, false, NULL, NULL)",
    "cp_search_ids(:w, NULL, false, NULL, :boris)",
    "cp_search_ids(:w, NULL, true, :boris, :boris)",
]


@pytest.mark.parametrize("call", HOSTILE)
def test_a_salesperson_calling_the_owners_half_by_hand_gets_nothing_of_a_colleague(
    team,  # type: ignore[no-untyped-def]
    call: str,
) -> None:
    url, ids, anna_ids, boris_ids = team
    anna = raw(url, "anna")
    try:
        with anna.begin() as conn:
            scope_to(conn, ids["boris"])
            for words in (["jan"], ["kowal"], ["елкин"], ["601"], ["a"]):
                found = conn.execute(
                    text(f"SELECT * FROM {call}"), {"w": words, "boris": ids["boris"]}
                ).scalars()
                assert not set(found) & set(boris_ids), (call, words)
        with anna.begin() as conn:  # her own search is still hers alone, scope or not
            scope_to(conn, ids["boris"])
            assert cp_search(conn, ["jan"]) == anna_ids[:1]
    finally:
        anna.dispose()


def test_words_are_matched_as_text_never_as_patterns_or_sql(team) -> None:  # type: ignore[no-untyped-def]
    url, _ids, anna_ids, _boris_ids = team
    anna = raw(url, "anna")
    try:
        with anna.begin() as conn:

            def search(*words: str) -> list[int]:
                return cp_search(conn, list(words))

            # Unescaped, "%" would match every client and "of_" the one named
            # "50% off_sale" (folded "50 off_sale": no "%", one word with an "_")
            assert search("%") == []
            assert search("_") == []
            assert search("of_") == []
            assert search("off_") == [anna_ids[3]]
            assert search("%%") == []
            assert search("j_n") == []
            assert search("\\") == []
            assert search("x' OR true --") == []
            assert search("'); DELETE FROM client; --") == []
            assert search() == []
            assert search("") == []
        with anna.begin() as conn:
            assert conn.scalar(text("SELECT count(*) FROM client")) == len(ANNA)
    finally:
        anna.dispose()


def _trigram_scans(url: str) -> int:
    engine = create_engine(make_url(url).set(drivername="postgresql+psycopg"))
    try:
        with engine.connect() as conn:
            conn.execute(text("SELECT pg_stat_clear_snapshot()"))
            return int(
                conn.scalar(
                    text(
                        "SELECT idx_scan FROM pg_stat_user_indexes "
                        "WHERE indexrelname = 'ix_client_search_trgm'"
                    )
                )
                or 0
            )
    finally:
        engine.dispose()


def test_a_salespersons_search_reads_the_trigram_index(team) -> None:  # type: ignore[no-untyped-def]
    """Under the policies alone a salesperson's LIKE cannot use the index (it is not
    leakproof): every one of their clients was read and filtered."""
    url, ids, anna_ids, _boris_ids = team
    admin = create_engine(make_url(url).set(drivername="postgresql+psycopg"))
    with admin.begin() as conn:  # a few thousand clients each, so that an index pays
        conn.execute(
            text(
                "INSERT INTO client (name, company, notes, status, tier_id, birthday_month, "
                "birthday_day, timezone, language, salutation, created_on, updated_at, "
                "value_minor, at_risk, reached_cadence, search_text, version, owner_id) "
                "SELECT name || g, company, notes, status, tier_id, NULL, NULL, timezone, "
                "language, salutation, created_on, updated_at, value_minor, at_risk, 0, "
                "'client ' || md5(g::text), 1, CASE WHEN g % 10 = 0 THEN :b ELSE :a END "
                "FROM client, generate_series(1, 20000) g WHERE client.id = :first"
            ),
            {"a": ids["anna"], "b": ids["boris"], "first": anna_ids[0]},
        )
        conn.execute(text("ANALYZE client"))
        word = conn.scalar(text("SELECT substr(md5('3'), 1, 8)"))
    admin.dispose()
    before = _trigram_scans(url)
    anna = Services(Book(as_login(url, "anna")), fixed_clock())
    try:
        found = anna.clients.search(word)
    finally:
        anna.close()  # the backend's statistics reach the server as it ends
    assert len(found) == 1
    after = before
    for _ in range(50):  # the statistics are sent when the backend exits
        after = _trigram_scans(url)
        if after > before:
            break
        time.sleep(0.1)
    assert after > before
