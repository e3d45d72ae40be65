"""SyntaxError: the file ends in the middle of a block header line continuation."""

total = 1 + \
