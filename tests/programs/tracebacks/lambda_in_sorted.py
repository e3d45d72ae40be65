"""Uncaught TypeError raised inside a lambda used as a sort key: the <lambda> frame appears in the traceback."""

records = [('b', 2), ('a', 1), ('c', None)]
print(sorted(records[:2], key=lambda r: r[1]))
print(sorted(records, key=lambda r: r[1] * 10))
