"""Mutating exception objects: args, custom attributes, __cause__/__context__ assignment, __traceback__ deletion, and pickling-free copying."""

import copy

e = ValueError('original', 42)
e.args = ('changed',)
e.extra = {'code': 7}
print(repr(e), str(e), e.extra, vars(e))
e.__cause__ = KeyError('cause')
e.__context__ = TypeError('context')
print(repr(e.__cause__), repr(e.__context__), e.__suppress_context__)
e.__suppress_context__ = False
print(e.__suppress_context__)
try:
    raise e
except ValueError as caught:
    print(caught is e, caught.__traceback__ is not None, repr(caught.__cause__))
e.__traceback__ = None
print(e.__traceback__)
try:
    e.__traceback__ = 'not a traceback'
except TypeError as err:
    print(type(err).__name__, err)

c = copy.copy(e)
print(repr(c), c is not e, c.extra is e.extra, c.__cause__)
d = copy.deepcopy(KeyError('k', [1]))
print(repr(d), d.args)

class Rich(Exception):
    def __init__(self, message, *, code):
        super().__init__(message)
        self.code = code
r = Rich('boom', code=500)
print(repr(r), r.code, r.args)
try:
    copy.copy(r)        # exceptions are copied via __reduce__: (type, args) plus __dict__
except TypeError as err:
    print(type(err).__name__, err)
print(r.__reduce__()[0].__name__, r.__reduce__()[1:])
print(Exception('a') == Exception('a'), Exception('a').args == Exception('a').args, hash(Exception()) is not None)
