"""BaseException.add_note and __notes__: ordering, types, interaction with groups and re-raising."""

e = ValueError('base message')
print(hasattr(e, '__notes__'))
e.add_note('first note')
e.add_note('second note')
print(e.__notes__, str(e), repr(e))

try:
    e.add_note(42)
except TypeError as err:
    print(type(err).__name__, err)

# __notes__ is a plain list attribute that may be replaced
e.__notes__ = ['replaced']
e.add_note('appended')
print(e.__notes__)

# notes added while propagating
def parse(value):
    try:
        return int(value)
    except ValueError as err:
        err.add_note(f'while parsing {value!r}')
        raise
def load(values):
    out = []
    for i, v in enumerate(values):
        try:
            out.append(parse(v))
        except ValueError as err:
            err.add_note(f'at position {i}')
            raise
    return out
try:
    load(['1', '2', 'three'])
except ValueError as err:
    print(err, err.__notes__)

# notes on groups and their members
g = ExceptionGroup('group', [KeyError('k'), OSError('o')])
g.add_note('group note')
g.exceptions[0].add_note('member note')
print(g.__notes__, g.exceptions[0].__notes__)
match, rest = g.split(KeyError)
print(match.__notes__, rest.__notes__, match.exceptions[0].__notes__)

# notes survive with_traceback and copying of args
e2 = RuntimeError('x')
e2.add_note('n')
e3 = e2.with_traceback(None)
print(e3 is e2, e3.__notes__)

# notes are not part of str() or args
print(str(e2), e2.args)

# if __notes__ is not a list, add_note fails
e4 = Exception()
e4.__notes__ = ('tuple',)
try:
    e4.add_note('x')
except TypeError as err:
    print(type(err).__name__, err)
