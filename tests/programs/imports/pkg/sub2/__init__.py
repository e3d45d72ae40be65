"""Helper subpackage (not a test program)."""
from .deep import deep_function
SUB2 = 'pkg.sub2'
