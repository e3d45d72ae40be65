"""Package with a __main__ module for 'python -m' tests (not a test program)."""
print('mainpkg/__init__ ran, __name__ =', __name__)
