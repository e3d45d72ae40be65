"""SyntaxError for a source file that is not valid UTF-8 and has no coding declaration."""
x = "café"
print(x)
