"""SyntaxError: the same parameter name used twice in a function definition."""

def area(width, height, width):
    return width * height
