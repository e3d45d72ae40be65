# env: TZ=UTC
"""time, marshal, atexit, gc, warnings and weakref basics."""

import atexit
import gc
import marshal
import sys
import time
import warnings
import weakref

print(time.gmtime(0))
print(time.localtime(86400 * 365.25 * 30), time.localtime(0).tm_zone, time.timezone, time.daylight, time.tzname)
print(time.strftime('%Y-%m-%d %H:%M:%S %j %a %b', time.gmtime(1e9)))
print(time.asctime(time.gmtime(1e9)), time.ctime(1e9))
print(time.mktime(time.localtime(1e9)), time.mktime((2001, 9, 9, 1, 46, 40, 0, 0, 0)))
st = time.struct_time((2020, 1, 2, 3, 4, 5, 6, 7, 0))
print(st, st.tm_year, st.tm_zone, len(st), time.strftime('%d/%m/%Y', st))
for bad in [lambda: time.strftime('%Y', (2020, 13, 1, 0, 0, 0, 0, 1, 0)), lambda: time.mktime((1, 2)),
            lambda: time.asctime(5), lambda: time.sleep(-1), lambda: time.gmtime(float('nan')),
            lambda: time.struct_time((1, 2))]:
    try:
        bad()
    except (ValueError, TypeError, OverflowError) as e:
        print(type(e).__name__, e)
t0 = time.monotonic()
time.sleep(0.01)
print(time.monotonic() - t0 >= 0.01, time.perf_counter_ns() > 0, isinstance(time.time(), float),
      isinstance(time.time_ns(), int), time.get_clock_info('monotonic').monotonic)
print(time.strptime('2021-03-04', '%Y-%m-%d')[:6])

for v in [None, True, 1, -5, 2**70, 1.5, 1j, b'b', 'str', 'ü', (1, (2,)), [1, 2], {'k': [1]}, {1, 2}, frozenset({3})]:
    d = marshal.dumps(v)
    print(repr(v), marshal.loads(d) == v, type(marshal.loads(d)).__name__)
print(marshal.dumps((1, 'a')), marshal.version)
for bad in [lambda: marshal.dumps(object()), lambda: marshal.loads(b''), lambda: marshal.loads(b'\x99')]:
    try:
        bad()
    except (ValueError, EOFError) as e:
        print(type(e).__name__, e)

print(gc.isenabled(), gc.get_threshold(), type(gc.collect()))
gc.disable()
print(gc.isenabled())
gc.enable()
print(gc.is_tracked([]), gc.is_tracked(1), gc.is_tracked('s'))

warnings.simplefilter('always')
with warnings.catch_warnings(record=True) as w:
    warnings.warn('recorded', DeprecationWarning)
    warnings.warn('second')
print([(str(x.message), x.category.__name__) for x in w])
warnings.warn('printed to stderr', UserWarning)
warnings.simplefilter('error')
try:
    warnings.warn('now an error', RuntimeWarning)
except RuntimeWarning as e:
    print('RuntimeWarning', e)
warnings.resetwarnings()
warnings.filterwarnings('ignore', message='quiet')
warnings.warn('quiet please')
warnings.warn_explicit('explicit', UserWarning, 'somefile.py', 12)


class Obj:
    pass


o = Obj()
r = weakref.ref(o)
calls = []
r2 = weakref.ref(o, lambda ref: calls.append('callback'))
print(r() is o, r is weakref.ref(o), weakref.getweakrefcount(o), r == r2, hash(r) == hash(o))
p = weakref.proxy(o)
p.attr = 5
print(o.attr, p.attr)
d = weakref.WeakValueDictionary()
d['k'] = o
print(list(d.keys()))
del o, p
gc.collect()
print(r(), calls, list(d.keys()))
try:
    weakref.ref(1)
except TypeError as e:
    print('TypeError', e)


def bye(name):
    print('atexit', name)


atexit.register(bye, 'first')
atexit.register(bye, 'second')
atexit.register(bye, name='kw')
atexit.unregister(print)
print('end of main')
