"""PySide6's import hook reads the whole source of every module imported after QtCore
(to look for `from __feature__ import …`, which the app never uses); `import ui` turns
that scan off. Real imports of real files: linecache shows whether a source was read."""

from __future__ import annotations

import importlib
import linecache
import sys
from pathlib import Path

import pytest

import ui  # noqa: F401  # the package installs the cheap answer on import
from ui import pyside_startup


def _write_module(folder: Path, name: str) -> Path:
    path = folder / f"{name}.py"
    path.write_text(
        "from PySide6.QtCore import Qt\n\nALIGN = Qt.AlignmentFlag.AlignCenter\n",
        encoding="utf-8",
    )
    return path


@pytest.fixture
def module_folder(tmp_path: Path):
    sys.path.insert(0, str(tmp_path))
    importlib.invalidate_caches()
    try:
        yield tmp_path
    finally:
        sys.path.remove(str(tmp_path))


def test_the_hook_is_replaced_once_and_stays_replaced() -> None:
    feature = sys.modules[pyside_startup.FEATURE_MODULE]
    assert feature._mod_uses_pyside is pyside_startup._uses_pyside
    assert pyside_startup.scanning is not None  # PySide6's own scan was found
    assert pyside_startup.skip_feature_scan() is True  # a second call changes nothing
    assert pyside_startup.scanning is not pyside_startup._uses_pyside


def test_a_module_imported_after_pyside_is_not_read_for_the_scan(module_folder: Path) -> None:
    # PySide6's own scan reads the module's source (so linecache holds it) ...
    scanned = _write_module(module_folder, "cp_scanned_module")
    module = importlib.import_module("cp_scanned_module")
    linecache.checkcache()
    linecache.cache.pop(str(scanned), None)
    assert pyside_startup.scanning is not None
    assert pyside_startup.scanning(module) is True
    assert str(scanned) in linecache.cache
    # ... and after `import ui` an import statement (PySide6 hooks `builtins.__import__`,
    # which `importlib.import_module` bypasses) does not.
    fresh = _write_module(module_folder, "cp_fresh_module")
    imported = __import__("cp_fresh_module")
    assert str(fresh) not in linecache.cache
    assert imported.ALIGN.name == "AlignCenter"  # Qt's enums work as before
    feature = sys.modules[pyside_startup.FEATURE_MODULE]
    assert feature.pyside_feature_dict.get("cp_fresh_module") == 0  # "uses PySide6, no feature"
