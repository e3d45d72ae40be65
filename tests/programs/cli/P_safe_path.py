# python-args: -P
"""-P (3.11): do not prepend the script directory to sys.path (sys.flags.safe_path)."""
import os
import sys
print(sys.flags.safe_path, os.path.dirname(os.path.abspath(__file__)) in sys.path)
try:
    import _cli_module
except ModuleNotFoundError as e:
    print(type(e).__name__, e)
