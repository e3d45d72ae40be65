def gen(n):
    for i in range(n):
        x = yield i
        if x is not None:
            print("got", x)
    return "done"
g = gen(3)
print(next(g), g.send("a"), next(g))
try:
    next(g)
except StopIteration as e:
    print("stop", e.value)
print(list(gen(4)))
print([x * x for x in range(5)], {k: k + "1" for k in "ab"})
print(sum(x for x in range(10) if x % 2), list(x + y for x in range(3) for y in range(2)))
def deleg():
    r = yield from gen(2)
    print("r", r)
    yield 10
print(list(deleg()))
def tries():
    try:
        yield 1
        yield 2
    except ValueError as e:
        print("caught", e)
        yield 3
    finally:
        print("finally")
t = tries()
print(next(t), t.throw(ValueError("boom")))
t.close()
def expr_yield():
    a = 1 + (yield 1) * 2
    b = [(yield 2), (yield 3)]
    print(a, b)
    c = (yield 4) if a else 0
    d = a and (yield 5)
    return c, d
e = expr_yield()
print(next(e), e.send(10), e.send("x"), e.send("y"))
print(e.send(7))
try:
    e.send(8)
except StopIteration as s:
    print("ret", s.value)
def closer():
    try:
        yield 1
    except GeneratorExit:
        print("exit")
        raise
c = closer()
next(c)
c.close()
print(c.gi_frame, c.gi_running)
def bad():
    yield 1
    raise StopIteration
try:
    list(bad())
except RuntimeError as err:
    print(type(err).__name__, err, type(err.__cause__).__name__)
def wh():
    i = 0
    while (yield i) != "stop":
        i += 1
w = wh()
print(next(w), w.send(1), w.send(2))
try:
    w.send("stop")
except StopIteration:
    print("stopped")
def running():
    yield g2.gi_running
g2 = running()
print(next(g2))
def already():
    yield next(g3)
g3 = already()
try:
    next(g3)
except ValueError as e:
    print(e)
def fib():
    a, b = 0, 1
    while True:
        yield a
        a, b = b, a + b
f = fib()
print([next(f) for _ in range(10)])
def with_gen():
    class CM:
        def __enter__(self):
            print("enter")
            return self
        def __exit__(self, *a):
            print("exit", a[0])
    with CM() as cm:
        yield 1
        yield 2
print(list(with_gen()))
print(type(gen(1)).__name__, gen(1).__qualname__, gen.__code__.co_flags & 0x20)
