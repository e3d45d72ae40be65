# python-args: -O
"""-O: __debug__ is False, assert statements are removed, sys.flags.optimize is 1, docstrings are kept."""
import sys
print(__debug__, sys.flags.optimize)
assert False, 'this assert is stripped'
print('after the stripped assert')
def f():
    """docstring kept under -O"""
print(f.__doc__)
if __debug__:
    print('not printed')
print(compile('assert 0', '<s>', 'exec', optimize=0) is not None)
try:
    exec(compile('assert 0, "compiled with optimize=0"', '<s>', 'exec', optimize=0))
except AssertionError as e:
    print('explicit optimize=0 keeps asserts:', e)
