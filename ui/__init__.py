"""The PySide6 desktop UI of Contact Planner (the core is `planner`, which has no Qt)."""
