"""Circular 'from' import that fails (not a test program)."""
from _circ_from_b import B_THING  # noqa: F401
A_THING = 'a'
