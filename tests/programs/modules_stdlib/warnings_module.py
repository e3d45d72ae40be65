"""warnings: warn with categories and stacklevel, default output format on stderr, filters (simplefilter/filterwarnings), once/always/module, catch_warnings, warn_explicit."""

import warnings

def deprecated_api():
    warnings.warn('deprecated_api() is deprecated', DeprecationWarning, stacklevel=2)

warnings.warn('a plain user warning')
for _ in range(3):
    warnings.warn('shown once: the default action reports each location once')
warnings.warn('shown once: the default action reports each location once')   # a new location is shown again
deprecated_api()                      # DeprecationWarning shown: triggered directly in __main__
warnings.warn('future change', FutureWarning)
warnings.warn(RuntimeWarning('warning instance'))

with warnings.catch_warnings(record=True) as caught:
    warnings.simplefilter('always')
    for i in range(2):
        warnings.warn('repeated', UserWarning)
    deprecated_api()
    warnings.warn('custom category', category=ResourceWarning)
    print([(w.category.__name__, str(w.message), w.lineno > 0, w.filename.endswith('warnings_module.py')) for w in caught])

with warnings.catch_warnings():
    warnings.simplefilter('error')
    try:
        warnings.warn('now an error')
    except UserWarning as e:
        print('raised', type(e).__name__, e)
    warnings.filterwarnings('ignore', message='ignore me.*')
    warnings.warn('ignore me please')
    print('ignored by message regex')

with warnings.catch_warnings(record=True) as caught:
    warnings.simplefilter('once')
    for _ in range(3):
        warnings.warn('once only', UserWarning)
    warnings.filterwarnings('ignore', category=SyntaxWarning)
    warnings.warn('filtered category', SyntaxWarning)
    print(len(caught), [str(w.message) for w in caught])

class MyWarning(UserWarning):
    pass
with warnings.catch_warnings(record=True) as caught:
    warnings.simplefilter('always')
    warnings.warn_explicit('explicit warning', MyWarning, 'fake_file.py', 42, module='fake')
    print([(w.category.__name__, w.filename, w.lineno) for w in caught])
print(warnings.formatwarning('msg', UserWarning, 'file.py', 10, 'source line'), end='')
print(warnings.formatwarning('msg', DeprecationWarning, 'file.py', 11, None), end='')
try:
    warnings.warn('bad category', category=int)
except TypeError as e:
    print(type(e).__name__, e)
try:
    warnings.simplefilter('bogus')
except AssertionError as e:
    print(type(e).__name__, e)
print([f[0] for f in warnings.filters][:5])
