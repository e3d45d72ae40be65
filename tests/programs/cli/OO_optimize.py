# python-args: -OO
"""-OO: like -O and also removes docstrings (sys.flags.optimize is 2)."""
import sys
def documented():
    """this docstring disappears"""
class Documented:
    """so does this one"""
print(sys.flags.optimize, __debug__, documented.__doc__, Documented.__doc__, __doc__)
