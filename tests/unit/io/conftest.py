"""Fixtures that write workbooks into tmp_path (no binary fixtures live in git)."""

from __future__ import annotations

import zipfile
from collections.abc import Callable
from pathlib import Path

import openpyxl
import pytest


@pytest.fixture
def write_zip(tmp_path: Path) -> Callable[[dict[str, bytes], str], Path]:
    def write(parts: dict[str, bytes], name: str = "book.xlsx") -> Path:
        path = tmp_path / name
        with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as archive:
            for part, data in parts.items():
                archive.writestr(part, data)
        return path

    return write


@pytest.fixture
def write_workbook(tmp_path: Path) -> Callable[..., Path]:
    """An .xlsx written by openpyxl: `sheets` maps titles to rows of cell values."""

    def write(sheets: dict[str, list[list[object]]], name: str = "clients.xlsx") -> Path:
        workbook = openpyxl.Workbook()
        workbook.remove(workbook.active)
        for title, rows in sheets.items():
            sheet = workbook.create_sheet(title)
            for row in rows:
                sheet.append(row)
        path = tmp_path / name
        workbook.save(path)
        return path

    return write
