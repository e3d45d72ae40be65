"""SyntaxError: a generator expression that is not the sole argument must be parenthesized."""

total = sum(x for x in range(10), 0)
