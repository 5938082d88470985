"""The services the desktop UI adds: undo snapshots, putting a moved touch back, the
day's done touches, tags. Qt-free, on a real demo book."""

from __future__ import annotations

from datetime import UTC, date, datetime
from pathlib import Path

import pytest

from planner.app import Services
from planner.errors import BookError
from planner.vocabulary import Outcome

TODAY = date(2026, 3, 12)


def clock() -> datetime:
    return datetime(2026, 3, 12, 10, 0, tzinfo=UTC)


@pytest.fixture(scope="module")
def template(tmp_path_factory: pytest.TempPathFactory) -> Path:
    from planner.db import Book
    from planner.demo import generate

    path = tmp_path_factory.mktemp("uiextras") / "demo.sqlite"
    book = Book(path)
    generate(book, 120, 5, "ru", TODAY)
    book.close()
    return path


@pytest.fixture
def services(template: Path, tmp_path: Path):  # type: ignore[no-untyped-def]
    path = tmp_path / "book.sqlite"
    path.write_bytes(template.read_bytes())
    s = Services.open(path, clock=clock)
    yield s
    s.close()


def test_snapshot_and_restore_bring_a_deleted_client_back(services: Services) -> None:
    cid = next(c for c in services.clients.ids() if services.clients.get(c).history)
    before = services.clients.get(cid, history=1000)
    snap = services.uiextras.snapshot(cid)
    services.clients.delete(cid)
    assert cid not in services.clients.ids()
    services.uiextras.restore(snap)
    after = services.clients.get(cid, history=1000)
    assert after.name == before.name
    assert after.contacts == before.contacts
    assert after.tags == before.tags
    assert [t.id for t in after.history] == [t.id for t in before.history]
    assert cid in services.clients.search(before.name.split()[0])  # the search index too
    with pytest.raises(BookError):
        services.uiextras.restore(snap)  # it exists again


def test_put_back_undoes_a_move(services: Services) -> None:
    touch = services.planning.plan(TODAY, date(2026, 6, 1))[0]
    place = services.uiextras.place(touch.id)
    services.planning.move(touch.id, date(2026, 5, 4))
    assert services.planning.touch(touch.id).pinned
    services.uiextras.put_back(place)
    back = services.planning.touch(touch.id)
    assert (back.due, back.pinned) == (touch.due, touch.pinned)


def test_done_on_lists_the_days_logged_touches(services: Services) -> None:
    assert services.uiextras.today() == TODAY
    touch = services.planning.agenda()[0]
    services.planning.log_outcome(touch.id, Outcome.REACHED, "ok")
    done = services.uiextras.done_on(TODAY)
    assert [t.id for t in done] == [touch.id]
    assert done[0].outcome == "reached"


def test_tags_and_emptiness(services: Services) -> None:
    tags = services.uiextras.tags()
    assert tags
    assert all(n > 0 for _, n in tags)
    assert [t for t, _ in tags] == sorted(t for t, _ in tags)
    assert not services.uiextras.is_empty()
