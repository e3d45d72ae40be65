"""Run by 'python -m clipkg' (not a test program)."""
import sys
print('clipkg/__main__: __name__ =', __name__, '| __package__ =', __package__, '| __spec__.name =', __spec__.name)
print('argv[0] ends with __main__.py:', sys.argv[0].endswith('__main__.py'), '| argv[1:] =', sys.argv[1:])
from . import tools
print(tools.describe())
if sys.argv[1:] == ['fail']:
    raise SystemExit('clipkg: failing on request')
