"""dir(): of modules, classes, instances, builtins; sorted output, inherited names, __dir__ overrides, no-arg form."""

def show(names, limit=None):
    public = [n for n in names if not n.startswith('_')]
    return public if limit is None else public[:limit]

class Base:
    base_attr = 1
    def base_method(self): pass
class Child(Base):
    child_attr = 2
    def __init__(self):
        self.instance_attr = 3

print(show(dir(Child())), show(dir(Child)), dir(Child()) == sorted(dir(Child())))
print(show(dir(int)))
print(show(dir(str)))
print(show(dir(list)))
print(show(dir(dict)))
print(show(dir(set)))
print(show(dir(bytes)))
print(show(dir(float)))
print(show(dir(complex)))
print(show(dir(tuple)), show(dir(range)), show(dir(slice)), show(dir(memoryview)))
print(show(dir(frozenset)), show(dir(bytearray)))
print(show(dir(type(x for x in []))), show(dir(type(lambda: 0))))
print(sorted(n for n in dir(object)))

import math
print(show(dir(math), 10), 'pi' in dir(math))

class Custom:
    def __dir__(self):
        return ['zebra', 'apple', 'mango']
print(dir(Custom()))
class BadDir:
    def __dir__(self):
        return 5
try:
    dir(BadDir())
except TypeError as e:
    print(type(e).__name__, e)

def local_scope():
    a = 1
    b = 2
    return dir()
print(local_scope())
