"""A valid program that triggers SyntaxWarnings at compile time (printed on stderr) and then runs normally."""

x = 256
print(x is 256)
print('literal' is not 'other')
values = [(1, 2) (3, 4)] if False else [(1, 2), (3, 4)]
print(values)
def f():
    return '\d is an invalid escape sequence'
print(f())
