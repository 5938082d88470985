"""The PySide6 desktop UI of Contact Planner (the core is `planner`, which has no Qt)."""

from ui.qtfix import make_singletons_immortal

make_singletons_immortal()
