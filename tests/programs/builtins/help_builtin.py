"""help() on small user-defined objects: pydoc renders plain text to stdout when it is not a terminal."""

def greet(name, greeting='Hello'):
    """Return a greeting for name.

    The greeting word can be changed."""
    return f'{greeting}, {name}!'

class Counter:
    """Count things."""

    def __init__(self, start=0):
        self.value = start

    def increment(self, step=1):
        """Increase the counter by step."""
        self.value += step

help(greet)
help(Counter.increment)
print(repr(help), type(help).__name__)
