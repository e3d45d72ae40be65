x = 1
y = x + 2
print(x, y, x * y - 7, 7 // 2, -7 // 2, 7 % 3, 2 ** 10, 1 / 4)
print("a" + "b", "ab" * 3, [1, 2] + [3], (1, 2) * 2)
a, b = 1, 2
a, b = b, a
print(a, b)
first, *rest = [1, 2, 3, 4]
print(first, rest)
*init, last = "abc"
print(init, last)
big = 2 ** 70
print(big, big * big, -big, 9223372036854775807 + 1)
print(1 < 2 < 3, 1 < 3 < 2, 1 == 1.0, "x" in "xyz", 3 not in [1, 2], None is None)
print(not 1, 1 and 2, 0 and 2, 0 or "z", "" or 0)
print(1 if x else 2, 1 if not x else 2)
i = 0
total = 0
while i < 10:
    i += 1
    if i == 3:
        continue
    if i == 8:
        break
    total += i
else:
    print("no")
print(total)
for k in range(3):
    print(k, end=" ")
else:
    print("done")
d = {"a": 1, "b": 2}
d["c"] = 3
print(d, d["a"], len(d))
l = [1, 2, 3]
l[0] = 10
l[-1] += 5
print(l, l[1:], l[::-1])
t = (1,)
print(t, (), [], {}, [*l, *t], {**d, "z": 0})
del d["a"]
print(d)
s = f"{x}+{y}={x + y!r:>4} {'q'!r} {'w':>3}"
print(s)
def f(a, b=2, *args, c, d=4, **kw):
    return a, b, args, c, d, kw
print(f(1, c=3))
print(f(1, 2, 3, 4, c=5, e=6))
print((lambda q, r=1: q + r)(5))
def g():
    return
print(g())
print(x, "a-3")
class A:
    n = 0
    def __init__(self, v):
        self.v = v
        A.n += 1
    def get(self):
        return self.v
    def __repr__(self):
        return "A(" + repr(self.v) + ")"
class B(A):
    def get(self):
        return super().get() * 2
b = B(21)
print(b.get(), A.n, b, isinstance(b, A), type(b).__name__, B.__qualname__, B.__mro__)
def outer():
    v = 1
    def inner():
        nonlocal v
        v += 1
        return v
    return inner
inc = outer()
print(inc(), inc(), inc.__closure__[0].cell_contents)
g1 = 10
def setg():
    global g1
    g1 = 20
setg()
print(g1)
print((y := 5), y)
print([1, 2, 3][1], "abc"[-1], {1: "one"}.get(1))
