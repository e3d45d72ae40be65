"""SyntaxError: a closing bracket that does not match the opening one."""

matrix = [[1, 2], [3, 4)]
