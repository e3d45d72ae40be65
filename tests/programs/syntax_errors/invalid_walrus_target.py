"""SyntaxError: assignment expression with an attribute target."""

class Box:
    pass
box = Box()
if (box.value := 10) > 5:
    pass
