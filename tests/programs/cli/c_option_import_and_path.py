# command: -c "import sys, os; print(sys.path[0] == ''); import _cli_module; print(os.path.basename(_cli_module.__file__))" arg
"""python -c puts the current directory ('') first on sys.path, so modules in the working directory are importable."""
