"""Undo in the core: each action's undo step restores the book's rows exactly.

The rows are read back from the real file with the standard `sqlite3` module: every
table except the undo history itself (and the full-text index's internal pages, which
the search assertions check instead), before the action, after it, after undo (the
"before" rows again, byte for byte) and after redo (the "after" rows again).
"""

from __future__ import annotations

import sqlite3
from datetime import date
from pathlib import Path

import pytest

from planner.app import Services
from planner.errors import BookError
from planner.services.salesviews import ItemInput
from planner.services.undo import HISTORY
from planner.services.views import ClientInput, ContactPointInput
from planner.vocabulary import Outcome

Dump = dict[str, list[tuple[object, ...]]]
SKIP = {"undo_step", "alembic_version", "sqlite_sequence"}


def dump(path: Path) -> Dump:
    with sqlite3.connect(path) as conn:
        names = [
            n
            for (n,) in conn.execute("SELECT name FROM sqlite_master WHERE type = 'table'")
            if n not in SKIP and not n.startswith(("sqlite_", "client_fts"))
        ]
        return {n: sorted(conn.execute(f'SELECT * FROM "{n}"').fetchall(), key=repr) for n in names}


def changed(a: Dump, b: Dump) -> set[str]:
    return {n for n in a if a[n] != b[n]}


def add(services: Services, name: str, phone: str, **kw: object) -> int:
    contacts = (
        ContactPointInput("call", phone, preferred=True),
        ContactPointInput("email", f"{abs(hash(name)) % 10**6}@example.com"),
    )
    cid = services.clients.add(ClientInput(name=name, contacts=contacts, **kw)).value  # type: ignore[arg-type]
    return cid


def first_touch(services: Services, cid: int) -> int:
    [touch, *_] = services.planning.plan(date(2026, 11, 26), date(2027, 12, 31), cid)
    return touch.id


def roundtrip(services: Services, path: Path, action: object) -> tuple[Dump, Dump]:
    """Run `action`, then check undo gives the rows before and redo the rows after."""
    before = dump(path)
    assert callable(action)
    action()
    after = dump(path)
    assert changed(before, after), "the action changed nothing"
    undone = services.undo()
    assert dump(path) == before
    redone = services.redo()
    assert dump(path) == after
    assert undone.value.id == redone.value.id
    assert undone.changes.touches
    return before, after


def test_an_edit_is_undone_to_the_exact_rows(services: Services, book_path: Path) -> None:
    cid = add(services, "Jan Kowalski", "+48601234567", tags=("vip",), notes="first")
    detail = services.clients.get(cid)
    edit = detail.to_input()
    new = ClientInput(
        name="Jan Nowak",
        tier="A",
        company="Nowak sp.",
        contacts=(ContactPointInput("call", "+48609999999", preferred=True),),
        tags=("opt",),
        notes="second",
        birthday=(1980, 2, 3),
    )
    before, after = roundtrip(services, book_path, lambda: services.clients.edit(cid, new).changes)
    assert changed(before, after) >= {"client", "contact_point", "client_tag"}
    services.undo()
    assert services.clients.get(cid).to_input() == edit
    assert services.clients.search("kowalski") == [cid]  # the search index follows
    assert services.clients.search("nowak") == []
    undo, redo = services.history.history()
    assert undo is not None
    assert undo.action == "add"
    assert redo is not None
    assert (redo.action, redo.args["name"], redo.undone) == ("edit", "Jan Nowak", True)


def test_a_move_is_undone_and_redone(services: Services, book_path: Path) -> None:
    cid = add(services, "Anna", "+48601234568")
    tid = first_touch(services, cid)
    before, after = roundtrip(
        services, book_path, lambda: services.planning.move(tid, date(2026, 12, 15)).changes
    )
    assert changed(before, after) == {"touch"}
    services.undo()
    assert services.planning.touch(tid).due != date(2026, 12, 15)


def test_a_delete_with_sales_and_offers_is_undone(
    services: Services, book_path: Path, tmp_path: Path
) -> None:
    services.catalog.add(ItemInput("DRILL", "Drill X200", "1 234,50", warranty_months=24))
    services.catalog.add(ItemInput("BITS", "Bit set", "49,90"))
    services.catalog.add(ItemInput("SERVICE", "Annual service", "199"))
    services.catalog.set_related("DRILL", [("BITS", "consumable"), ("SERVICE", "service")])
    cid = add(services, "Олег Петров", "+48601234569")
    other = add(services, "Ewa", "+48601234570")
    services.sales.record_sale(cid, date(2026, 11, 20), [("DRILL", "1")])
    services.offers.make_price_list(cid, tmp_path / "offer.xlsx")
    start = dump(book_path)
    assert all(start[t] for t in ("sale", "sale_line", "offer", "offer_line"))
    before, after = roundtrip(services, book_path, lambda: services.clients.delete(cid).changes)
    assert changed(before, after) >= {
        "client", "contact_point", "touch", "sale", "sale_line", "offer", "offer_line"
    }  # fmt: skip
    assert not any(r[0] == cid for r in after["client"])
    assert any(r[0] == other for r in after["client"])
    result = services.undo()
    assert result.changes.sales
    assert cid in result.changes.clients
    assert dump(book_path) == before
    assert services.clients.get(cid).name == "Олег Петров"


