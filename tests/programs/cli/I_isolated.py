# python-args: -I
# env: PYTHONPATH=_extra
"""-I: isolated mode implies -E and -s and does not put the script directory on sys.path."""
import os
import sys
print(sys.flags.isolated, sys.flags.ignore_environment, sys.flags.no_user_site, sys.flags.safe_path)
here = os.path.dirname(os.path.abspath(__file__))
print(here in sys.path, '' in sys.path)
for name in ['_cli_module', 'extra_mod']:
    try:
        __import__(name)
        print('imported', name)
    except ModuleNotFoundError as e:
        print(type(e).__name__, e)
