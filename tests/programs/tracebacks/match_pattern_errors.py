"""Runtime errors raised while matching patterns: the traceback points at the pattern whose operation failed."""
import collections.abc, sys

class E:
    def __eq__(self, o): raise ValueError("eq")
class M:
    x = E()
class S(collections.abc.Sequence):
    def __len__(self): raise KeyError("len")
    def __getitem__(self, i): raise KeyError("gi")
class S2(collections.abc.Sequence):
    def __len__(self): return 3
    def __getitem__(self, i): raise KeyError(i)
class Mp(collections.abc.Mapping):
    def __len__(self): return 3
    def __getitem__(self, i): raise KeyError(i)
    def __iter__(self): return iter([])
    def get(self, k, d=None): raise IndexError(k)
class P:
    @property
    def a(self): raise ValueError("prop")
class MA:
    __match_args__ = 5

def value_eq():
    match 3:
        case (M.x
              ): pass
def seq_len():
    match S():
        case [1, 2]: pass
def seq_subscript():
    match S2():
        case [1,
              *_,   2]: pass
def mapping_get():
    match Mp():
        case {'k': 1}: pass
def class_attr():
    match P():
        case P(a=3): pass
def nested_value():
    match [1, 2]:
        case [1, M.x]: pass
def too_many_positional():
    match 3:
        case int(  3,
                 4):
            pass
def guard_error():
    match 3:
        case 3 if (
          1/0):
            pass
def value_lookup():
    match 3:
        case M.z | 4:
            pass
def match_args_not_tuple():
    match MA():
        case MA(1): pass
def not_a_type():
    match 3:
        case M.x(): pass

for fn in [value_eq, seq_len, seq_subscript, mapping_get, class_attr, nested_value, too_many_positional,
           guard_error, value_lookup, match_args_not_tuple, not_a_type]:
    try:
        fn()
    except Exception:
        sys.excepthook(*sys.exc_info())

# the last one is uncaught
match {'a': 1, 'b': 2}:
    case {'a': 1, 'b': M.x}:
        pass
