"""The team book: one shared PostgreSQL database for several salespeople (DESIGN.md §11)."""
