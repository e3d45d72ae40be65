"""Module with a visible import side effect (not a test program)."""
print('  [_side_effects module body executing]')
counter = 0


def bump():
    global counter
    counter += 1
    return counter
