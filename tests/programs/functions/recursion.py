"""Recursion: mutual recursion, deep recursion within limits, RecursionError and recovery."""

import sys

def fact(n):
    return 1 if n <= 1 else n * fact(n - 1)
print(fact(30))

def is_even(n):
    return True if n == 0 else is_odd(n - 1)
def is_odd(n):
    return False if n == 0 else is_even(n - 1)
print(is_even(100), is_odd(77))

def ackermann(m, n):
    if m == 0:
        return n + 1
    if n == 0:
        return ackermann(m - 1, 1)
    return ackermann(m - 1, ackermann(m, n - 1))
print([ackermann(2, n) for n in range(5)], ackermann(3, 3))

def hanoi(n, a='A', b='B', c='C', moves=None):
    if moves is None:
        moves = []
    if n:
        hanoi(n - 1, a, c, b, moves)
        moves.append(a + c)
        hanoi(n - 1, b, a, c, moves)
    return moves
print(len(hanoi(10)), hanoi(3))

def permutations(seq):
    if len(seq) <= 1:
        return [seq]
    return [seq[i] + p for i in range(len(seq)) for p in permutations(seq[:i] + seq[i + 1:])]
print(permutations('abc'))

print(sys.getrecursionlimit())
def depth(n):
    return n if n == 0 else 1 + depth(n - 1)
print(depth(500))

def infinite(n):
    return infinite(n + 1)
try:
    infinite(0)
except RecursionError as e:
    print(type(e).__name__, e, isinstance(e, RuntimeError))

# recursion through __repr__ of a self-referencing structure is handled by reprlib guards
lst = [1]
lst.append(lst)
d = {}
d['self'] = d
print(lst, d)

# recursion error inside methods and recovery afterwards
class Node:
    def __init__(self): self.next = self
    def length(self): return 1 + self.next.length()
try:
    Node().length()
except RecursionError as e:
    print('method recursion:', e)
print('recovered:', fact(10))

# lowering the recursion limit
old = sys.getrecursionlimit()
sys.setrecursionlimit(100)
try:
    depth(200)
except RecursionError:
    print('limit 100 hit')
sys.setrecursionlimit(old)
print(depth(200))
try:
    sys.setrecursionlimit(0)
except ValueError as e:
    print(type(e).__name__, e)

# recursion via __getattr__
class Loop:
    def __getattr__(self, name):
        return getattr(self, name + '_')
try:
    Loop().x
except RecursionError as e:
    print('getattr recursion:', e)
