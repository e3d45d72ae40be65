"""SyntaxError: two expressions side by side in a call, with the 'Perhaps you forgot a comma?' hint."""

values = [1, 2, 3]
print(values[0] values[1])
