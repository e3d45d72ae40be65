"""Module run with 'python -m _cli_module' (not a test program)."""
import sys
print('_cli_module: __name__ =', __name__, '| argv =', [a if i else a.rsplit('/', 1)[-1] for i, a in enumerate(sys.argv)])
