"""A package without __main__ (not a test program)."""
