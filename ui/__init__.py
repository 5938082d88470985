"""The PySide6 desktop UI of Contact Planner (the core is `planner`, which has no Qt).

Importing the package tells PySide6 not to read the source of every module imported
after it (`ui.pyside_startup`), which start-up would otherwise pay for module by module.
"""

from ui.pyside_startup import skip_feature_scan

skip_feature_scan()
