"""SyntaxError: a positional argument after a keyword argument in a call."""

print(sep='-', 'a', 'b')
