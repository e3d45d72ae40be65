"""Package executed with 'python -m clipkg' by the cli tests (not a test program)."""
print('clipkg/__init__: __name__ =', __name__)
