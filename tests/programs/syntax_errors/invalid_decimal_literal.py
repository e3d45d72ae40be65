"""SyntaxError: a number immediately followed by letters."""

distance = 100km
