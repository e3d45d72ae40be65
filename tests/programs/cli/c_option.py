# command: -c "import sys; print('argv:', sys.argv); print('name:', __name__); print('file defined:', '__file__' in globals()); print(sum(range(10)))" first "second arg"
"""python -c: the code runs as __main__, sys.argv[0] is '-c' and the remaining arguments follow."""
