"""Circular import partner B (not a test program)."""
print('  [_circ_b start]')
import _circ_a
B_VALUE = f'b sees {_circ_a.A_EARLY}, has A_LATE: {hasattr(_circ_a, "A_LATE")}'
print('  [_circ_b end]')
