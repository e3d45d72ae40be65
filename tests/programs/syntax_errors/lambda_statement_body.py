"""SyntaxError: a statement inside a lambda body."""

handler = lambda event: return event
