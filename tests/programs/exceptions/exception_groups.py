"""ExceptionGroup and BaseExceptionGroup: construction rules, exceptions, subgroup, split, derive, nesting, str."""

eg = ExceptionGroup('batch failed', [ValueError('v1'), TypeError('t1'), ValueError('v2')])
print(type(eg).__name__, eg.message, len(eg.exceptions), str(eg), repr(eg))
print([repr(e) for e in eg.exceptions], type(eg.exceptions).__name__)

# BaseExceptionGroup with only Exceptions becomes an ExceptionGroup
beg = BaseExceptionGroup('base', [ValueError()])
print(type(beg).__name__)
beg2 = BaseExceptionGroup('base', [KeyboardInterrupt()])
print(type(beg2).__name__, isinstance(beg2, Exception))
try:
    ExceptionGroup('bad', [KeyboardInterrupt()])
except TypeError as e:
    print(type(e).__name__, e)

# construction errors
for args in [('m', []), ('m', [1]), (1, [ValueError()]), ('m', ValueError()), ('m',), ('m', None)]:
    try:
        ExceptionGroup(*args)
    except (TypeError, ValueError) as e:
        print(args, '->', type(e).__name__, e)

# nested groups
nested = ExceptionGroup('outer', [ValueError('a'), ExceptionGroup('inner', [TypeError('b'), ValueError('c')]), KeyError('d')])
print(str(nested), repr(nested))

def leaves(g):
    for e in g.exceptions:
        if isinstance(e, BaseExceptionGroup):
            yield from leaves(e)
        else:
            yield e
print([repr(e) for e in leaves(nested)])

# subgroup by type, by predicate
sub = nested.subgroup(ValueError)
print(repr(sub))
print(repr(nested.subgroup(lambda e: isinstance(e, KeyError))))
print(nested.subgroup(OSError), nested.subgroup(lambda e: True) is nested)
print(repr(nested.subgroup((TypeError, KeyError))))

# split returns (match, rest)
match, rest = nested.split(ValueError)
print(repr(match))
print(repr(rest))
match, rest = nested.split(Exception)
print(match is nested, rest)
match, rest = nested.split(ZeroDivisionError)
print(match, repr(rest) == repr(nested))

# derive keeps custom subclasses working with split
class MyGroup(ExceptionGroup):
    def derive(self, excs):
        return MyGroup(self.message + ' (derived)', excs)
mg = MyGroup('mine', [ValueError(1), TypeError(2)])
m, r = mg.split(ValueError)
print(type(m).__name__, m.message, type(r).__name__, r.message)

# split preserves __cause__, __context__, __traceback__ and __notes__
base = ExceptionGroup('with meta', [ValueError('x'), TypeError('y')])
base.__cause__ = RuntimeError('cause')
base.add_note('a note')
m, r = base.split(ValueError)
print(repr(m.__cause__), m.__notes__, repr(r.__cause__), r.__notes__)

# exception groups are exceptions: can be caught with except ExceptionGroup
try:
    raise ExceptionGroup('caught whole', [OSError('o')])
except ExceptionGroup as e:
    print('caught', e.message, e.exceptions)

# args of the group
print(eg.args[0], [type(x).__name__ for x in eg.args[1]])
