"""Circular 'from' import partner (not a test program)."""
from _circ_from_a import A_THING  # noqa: F401
B_THING = 'b'
