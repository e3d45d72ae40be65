"""In 3.11 suggestions are added only by the default excepthook: str(e) and the traceback module show none."""

import traceback

def last_line(exc):
    return traceback.format_exception(exc)[-1].rstrip('\n')

class Config:
    verbose = True
    def __init__(self):
        self.timeout = 30
        self.hostname = 'localhost'
    def method_one(self):
        pass

cfg = Config()
attempts = [
    lambda: cfg.timout,
    lambda: cfg.hostnam,
    lambda: cfg.verbos,
    lambda: cfg.method_on,
    lambda: cfg.completely_different_name,
    lambda: Config.verbsoe,
    lambda: [].apend,
    lambda: 'abc'.uper,
    lambda: {}.iterms,
    lambda: (1).bit_lenght,
    lambda: traceback.format_exceptio,
]
for fn in attempts:
    try:
        fn()
    except AttributeError as e:
        print('str(e):', e)
        print('formatted:', last_line(e))

local_variable = 1
some_function_name = len
names = ['local_variabel', 'some_functon_name', 'lenn', 'Truee', 'xyzzy_nothing_like_it', 'isinstanse', 'ZeroDivisonError']
for n in names:
    try:
        eval(n)
    except NameError as e:
        print('formatted:', last_line(e))

def in_function():
    inner_value = 10
    try:
        return inner_valeu
    except NameError as e:
        return last_line(e)
print(in_function())

# suggestions are skipped for very long or very short names and when nothing is close enough
for n in ['a', 'x' * 50]:
    try:
        eval(n)
    except NameError as e:
        print('formatted:', last_line(e))

# AttributeError raised manually without name/obj gets no suggestion
try:
    raise AttributeError('manual')
except AttributeError as e:
    print('formatted:', last_line(e))
