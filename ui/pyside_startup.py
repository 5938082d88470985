"""PySide6's import hook, made cheap for an app that never selects a `__feature__`.

Once `PySide6.QtCore` is imported, PySide6 replaces `builtins.__import__` and, after
every module import in the process, asks `shibokensupport.feature._mod_uses_pyside`
whether that module uses PySide6, by reading the module's whole source file
(`inspect.getsource`) and searching it for "PySide6". The answer only matters to
`from __feature__ import snake_case, true_property`, which this app never uses (every
module runs with the default, no feature). Measured on the 2-core machine: about 9 ms
of the window's first paint (58 modules) and 20-50 ms more before Today shows its
first data (SQLAlchemy, the services; 264 modules in all).

`skip_feature_scan` answers "uses PySide6" for every module without reading its
source: the same "no feature selected" state the scan would record for our own UI
modules, and a state in which a library module behaves as before (no feature is ever
selected, so there is nothing to switch). If a PySide6 release renames the hook, this
does nothing and start-up is only as slow as before.
"""

from __future__ import annotations

import sys
from collections.abc import Callable
from types import ModuleType

import PySide6.QtCore  # noqa: F401  # installs the import hook (and loads shibokensupport)

FEATURE_MODULE = "shibokensupport.feature"
scanning: Callable[[ModuleType], bool] | None = None  # PySide6's own scan, once replaced


def _uses_pyside(module: ModuleType) -> bool:
    """Every module counts as one that uses PySide6, with no feature selected."""
    return True


def skip_feature_scan() -> bool:
    """Install the cheap answer; True when PySide6's hook was found and replaced."""
    global scanning
    feature = sys.modules.get(FEATURE_MODULE)
    found = getattr(feature, "_mod_uses_pyside", None)
    if found is _uses_pyside:
        return True
    if feature is None or not callable(found):
        return False
    scanning = found
    feature._mod_uses_pyside = _uses_pyside  # type: ignore[attr-defined]
    return True
