"""SyntaxError: unterminated single-quoted string literal."""

message = 'it's broken'
