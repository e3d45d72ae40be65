"""SyntaxError: two starred targets in one assignment."""

first, *middle, *rest = range(10)
