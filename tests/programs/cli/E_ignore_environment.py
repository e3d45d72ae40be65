# python-args: -E
# env: PYTHONOPTIMIZE=2
# env: PYTHONPATH=_extra
"""-E: PYTHON* environment variables such as PYTHONOPTIMIZE and PYTHONPATH are ignored."""
import sys
print(sys.flags.ignore_environment, sys.flags.optimize, __debug__)
try:
    import extra_mod
    print('imported', extra_mod.WHERE)
except ModuleNotFoundError as e:
    print(type(e).__name__, e)
