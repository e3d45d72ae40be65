"""Uncaught NameError where no name is close enough: no 'Did you mean' is printed."""

alpha = 1
beta = 2
print(alpha + beta)
print(alpha + zzzzzzzz)
