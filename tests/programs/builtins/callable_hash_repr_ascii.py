"""callable(), hash(), repr() and ascii() on a spread of objects: builtins, classes, instances, methods, partials and lambdas."""

import functools
class WithCall:
    def __call__(self): return 1
class Plain:
    def method(self): pass
    def __repr__(self): return 'Plain()'
objects = [len, print, int, Plain, Plain(), Plain().method, Plain.method, WithCall(), lambda: 0, functools.partial(max, 1),
           'str', 5, None, [], type, object(), staticmethod(len), classmethod(len), property(), str.upper, 'x'.upper]
print([callable(o) for o in objects])
for v in [0, 1, -1, 2 ** 61 - 1, 2 ** 61, -2 ** 61, 1.0, 0.5, 'a', b'a', (1, 'a'), frozenset({1}), None, True]:
    h = hash(v)
    print(repr(v), type(h).__name__, h if v is not None else 'identity-based')
for v in ['plain', 'é', '日本', '😀', '\n\t', "quote'", b'\xff', ['é', 'x'], {'ключ': 'значение'}, 3.0, Plain()]:
    print(repr(v), ascii(v))
class BadRepr:
    def __repr__(self): return 42
for f in (repr, ascii, str):
    try:
        f(BadRepr())
    except TypeError as e:
        print(f.__name__, type(e).__name__, e)
