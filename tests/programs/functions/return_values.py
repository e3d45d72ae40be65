"""Return statement: implicit None, multiple values, early return, returning functions and generators."""

def implicit(): pass
def bare(): return
def multiple(): return 1, 'two', [3]
def early(n):
    for i in range(n):
        if i * i > n:
            return i
    return -1

print(implicit(), bare(), multiple(), type(multiple()).__name__)
print([early(n) for n in [0, 5, 10, 50, 100]])

def returns_function(k):
    def mul(x): return x * k
    return mul
print(returns_function(3)(4), returns_function('ab')(2))

def returns_tuple_starred():
    rest = [3, 4]
    return 1, 2, *rest
print(returns_tuple_starred())

def return_in_loop_with_else(items):
    for it in items:
        if it == 'stop':
            return 'stopped'
    else:
        return 'exhausted'
print(return_in_loop_with_else(['a', 'stop']), return_in_loop_with_else(['a']))

def return_from_with():
    class CM:
        def __enter__(self): return self
        def __exit__(self, *a):
            print('  exit called')
    with CM():
        return 'value from with'
print(return_from_with())

# generator return value becomes StopIteration.value
def gen():
    yield 1
    return 'done'
g = gen()
next(g)
try:
    next(g)
except StopIteration as e:
    print('StopIteration value:', e.value, e.args)

# return value of yield from
def delegator():
    result = yield from gen()
    yield f'got {result}'
print(list(delegator()))

# recursion returning nested structures
def nest(n):
    return [] if n == 0 else [nest(n - 1)]
print(nest(4))

# return outside function
try:
    compile('return 1', '<src>', 'exec')
except SyntaxError as e:
    print(type(e).__name__, e.msg)
try:
    compile('def f():\n    yield 1\n    return 2\nclass C:\n    return 3', '<src>', 'exec')
except SyntaxError as e:
    print(type(e).__name__, e.msg, e.lineno)
