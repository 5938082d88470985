"""A real PostgreSQL server for the team book's tests, or a clear reason why they skip.

CI (`.ci/run`) starts a throwaway server and exports CONTACT_PLANNER_TEST_PG; without it
these fixtures start one themselves when the distribution's binaries are installed.
Every test gets a fresh database of its own on that server.
"""

from __future__ import annotations

import importlib.util
import os
import sys
import uuid
from collections.abc import Iterator
from pathlib import Path

import pytest
from sqlalchemy import create_engine, text
from sqlalchemy.engine import make_url

import planner.team.book  # noqa: F401 - registers `Book(postgresql://…)`

ENV = "CONTACT_PLANNER_TEST_PG"
TOOLS = Path(__file__).resolve().parents[2] / "tools"


def _pg_server() -> object:
    sys.path.insert(0, str(TOOLS))
    try:
        import pg_server

        return pg_server
    finally:
        sys.path.remove(str(TOOLS))


@pytest.fixture(scope="session")
def pg_admin_url() -> Iterator[str]:
    """The URL of a PostgreSQL superuser on a server these tests may use freely."""
    if importlib.util.find_spec("psycopg") is None:
        pytest.skip("PostgreSQL tests need psycopg 3 (the 'team' or 'test' extra)")
    url = os.environ.get(ENV)
    if url:
        yield url
        return
    server = _pg_server()
    if server.bin_dir() is None:  # type: ignore[attr-defined]
        pytest.skip(
            f"PostgreSQL tests need a server: set {ENV} to a superuser URL, "
            "or install the 'postgresql' package so the tests start one (CI does)"
        )
    try:
        url, folder = server.start()  # type: ignore[attr-defined]
    except RuntimeError as exc:
        pytest.skip(f"PostgreSQL tests could not start a server: {exc}")
    try:
        yield url
    finally:
        server.stop(folder)  # type: ignore[attr-defined]


def _admin(url: str):  # type: ignore[no-untyped-def]
    return create_engine(
        make_url(url).set(drivername="postgresql+psycopg"), isolation_level="AUTOCOMMIT"
    )


@pytest.fixture
def pg_url(pg_admin_url: str) -> Iterator[str]:
    """A fresh, empty database on the test server; dropped after the test."""
    name = "cp_" + uuid.uuid4().hex[:12]
    admin = _admin(pg_admin_url)
    with admin.connect() as conn:
        conn.execute(text(f'CREATE DATABASE "{name}"'))
    url = make_url(pg_admin_url).set(database=name).render_as_string(hide_password=False)
    try:
        yield url
    finally:
        with admin.connect() as conn:
            conn.execute(text(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)'))
        admin.dispose()
