"""Name resolution across four nested function levels plus module and builtins, with shadowing at different levels."""

x = 'module'
len_backup = len

def level1():
    x = 'level1'
    y = 'level1 y'
    def level2():
        y = 'level2 y'
        def level3():
            def level4():
                return x, y, len('abc')
            return level4()
        return level3()
    return level2()
print(level1())

def shadow_builtin():
    len = lambda obj: 'local len'
    def inner():
        return len([1, 2])
    return inner()
print(shadow_builtin(), len([1, 2]))

def late_binding():
    def get():
        return value
    value = 'bound after inner was defined'
    return get()
print(late_binding())

def class_in_function():
    secret = 'function secret'
    class Inner:
        attr = secret
        def method(self):
            return secret
    return Inner.attr, Inner().method()
print(class_in_function())

def global_vs_enclosing():
    x = 'enclosing'
    def inner():
        global x
        return x
    return inner()
print(global_vs_enclosing())

def rebinding_in_loop():
    fs = []
    for i in range(3):
        def f(i=i):
            return i
        fs.append(f)
    def g():
        return i
    return [f() for f in fs], g()
print(rebinding_in_loop())

def lambda_scopes():
    a = 1
    return (lambda b: (lambda c: a + b + c))(10)(100)
print(lambda_scopes())
print(level1.__code__.co_cellvars, level1.__code__.co_varnames)
