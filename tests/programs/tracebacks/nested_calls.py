"""Uncaught ZeroDivisionError raised four calls deep: every frame with source line and position markers."""

def level_one(values):
    return level_two(values, 0)

def level_two(values, offset):
    total = sum(values)
    return level_three(total, len(values) - len(values) + offset)

def level_three(total, count):
    scale = 1
    return compute(total, count) * scale

def compute(total, count):
    return total / count

print('starting')
print(level_one([1, 2, 3]))
