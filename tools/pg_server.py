"""A throwaway PostgreSQL server for tests and CI: initdb in a temporary folder, a free port.

    python3 tools/pg_server.py start   # prints `export CONTACT_PLANNER_TEST_PG=...` lines
    python3 tools/pg_server.py stop DIR

Uses the distribution's binaries (`/usr/lib/postgresql/*/bin` or `pg_ctl` on PATH). The
server runs as the calling user, or as `postgres` when called as root (PostgreSQL refuses
root). Stdlib only, so CI can call it before the project's environment exists.
"""

from __future__ import annotations

import glob
import os
import pwd
import shutil
import socket
import subprocess
import sys
import tempfile
from pathlib import Path

SUPERUSER = "cp_admin"


def bin_dir() -> Path | None:
    found = shutil.which("pg_ctl")
    if found:
        return Path(found).parent
    candidates = sorted(glob.glob("/usr/lib/postgresql/*/bin/pg_ctl"), reverse=True)
    return Path(candidates[0]).parent if candidates else None


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return int(s.getsockname()[1])


def _as_user() -> list[str]:
    if os.geteuid() != 0:
        return []
    try:
        pwd.getpwnam("postgres")
    except KeyError as exc:
        raise RuntimeError("running as root and there is no 'postgres' user") from exc
    return ["runuser", "-u", "postgres", "--"]


def start() -> tuple[str, Path]:
    """Start a server; return (its URL, its folder). Raises RuntimeError when impossible."""
    bins = bin_dir()
    if bins is None:
        raise RuntimeError("no PostgreSQL binaries (install the 'postgresql' package)")
    prefix = _as_user()
    folder = Path(tempfile.mkdtemp(prefix="cp-pg-"))
    if prefix:
        shutil.chown(folder, "postgres", "postgres")
    data, sock = folder / "data", folder
    port = free_port()
    run = {"check": True, "stdout": subprocess.DEVNULL, "stderr": subprocess.PIPE}
    try:
        subprocess.run(
            [
                *prefix,
                str(bins / "initdb"),
                "-D",
                str(data),
                "-U",
                SUPERUSER,
                "-A",
                "trust",
                "-E",
                "UTF8",
                "--locale=C.UTF-8",
                "--no-sync",
            ],
            **run,  # type: ignore[call-overload]
        )
        opts = (
            f"-p {port} -k {sock} -c listen_addresses=127.0.0.1 -c fsync=off "
            "-c synchronous_commit=off -c full_page_writes=off -c max_connections=200"
        )
        subprocess.run(
            [
                *prefix,
                str(bins / "pg_ctl"),
                "-D",
                str(data),
                "-o",
                opts,
                "-w",
                "-t",
                "60",
                "-l",
                str(folder / "server.log"),
                "start",
            ],
            **run,  # type: ignore[call-overload]
        )
    except subprocess.CalledProcessError as exc:
        raise RuntimeError(f"could not start PostgreSQL: {exc.stderr.decode()[-500:]}") from exc
    return f"postgresql://{SUPERUSER}@127.0.0.1:{port}/postgres", folder


def stop(folder: Path) -> None:
    bins = bin_dir()
    if bins is not None and (folder / "data").exists():
        subprocess.run(
            [
                *_as_user(),
                str(bins / "pg_ctl"),
                "-D",
                str(folder / "data"),
                "-m",
                "immediate",
                "stop",
            ],
            check=False,
            stdout=subprocess.DEVNULL,
            stderr=subprocess.DEVNULL,
        )
    shutil.rmtree(folder, ignore_errors=True)


def main(argv: list[str]) -> int:
    if argv[:1] == ["start"]:
        try:
            url, folder = start()
        except RuntimeError as exc:
            print(f"pg_server: {exc}", file=sys.stderr)
            return 1
        print(f"export CONTACT_PLANNER_TEST_PG='{url}'")
        print(f"export CONTACT_PLANNER_TEST_PG_DIR='{folder}'")
        return 0
    if argv[:1] == ["stop"] and len(argv) == 2:
        stop(Path(argv[1]))
        return 0
    print("usage: pg_server.py start | stop DIR", file=sys.stderr)
    return 2


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
