"""Re-raising and traceback growth: bare raise keeps the original traceback, raise e adds frames, with_traceback replaces it."""

import traceback

def inner():
    raise ValueError('inner problem')

def reraise_bare():
    try:
        inner()
    except ValueError:
        raise

def reraise_named():
    try:
        inner()
    except ValueError as e:
        raise e

def reraise_stripped():
    try:
        inner()
    except ValueError as e:
        raise e.with_traceback(None)

def frames(exc):
    return [(fs.name, fs.line) for fs in traceback.extract_tb(exc.__traceback__)]

for fn in [reraise_bare, reraise_named, reraise_stripped]:
    try:
        fn()
    except ValueError as e:
        print(fn.__name__, frames(e))

saved = None
try:
    inner()
except ValueError as e:
    saved = e
print('saved traceback frames:', frames(saved))
try:
    raise saved
except ValueError as e:
    print('re-raised later:', frames(e))

def collect_and_raise_group():
    errors = []
    for value in ['1', 'x', '2', 'y']:
        try:
            int(value)
        except ValueError as e:
            errors.append(e)
    raise ExceptionGroup('conversion errors', errors)
try:
    collect_and_raise_group()
except ExceptionGroup as eg:
    print(frames(eg), [frames(e) for e in eg.exceptions])
