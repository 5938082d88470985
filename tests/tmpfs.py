"""A small tmpfs for disk-full tests (needs root; tests skip with the reason otherwise)."""

from __future__ import annotations

import contextlib
import os
import shutil
import subprocess
from collections.abc import Iterator
from pathlib import Path

import pytest


@contextlib.contextmanager
def small_tmpfs(folder: Path, size: str = "2m") -> Iterator[Path]:
    if os.geteuid() != 0 or shutil.which("mount") is None:
        pytest.skip("a disk-full test mounts a small tmpfs, which needs root")
    folder.mkdir(parents=True, exist_ok=True)
    done = subprocess.run(
        ["mount", "-t", "tmpfs", "-o", f"size={size}", "tmpfs", str(folder)], capture_output=True
    )
    if done.returncode != 0:
        pytest.skip(f"this machine does not allow mounting a tmpfs: {done.stderr.strip()!r}")
    try:
        yield folder
    finally:
        subprocess.run(["umount", "-l", str(folder)], capture_output=True)


def fill(folder: Path, leave: int = 0) -> Path:
    """Fill the file system of `folder` up to `leave` bytes free; returns the filler."""
    filler = folder / "filler.bin"
    block = b"\0" * 4096
    with open(filler, "wb") as fh:
        try:
            while shutil.disk_usage(folder).free > leave:
                fh.write(block)
                fh.flush()
        except OSError:
            pass
    return filler


def leftovers(folder: Path, keep: set[str]) -> list[str]:
    """Files in `folder` (recursively) that are not in `keep`: temp files left behind."""
    return sorted(
        str(p.relative_to(folder)) for p in folder.rglob("*") if p.is_file() and p.name not in keep
    )
