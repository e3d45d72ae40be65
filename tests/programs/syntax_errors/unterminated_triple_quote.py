"""SyntaxError: a triple-quoted string that runs to the end of the file."""

x = 1
doc = """this string
never ends
