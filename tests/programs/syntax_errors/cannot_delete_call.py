"""SyntaxError: deleting a function call result."""

items = {'a': 1}
del items.get('a')
