# env: PYTHONOPTIMIZE=1
"""Without -E, PYTHONOPTIMIZE=1 has the same effect as -O."""
import sys
print(sys.flags.optimize, __debug__)
assert False, 'stripped'
print('assert was stripped')
