"""Helper module for the tracebacks area (not a test program)."""

def helper_function():
    return 'helper called'

HELPER_CONSTANT = 42

def fail_inside_helper(x):
    return 10 / x
