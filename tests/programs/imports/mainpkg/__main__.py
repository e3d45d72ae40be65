"""Executed by 'python -m mainpkg' (not a test program)."""
import sys
print('mainpkg/__main__ ran, __name__ =', __name__, '__package__ =', __package__)
print('argv[1:] =', sys.argv[1:])
from . import helper_mod
print(helper_mod.greet())
