"""An uncaught SyntaxError from exec() of a string: the report shows File "<string>" and the caret line."""

source = 'x = 1\ny = (x +\nprint(y)\n'
print('compiling the first statement works:', compile('x = 1', '<string>', 'exec').co_filename)
exec(source)
