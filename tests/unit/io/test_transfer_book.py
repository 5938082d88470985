"""Whole-book moves to another laptop, and one client's data as JSON."""

from __future__ import annotations

import json
import zipfile
from datetime import date
from pathlib import Path

import pytest
from transfer_helpers import add_client, counts, digest, integrity

from planner.app import Services
from planner.db import Book
from planner.errors import BookError, NotFound
from planner.services.salesviews import ItemInput
from planner.vocabulary import Outcome
from tests.conftest import fixed_clock


def _fill(services: Services) -> tuple[int, int]:
    services.settings.set("phone.region", "PL")
    jan = add_client(
        services,
        "Jan Kowalski",
        phone="+48601234567",
        email="jan@firma.pl",
        tags=("VIP",),
        notes="Dzwonić rano",
    )
    anna = add_client(services, "Anna Nowak", phone="+48602345678")
    first = services.clients.get(jan).planned[0]
    services.planning.log_outcome(first.id, Outcome.NO_ANSWER)
    services.catalog.add(ItemInput(code="FLT-1", name="Filtr", price="100"))
    services.sales.record_sale(jan, date(2026, 11, 26), [("FLT-1", "1")])
    return jan, anna


def _other(tmp_path: Path, name: str = "laptop2.sqlite") -> Services:
    return Services(Book(tmp_path / "other" / name), fixed_clock())


def test_round_trip_to_another_path(services: Services, book_path: Path, tmp_path: Path) -> None:
    _fill(services)
    moved = tmp_path / "book.cpbook"
    exported = services.transfer.export_book(moved)
    assert exported.counts["client"] == 2
    assert exported.counts["sale"] == 1
    with zipfile.ZipFile(moved) as archive:
        assert sorted(archive.namelist()) == ["book.sqlite", "manifest.json"]
        manifest = json.loads(archive.read("manifest.json"))
    assert manifest["marker"] == "contact-planner-book"
    assert manifest["sha256"] == exported.sha256
    other = _other(tmp_path)
    try:
        result = other.transfer.import_book(moved)
        assert result.counts == exported.counts
        assert other.backups.check() == []
        assert other.clients.count() == 2
        assert other.clients.search("kowalski") == services.clients.search("kowalski")
    finally:
        other.close()
    target = tmp_path / "other" / "laptop2.sqlite"
    assert integrity(target) == "ok"
    assert counts(target) == counts(book_path)


def test_a_book_with_clients_needs_replace(services: Services, tmp_path: Path) -> None:
    _fill(services)
    moved = services.transfer.export_book(tmp_path / "b.cpbook").path
    other = _other(tmp_path)
    try:
        add_client(other, "Someone Else")
        before = digest(tmp_path / "other" / "laptop2.sqlite")
        with pytest.raises(BookError) as refused:
            other.transfer.import_book(moved)
        assert refused.value.code == "not-empty"
        assert "--replace" in refused.value.message
        assert digest(tmp_path / "other" / "laptop2.sqlite") == before
        result = other.transfer.import_book(moved, replace=True)
        assert result.safety_backup.exists()
        assert counts(result.safety_backup)["client"] == 1  # the replaced book was kept
        assert [c.name for c in other.clients.summaries(other.clients.ids())] == [
            "Anna Nowak",
            "Jan Kowalski",
        ]
    finally:
        other.close()


def _tampered(tmp_path: Path, source: Path) -> dict[str, Path]:
    data = source.read_bytes()
    files = {
        "truncated": tmp_path / "t.cpbook",
        "random": tmp_path / "r.cpbook",
        "foreign-zip": tmp_path / "f.cpbook",
        "checksum": tmp_path / "c.cpbook",
        "newer": tmp_path / "n.cpbook",
    }
    files["truncated"].write_bytes(data[: len(data) // 2])
    files["random"].write_bytes(b"SQLite format 3\x00" + bytes(range(256)) * 8)
    with zipfile.ZipFile(files["foreign-zip"], "w") as archive:
        archive.writestr("readme.txt", "hello")
    with zipfile.ZipFile(source) as src:
        manifest = json.loads(src.read("manifest.json"))
        db = src.read("book.sqlite")
    for name, change in (("checksum", {"sha256": "0" * 64}), ("newer", {"format": 99})):
        with zipfile.ZipFile(files[name], "w", zipfile.ZIP_DEFLATED) as archive:
            archive.writestr("manifest.json", json.dumps({**manifest, **change}))
            archive.writestr("book.sqlite", db)
    return files


@pytest.mark.parametrize(
    ("name", "code"),
    [
        ("truncated", "damaged-book-file"),
        ("random", "not-a-book-file"),
        ("foreign-zip", "not-a-book-file"),
        ("checksum", "damaged-book-file"),
        ("newer", "newer-book-file"),
    ],
)
def test_refuses_files_that_are_not_ours_or_damaged(
    services: Services, tmp_path: Path, name: str, code: str
) -> None:
    _fill(services)
    good = services.transfer.export_book(tmp_path / "good.cpbook").path
    bad = _tampered(tmp_path, good)[name]
    other = _other(tmp_path)
    try:
        before = digest(tmp_path / "other" / "laptop2.sqlite")
        with pytest.raises(BookError) as refused:
            other.transfer.import_book(bad)
        assert refused.value.code == code
        assert bad.name in refused.value.message
        assert digest(tmp_path / "other" / "laptop2.sqlite") == before
    finally:
        other.close()


def test_export_client_holds_everything_about_them(services: Services, tmp_path: Path) -> None:
    jan, anna = _fill(services)
    path = tmp_path / "jan.json"
    rows = services.transfer.export_client(jan, path)
    data = json.loads(path.read_text(encoding="utf-8"))
    assert data["format"] == "contact-planner-client"
    assert data["client"]["name"] == "Jan Kowalski"
    assert {(p["channel"], p["value"]) for p in data["contact_point"]} >= {
        ("call", "+48601234567"),
        ("email", "jan@firma.pl"),
    }
    assert [t["name"] for t in data["client_tag"]] == ["VIP"]
    touches = data["touch"]
    assert touches
    assert all(t["client_id"] == jan for t in touches)
    assert {t["status"] for t in touches} >= {"done", "planned"}
    assert all("reason_text" in t for t in touches)
    assert len(data["sale"]) == 1
    assert len(data["sale_line"]) == 1
    assert data["referenced"]["catalog_item"][0]["code"] == "FLT-1"
    assert rows["touch"] == len(touches)
    assert all(t["client_id"] != anna for t in touches)
    with pytest.raises(NotFound):
        services.transfer.export_client(999, tmp_path / "none.json")
    assert not (tmp_path / "none.json").exists()
