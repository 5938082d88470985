"""Use cases over a book, one module per subject; the `Services` façade that groups them is
`planner.app.Services` (above this package: nothing here imports it)."""
