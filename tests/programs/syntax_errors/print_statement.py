"""SyntaxError: Python 2 print statement, with the 'Did you mean print(...)?' hint."""

name = 'world'
print "hello", name
