"""Uncaught AttributeError on a module attribute with a suggestion (math.sqr -> math.sqrt)."""

import math

def hypotenuse(a, b):
    return math.sqr(a * a + b * b)

print(hypotenuse(3, 4))
