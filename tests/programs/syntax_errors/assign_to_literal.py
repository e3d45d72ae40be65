"""SyntaxError: assignment to a literal, with the "Maybe you meant '=='" hint."""

x = 5
if x = 5:
    pass
