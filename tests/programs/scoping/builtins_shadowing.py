"""Name resolution order LEGB: shadowing builtins at module, function and class level, and restoring them."""

import builtins

print(len('abc'))
len = lambda obj: 'shadowed len'
print(len('abc'))
del len
print(len('abc'))

def uses_local_print():
    print = lambda *a: builtins.print('local print:', *a)
    print('hello')
uses_local_print()
print('module print still works')

class K:
    str = 'class attribute named str'
    def method(self):
        return str(5)      # builtin, class scope is skipped
print(K().method(), K.str)

# modifying builtins affects every module
builtins.my_new_builtin = 'from builtins'
print(my_new_builtin)
del builtins.my_new_builtin
try:
    my_new_builtin
except NameError as e:
    print(type(e).__name__, e)

# __builtins__ in exec globals
ns = {'__builtins__': {'print': lambda *a: builtins.print('restricted print', *a)}}
exec("print('inside exec')", ns)
try:
    exec("len('x')", ns)
except NameError as e:
    print(type(e).__name__, e)
ns2 = {}
exec("result = len('four')", ns2)
print(ns2['result'], '__builtins__' in ns2)

# a global shadowing a builtin, then deleted
def get_max():
    return max([3, 1, 2])
max = min
print(get_max())
del max
print(get_max())

# True/False/None cannot be assigned
for src in ["True = 1", "None = 0", "def f(None): pass", "__debug__ = 1", "class False: pass"]:
    try:
        compile(src, '<src>', 'exec')
    except SyntaxError as e:
        print(repr(src), '->', e.msg)
