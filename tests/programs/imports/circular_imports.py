"""Circular imports: partially initialised modules are visible; 'from x import y' on a partial module fails clearly."""

import _circ_a
print(_circ_a.A_LATE, _circ_a._circ_b.B_VALUE)

try:
    import _circ_from_a
except ImportError as e:
    print(type(e).__name__, e)
import sys
print('_circ_from_a' in sys.modules, '_circ_from_b' in sys.modules)
