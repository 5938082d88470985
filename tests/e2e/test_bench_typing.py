"""The search-while-typing benchmark runs end to end on a small book (benchmarks/
typing_search.py): the real window in a child process, every key of every round answered.
It measures nothing here: a benchmark that no longer runs would go unnoticed otherwise."""

from __future__ import annotations

from pathlib import Path

from benchmarks import typing_search


def test_the_typing_benchmark_answers_every_key(tmp_path: Path) -> None:
    row = typing_search.run(clients=300, interval_ms=120, folder=tmp_path)["search_while_typing"]
    keys = len(typing_search.WORD) * typing_search.ROUNDS
    assert row["keys"] == keys
    assert row["ours_ms"] > 0
    assert row["peer_ms"] > 0
    assert row["clients"] == 300
    assert (tmp_path / "typing.sqlite").exists()  # a copy: the cached book stays as built
