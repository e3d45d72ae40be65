"""Uncaught exception raised inside a generator while it is consumed by sum()."""

def reciprocals(values):
    for v in values:
        yield 1 / v

def total(values):
    return sum(reciprocals(values))

print(total([1, 2, 4]))
print(total([1, 0]))
