"""SyntaxError: a non-ASCII character that is not valid in an identifier or operator."""

price = 10 € 2
