"""Documents that need Qt to be written (the price list PDF). Reached from the CLI through
`planner.cli.sales`, which imports this package lazily."""
