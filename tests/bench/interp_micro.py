def loop():
    i = 0
    t = 0
    while i < 3000000:
        t += i
        i += 1
    return t
def fib(n):
    return n if n < 2 else fib(n - 1) + fib(n - 2)
class P:
    def __init__(self, x):
        self.x = x
    def get(self):
        return self.x
def attrs():
    p = P(3)
    t = 0
    i = 0
    while i < 1000000:
        t += p.x + p.get()
        i += 1
    return t
def gen(n):
    i = 0
    while i < n:
        yield i
        i += 1
def gens():
    t = 0
    for v in gen(1000000):
        t += v
    return t
