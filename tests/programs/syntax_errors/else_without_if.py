"""SyntaxError: an else clause without a matching if."""

x = 3
else:
    x = 4
