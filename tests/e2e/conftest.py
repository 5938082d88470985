"""End-to-end fixtures: the CLI in-process with a fixed clock, demo books built once per
session and copied per test, and a digest to prove that a failed command wrote nothing.

No test reads the wall clock, the machine's locale or its time zone: the clock is
fixed (or `--today` is given to a subprocess) and LANG/TZ are set to unusual values.
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

import pytest
from e2e_support import Cli, Run, copy_book, fixed_clock

from planner.cli import main


@pytest.fixture(autouse=True)
def _foreign_machine(monkeypatch: pytest.MonkeyPatch) -> None:
    """Whatever the machine is set to must not matter."""
    monkeypatch.setenv("TZ", "Pacific/Kiritimati")
    monkeypatch.setenv("LANG", "de_DE.UTF-8")
    monkeypatch.delenv("LC_ALL", raising=False)
    monkeypatch.delenv("LC_MESSAGES", raising=False)


@pytest.fixture
def cli(capsys: pytest.CaptureFixture[str]) -> Cli:
    """`cli("agenda", "--db", path, "--json")` -> Run(code, out, err)."""

    def run(*args: str | Path) -> Run:
        capsys.readouterr()  # drop what fixtures printed before
        code = main([str(a) for a in args], clock=fixed_clock)
        captured = capsys.readouterr()
        return Run(code, captured.out, captured.err)

    return run


def _build(path: Path, locale: str, clients: int = 200, seed: int = 7) -> Path:
    code = main(
        ["demo", "--db", str(path), "--clients", str(clients), "--seed", str(seed),
         "--locale", locale],
        clock=fixed_clock,
    )  # fmt: skip
    assert code == 0
    return path


@pytest.fixture(scope="session")
def templates(tmp_path_factory: pytest.TempPathFactory) -> Callable[[str], Path]:
    """Demo books per locale, built once per session on first use."""
    built: dict[str, Path] = {}
    folder = tmp_path_factory.mktemp("templates")

    def get(locale: str) -> Path:
        if locale not in built:
            built[locale] = _build(folder / f"{locale}.sqlite", locale)
        return built[locale]

    return get


@pytest.fixture
def pl_book(templates: Callable[[str], Path], tmp_path: Path) -> Path:
    """A 200-client Polish demo book of this test's own."""
    return copy_book(templates("pl"), tmp_path / "book.sqlite")


@pytest.fixture
def ru_book(templates: Callable[[str], Path], tmp_path: Path) -> Path:
    return copy_book(templates("ru"), tmp_path / "book.sqlite")
