"""Circular import partner A (not a test program)."""
print('  [_circ_a start]')
A_EARLY = 'a-early'
import _circ_b
A_LATE = 'a-late'
print('  [_circ_a end, sees', _circ_b.B_VALUE + ']')
