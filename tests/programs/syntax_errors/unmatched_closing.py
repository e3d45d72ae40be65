"""SyntaxError: a closing parenthesis without any opening one."""

value = 1 + 2)
