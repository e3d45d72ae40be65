"""Higher-order functions: functions as arguments and return values, callbacks, sorting with keys, currying, function tables."""

def apply_n(f, n, x):
    for _ in range(n):
        x = f(x)
    return x
print(apply_n(lambda v: v * 2, 10, 1), apply_n(str.upper, 1, 'abc'), apply_n(lambda s: s + '!', 3, 'hi'))

def curry(f, arity):
    def curried(*args):
        if len(args) >= arity:
            return f(*args)
        return lambda *more: curried(*args, *more)
    return curried
add3 = curry(lambda a, b, c: a + b + c, 3)
print(add3(1)(2)(3), add3(1, 2)(3), add3(1)(2, 3), add3(1, 2, 3))

ops = {'add': lambda a, b: a + b, 'sub': lambda a, b: a - b, 'mul': lambda a, b: a * b, 'div': lambda a, b: a / b}
program = [('add', 2, 3), ('mul', 4, 5), ('div', 7, 2), ('sub', 1, 10)]
print([ops[name](a, b) for name, a, b in program])

def on_event(handlers, event, payload):
    return [h(payload) for h in handlers.get(event, [])]
handlers = {}
handlers.setdefault('save', []).append(lambda p: f'logging {p}')
handlers.setdefault('save', []).append(lambda p: f'backing up {p}')
print(on_event(handlers, 'save', 'doc.txt'), on_event(handlers, 'load', 'x'))

people = [('ann', 31, 5.5), ('bob', 25, 6.1), ('cy', 31, 5.9)]
print(sorted(people, key=lambda p: (-p[1], p[2])), max(people, key=lambda p: p[2])[0], min(map(lambda p: p[1], people)))

def trace_calls(f):
    depth = [0]
    def wrapper(*args):
        print('  ' * depth[0] + f'{f.__name__}{args}')
        depth[0] += 1
        try:
            return f(*args)
        finally:
            depth[0] -= 1
    return wrapper
@trace_calls
def fib(n):
    return n if n < 2 else fib(n - 1) + fib(n - 2)
print(fib(4))

print(list(map(lambda f: f(16), [abs, float, bin, lambda x: x ** 0.5])), callable(lambda: 0), (lambda *a, **k: (a, k))(1, b=2))
