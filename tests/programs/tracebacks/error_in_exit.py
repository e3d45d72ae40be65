"""Uncaught exception raised from a context manager's __exit__ while the body also failed: both appear, chained."""

class Transaction:
    def __enter__(self):
        print('begin')
        return self
    def __exit__(self, exc_type, exc, tb):
        print('rollback attempt for', exc_type.__name__ if exc_type else None)
        raise ConnectionError('rollback failed: connection lost')

with Transaction():
    print('working')
    raise KeyError('row 42')
