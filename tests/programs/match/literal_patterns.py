"""match with literal patterns: numbers, strings, None/True/False, negative and complex literals, or-patterns."""

def describe(x):
    match x:
        case 0:
            return 'zero'
        case 1 | 2 | 3:
            return 'small'
        case -1:
            return 'minus one'
        case 1.5:
            return 'one and a half'
        case 2j:
            return 'imaginary two'
        case -1 + 2j:
            return 'complex literal'
        case 'hello' | "world":
            return 'greeting word'
        case b'bytes':
            return 'bytes literal'
        case None:
            return 'None'
        case True:
            return 'True'
        case False:
            return 'False'
        case 'a' 'b':
            return 'implicitly concatenated ab'
        case _:
            return f'other: {x!r}'

for v in [0, 1, 3, -1, 1.5, 2j, -1+2j, 'hello', 'world', b'bytes', None, True, False, 'ab', 4, 'x', 0.0, 1.0, [], 2.0]:
    print(repr(v), '->', describe(v))

# literal matching uses ==, except None/True/False which use 'is'
class EqAll:
    def __eq__(self, other): return True
def singleton_check(x):
    match x:
        case True:
            return 'is True'
        case 1:
            return 'equals 1'
        case _:
            return 'neither'
print(singleton_check(1), singleton_check(True), singleton_check(1.0))

def eq_probe(x):
    match x:
        case 5:
            return 'matched 5'
        case None:
            return 'matched None'
        case _:
            return 'no match'
print(eq_probe(EqAll()))
