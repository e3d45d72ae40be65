# command:
# stdin: import sys
# stdin: print('argv:', sys.argv)
# stdin: x = [i * i for i in range(5)]
# stdin: print('result:', x)
# stdin: raise SystemExit(len(x))
"""Running 'python' with no arguments and a program on stdin: argv is [''] and SystemExit sets the status."""
