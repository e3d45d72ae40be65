"""Uncaught SystemExit with a string argument: the message goes to stderr and the exit code is 1."""

import sys
print('exiting with a message')
sys.exit('fatal: configuration missing')
