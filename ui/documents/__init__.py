"""Documents that need Qt to be written (the price list PDF). Reached from the CLI through
`planner.sales.cli`, which imports this package lazily."""
