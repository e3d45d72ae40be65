# command: -m _cli_module x y
"""python -m on a plain module: __name__ is __main__ and argv[0] is the module's full path."""
