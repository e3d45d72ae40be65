"""Uncaught exception raised inside a generator expression consumed by max(): the <genexpr> frame appears."""

data = {'a': [3, 1], 'b': [], 'c': [5]}
print(max(len(v) for v in data.values()))
print(max(v[0] for v in data.values()))
