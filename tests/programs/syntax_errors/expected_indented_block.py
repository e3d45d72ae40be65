"""IndentationError: a block header followed by an unindented line."""

for item in range(3):
print(item)
