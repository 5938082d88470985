"""`client ...` and `search` through the CLI, in-process with a fixed clock."""

from __future__ import annotations

from pathlib import Path

from e2e_support import Cli, digest

CLIENT_KEYS = {"id", "name", "company", "tier"}


def _add_anna(cli: Cli, book: Path) -> dict[str, object]:
    run = cli(
        "client", "add", "--db", book, "--json",
        "--name", "Anna Kowalska", "--tier", "B", "--company", "Kowalski Sp. z o.o.",
        "--phone", "601 234 567", "--email", "anna.kowalska@example.pl",
        "--telegram", "@anna_k", "--address", "ul. Długa 5, 00-238 Warszawa",
        "--preferred", "whatsapp", "--tag", "vip", "--tag", "hurt",
        "--birthday=--05-17", "--timezone", "Europe/Warsaw", "--language", "pl",
        "--note", "Prefers mornings",
    )  # fmt: skip
    assert run.code == 0, run.err
    data: dict[str, object] = run.json
    return data


def test_client_round_trip(cli: Cli, pl_book: Path) -> None:
    anna = _add_anna(cli, pl_book)
    cid = anna["id"]
    channels = {(c["channel"], c["value"]) for c in anna["contacts"]}  # type: ignore[attr-defined]
    assert {
        ("call", "+48601234567"),
        ("sms", "+48601234567"),
        ("whatsapp", "+48601234567"),  # --preferred whatsapp made it from the phone
        ("email", "anna.kowalska@example.pl"),
        ("telegram", "@anna_k"),
        ("meeting", "ul. Długa 5, 00-238 Warszawa"),
        ("letter", "ul. Długa 5, 00-238 Warszawa"),
    } == channels
    preferred = [c["channel"] for c in anna["contacts"] if c["preferred"]]  # type: ignore[attr-defined]
    assert preferred == ["whatsapp"]
    assert anna["birthday"] == "--05-17"
    assert anna["tags"] == ["hurt", "vip"]
    assert anna["planned"], "a new client starts the onboarding sequence"

    shown = cli("client", "show", cid, "--db", pl_book, "--json")
    assert shown.code == 0
    assert shown.json["name"] == "Anna Kowalska"
    assert shown.json["contacts"] == anna["contacts"]

    edited = cli(
        "client", "edit", cid, "--db", pl_book, "--json",
        "--tier", "a", "--company", "", "--tag", "", "--phone", "+48 602 345 678",
    )  # fmt: skip
    assert edited.code == 0, edited.err
    e = edited.json
    assert (e["tier"], e["company"], e["tags"]) == ("A", None, [])
    phones = {c["value"] for c in e["contacts"] if c["channel"] in ("call", "sms")}
    assert phones == {"+48602345678"}
    assert e["birthday"] == "--05-17"
    assert e["notes"] == "Prefers mornings"
    assert [c["channel"] for c in e["contacts"] if c["preferred"]] == ["whatsapp"]

    listed = cli("client", "list", "--db", pl_book, "--tier", "A", "--json")
    assert listed.code == 0
    assert all(row.keys() >= CLIENT_KEYS and row["tier"] == "A" for row in listed.json)
    assert cid in [row["id"] for row in listed.json]

    text = cli("client", "list", "--db", pl_book, "--tier", "A", "--limit", "3")
    assert text.code == 0
    assert text.out.splitlines()[0].split()[:3] == ["ID", "NAME", "COMPANY"]

    refused = cli("client", "delete", cid, "--db", pl_book)
    assert refused.code == 1
    assert "--yes" in refused.err
    deleted = cli("client", "delete", cid, "--db", pl_book, "--yes", "--json")
    assert deleted.code == 0
    assert deleted.json == {"deleted": cid, "name": "Anna Kowalska"}
    gone = cli("client", "show", cid, "--db", pl_book)
    assert gone.code == 1
    assert gone.err_lines == [f"contact-planner: error: client {cid} does not exist"]


