# env: PYTHONPATH=_extra
"""PYTHONPATH entries (relative to the working directory) are added to sys.path after the script directory."""
import os
import sys
import extra_mod
print(extra_mod.WHERE)
here = os.path.dirname(os.path.abspath(__file__))
print(sys.path[0] == here, os.path.join(here, '_extra') in [os.path.abspath(p) for p in sys.path[1:3]])
