"""Sales: the catalog and tier price book, the sales log, value and risk, call scripts and
the post-sale price list (DESIGN.md sections 2, 4 and 7). No Qt here: the PDF writer is
injected from `ui.documents`."""
