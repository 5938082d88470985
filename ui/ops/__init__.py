"""Named, typed operations: one user action is one function here, one service call."""