def test_an_outcome_with_follow_ups_is_undone(services: Services, book_path: Path) -> None:
    cid = add(services, "Piotr", "+48601234571")
    tid = first_touch(services, cid)
    before = dump(book_path)
    services.planning.log_outcome(tid, Outcome.NO_ANSWER, "busy")  # plans a retry
    after = dump(book_path)
    new_touches = set(after["touch"]) - set(before["touch"])
    assert new_touches, "the outcome planned a follow-up"
    assert services.planning.touch(tid).status == "done"
    services.undo()
    assert dump(book_path) == before
    restored = services.planning.touch(tid)
    assert (restored.status, restored.outcome) == ("planned", None)
    services.redo()
    assert dump(book_path) == after


def test_an_outcome_that_stops_the_client_is_undone(services: Services, book_path: Path) -> None:
    cid = add(services, "Marta", "+48601234572")
    tid = first_touch(services, cid)
    before, after = roundtrip(
        services,
        book_path,
        lambda: services.planning.log_outcome(tid, Outcome.DO_NOT_CONTACT, stop_client=True),
    )
    assert "client" in changed(before, after)
    services.undo()
    assert services.clients.get(cid).status == "active"


def test_a_merge_is_undone_to_two_clients(services: Services, book_path: Path) -> None:
    keep = add(services, "Алёна Ковалёва", "+48601234573", tags=("vip",), notes="first")
    other = add(
        services, "алена ковалева", "+48601234574", tags=("опт",), company="ИП", notes="second"
    )
    before, after = roundtrip(services, book_path, lambda: services.merge.merge(keep, other).value)
    assert {r[0] for r in after["client"]} == {keep}
    services.undo()
    assert services.clients.get(other).company == "ИП"
    assert services.clients.get(keep).notes == "first"
    assert dump(book_path) == before


def test_an_added_client_is_undone_and_redone(services: Services, book_path: Path) -> None:
    before = dump(book_path)
    cid = add(services, "Nowy", "+48601234575")
    after = dump(book_path)
    services.undo()
    assert dump(book_path) == before
    services.redo()
    assert dump(book_path) == after
    assert services.clients.get(cid).name == "Nowy"


def test_undo_is_refused_when_the_rows_changed_since(services: Services, book_path: Path) -> None:
    cid = add(services, "Jan", "+48601234576")
    services.clients.edit(cid, ClientInput(name="Jan B", contacts=()))
    with sqlite3.connect(book_path) as conn:  # another program changes the client meanwhile
        conn.execute("UPDATE client SET notes = 'by hand' WHERE id = ?", (cid,))
    before = dump(book_path)
    with pytest.raises(BookError) as refused:
        services.undo()
    assert refused.value.code == "undo-changed"
    assert dump(book_path) == before  # nothing written


def test_a_new_action_clears_redo_and_nothing_left_is_a_code(services: Services) -> None:
    cid = add(services, "Jan", "+48601234577")
    services.undo()
    assert services.history.history()[1] is not None
    add(services, "Ewa", "+48601234578")
    assert services.history.history()[1] is None
    with pytest.raises(BookError) as nothing:
        services.redo()
    assert nothing.value.code == "nothing-to-redo"
    services.undo()
    with pytest.raises(BookError) as empty:
        services.undo()
    assert empty.value.code == "nothing-to-undo"
    with pytest.raises(BookError):
        services.clients.get(cid)


def test_the_history_is_bounded(services: Services, book_path: Path) -> None:
    cid = add(services, "Jan", "+48601234579")
    for i in range(HISTORY + 5):
        services.clients.edit(cid, ClientInput(name=f"Jan {i}", contacts=()))
    with sqlite3.connect(book_path) as conn:
        assert conn.execute("SELECT count(*) FROM undo_step").fetchone()[0] == HISTORY


def test_a_refused_action_writes_no_undo_step(services: Services, book_path: Path) -> None:
    cid = add(services, "Jan", "+48601234580")
    with pytest.raises(BookError):
        services.clients.edit(cid, ClientInput(name=" "))
    step, _ = services.history.history()
    assert step is not None
    assert step.action == "add"
