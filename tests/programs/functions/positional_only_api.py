"""Positional-only parameters in APIs: names free for **kwargs, builtins with positional-only parameters, and error messages."""

def format_record(record, /, **fields):
    return record.format(**fields)
print(format_record('{record} and {name}', record='kw named record', name='ok'))

def clamp(value, /, low=0, high=1):
    return max(low, min(high, value))
print(clamp(5, high=3), clamp(-2), clamp(0.5, 0, 1))
for call in ["clamp(value=1)", "clamp()", "clamp(1, 2, 3, 4)", "len(obj=[1])", "divmod(a=1, b=2)", "pow(base=2, exp=3)", "abs(x=-1)",
             "isinstance(obj=1, class_or_tuple=int)", "sorted([2, 1], None)", "int(x='5')", "str(object=5)", "float(x='1.5')"]:
    try:
        print(call, '->', eval(call))
    except TypeError as e:
        print(call, '->', type(e).__name__, e)

def mixed(a, b, /, c, *, d):
    return (a, b, c, d)
import inspect
print(mixed(1, 2, 3, d=4), mixed(1, 2, c=3, d=4), [p.kind.name for p in inspect.signature(mixed).parameters.values()])
print(mixed.__code__.co_posonlyargcount, mixed.__code__.co_argcount, mixed.__code__.co_kwonlyargcount)
try:
    compile('def f(a, /, b, /): pass', '<s>', 'exec')
except SyntaxError as e:
    print(type(e).__name__, e.msg)
try:
    compile('def f(/, a): pass', '<s>', 'exec')
except SyntaxError as e:
    print(type(e).__name__, e.msg)
print((lambda x, /, y=2: x + y)(1), (lambda *, k: k)(k='kw only lambda'))
