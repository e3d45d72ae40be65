"""Loop variables after loops, loops over changing bindings, enumerate/zip targets, and the for-loop target being any assignment target."""

for i in range(3):
    pass
print('i after loop:', i)
for j in []:
    pass
print('j defined after empty loop:', 'j' in globals())

items = ['a', 'b']
for item in items:
    items = ['replaced']      # rebinding the name does not affect the running loop
    print(item, end=' ')
print(items)

funcs = []
for n in range(3):
    funcs.append(lambda: n)
print([f() for f in funcs], n)

d = {}
for d['key'] in 'xyz':
    pass
print(d)
class Obj:
    pass
o = Obj()
for o.value in range(4):
    pass
print(o.value)
pairs = {}
for idx, (pairs[idx]) in enumerate('pq'):
    pass
print(pairs)

total = 0
for i, (a, b) in enumerate(zip([1, 2, 3], [10, 20, 30]), start=1):
    total += i * (a + b)
print(total)

while (n := n - 1) > -2:
    print('n is', n)
print('final n', n)
