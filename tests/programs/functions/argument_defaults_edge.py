"""Default argument edge cases: mutable defaults, defaults referencing earlier names, None sentinels, keyword-only defaults and introspection."""

import inspect

def append(item, bucket=[]):
    bucket.append(item)
    return bucket
print(append(1), append(2), append(3, []), append(4))

_sentinel = object()
def get(d, key, default=_sentinel):
    if key in d:
        return d[key]
    if default is _sentinel:
        raise KeyError(key)
    return default
print(get({'a': 1}, 'a'), get({}, 'b', None), get({}, 'c', 0))
try:
    get({}, 'd')
except KeyError as e:
    print(type(e).__name__, e)

x = 10
def uses_definition_time(value=x):
    return value
x = 20
print(uses_definition_time(), x)

def kw(a, *, b=2, c):
    return a, b, c
print(kw(1, c=3), kw(1, c=3, b=0), inspect.signature(kw), kw.__kwdefaults__)

def sig_demo(a, b: int = 5, /, c='x', *args, d, e: float = 1.0, **kwargs) -> str:
    pass
sig = inspect.signature(sig_demo)
print(sig)
for name, param in sig.parameters.items():
    print(' ', name, param.kind.name, param.default is param.empty, param.annotation is param.empty)
print(sig.bind(1, c=3, d=4).arguments, sig.bind_partial(1).arguments)
try:
    sig.bind()
except TypeError as e:
    print(type(e).__name__, e)

def counter(n, _cache={}):
    _cache[n] = _cache.get(n, 0) + 1
    return dict(_cache)
print(counter(1), counter(1), counter(2))
print(inspect.signature(lambda a, b=1, *c, **d: 0), inspect.signature(len), inspect.signature(sorted))
