"""SyntaxError: an invalid pattern in a match statement (an expression that is not a pattern)."""

command = 'go'
match command:
    case str() + 'x':
        pass