def test_a_bad_phone_is_refused_and_nothing_is_written(cli: Cli, pl_book: Path) -> None:
    before = digest(pl_book)
    run = cli("client", "add", "--db", pl_book, "--name", "Jan Nowak", "--phone", "12345")
    assert run.code != 0
    assert len(run.err_lines) == 1
    assert run.err_lines[0].startswith("contact-planner: error: ")
    assert "phone" in run.err_lines[0]
    assert "Traceback" not in run.err
    assert run.out == ""
    assert digest(pl_book) == before


def test_bad_edit_writes_nothing(cli: Cli, pl_book: Path) -> None:
    before = digest(pl_book)
    run = cli("client", "edit", "1", "--db", pl_book, "--email", "not-an-email", "--tier", "Z")
    assert run.code == 1
    assert len(run.err_lines) == 1
    assert digest(pl_book) == before


def test_search_folds_polish_and_cyrillic(cli: Cli, tmp_path: Path) -> None:
    book = tmp_path / "b.sqlite"
    for name, phone in (("Łukasz Żółć", "+48 512 345 678"), ("Пётр Ёлкин", "+7 916 123 45 67")):
        assert cli("client", "add", "--db", book, "--name", name, "--phone", phone).code == 0
    assert cli("client", "add", "--db", book, "--name", "Lucas Zolla").code == 0

    def names(text: str) -> set[str]:
        run = cli("search", text, "--db", book, "--json")
        assert run.code == 0, run.err
        assert all(row.keys() >= CLIENT_KEYS for row in run.json)
        return {row["name"] for row in run.json}

    assert names("lukasz") == {"Łukasz Żółć"}  # ł = l
    assert names("ŁUKASZ zolc") == {"Łukasz Żółć"}
    assert names("елкин") == {"Пётр Ёлкин"}  # ё = е
    assert names("ЁЛКИН") == {"Пётр Ёлкин"}
    assert names("петр") == {"Пётр Ёлкин"}
    assert names("zol") == {"Łukasz Żółć", "Lucas Zolla"}
    assert names("512 345") == {"Łukasz Żółć"}  # a national number typed with spaces
    assert names("+7 916 123") == {"Пётр Ёлкин"}
    assert names("nobody") == set()


def test_read_commands_do_not_create_a_book(cli: Cli, tmp_path: Path) -> None:
    missing = tmp_path / "missing.sqlite"
    run = cli("client", "list", "--db", missing)
    assert run.code == 1
    assert run.err_lines == [f"contact-planner: error: there is no book at {missing}"]
    assert not missing.exists()


def test_a_failed_first_command_leaves_no_book(cli: Cli, tmp_path: Path) -> None:
    book = tmp_path / "new.sqlite"
    run = cli("client", "add", "--db", book, "--name", "Jan", "--email", "jan@@x")
    assert run.code == 1
    assert list(tmp_path.iterdir()) == []
    assert cli("client", "add", "--db", book, "--name", "Jan").code == 0
    assert book.exists()


def test_client_duplicates_and_merge(cli: Cli, pl_book: Path) -> None:
    anna = _add_anna(cli, pl_book)
    run = cli("client", "add", "--db", pl_book, "--json", "--name", "anna kowalska",
              "--phone", "602 000 111", "--tag", "nowa")  # fmt: skip
    assert run.code == 0, run.err
    other = run.json["id"]
    found = cli("client", "duplicates", "--db", pl_book, "--json")
    assert {"rule": "name", "key": "anna kowalska", "ids": [anna["id"], other]} in found.json
    merged = cli("client", "merge", str(anna["id"]), str(other), "--db", pl_book, "--json")
    assert merged.code == 0, merged.err
    assert (merged.json["kept"], merged.json["removed"]) == (anna["id"], other)
    shown = cli("client", "show", str(anna["id"]), "--db", pl_book, "--json").json
    assert "nowa" in shown["tags"]
    assert "+48602000111" in {c["value"] for c in shown["contacts"]}
    gone = cli("client", "show", str(other), "--db", pl_book)
    assert gone.code != 0
    again = cli("client", "merge", str(anna["id"]), str(anna["id"]), "--db", pl_book)
    assert again.code != 0
    assert "merged into itself" in again.err
