"""breakpoint() calls sys.breakpointhook with its arguments; replacing the hook and restoring the default."""

import sys

calls = []
def my_hook(*args, **kwargs):
    calls.append((args, kwargs))
    return 'hook result'

print(sys.breakpointhook is sys.__breakpointhook__)
sys.breakpointhook = my_hook
print(breakpoint())
print(breakpoint(1, 2, key='value'))
print(calls)

sys.breakpointhook = 'not callable'
try:
    breakpoint()
except TypeError as e:
    print(type(e).__name__, e)

del sys.breakpointhook
try:
    breakpoint()
except RuntimeError as e:
    print(type(e).__name__, e)

sys.breakpointhook = sys.__breakpointhook__
print(sys.breakpointhook is sys.__breakpointhook__)
