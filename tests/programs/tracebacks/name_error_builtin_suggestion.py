"""Uncaught NameError inside a function suggesting a builtin ('pritn' -> 'print')."""

def report(values):
    for v in values:
        pritn(v)

print('calling report')
report([1, 2])
