"""UnboundLocalError: assignment anywhere in a function makes a name local for the whole body."""

x = 'global'

def reads_then_assigns():
    print(x)
    x = 'local'

try:
    reads_then_assigns()
except UnboundLocalError as e:
    print(type(e).__name__, '|', e, '|', isinstance(e, NameError))

def conditional_assign(flag):
    if flag:
        y = 1
    return y
print(conditional_assign(True))
try:
    conditional_assign(False)
except UnboundLocalError as e:
    print(e)

def augmented():
    x += 1
try:
    augmented()
except UnboundLocalError as e:
    print(e)

def loop_never_runs():
    for item in []:
        pass
    return item
try:
    loop_never_runs()
except UnboundLocalError as e:
    print(e)

def except_var_deleted():
    try:
        raise ValueError
    except ValueError as err:
        pass
    return err
try:
    except_var_deleted()
except UnboundLocalError as e:
    print(e)

def import_makes_local():
    print(math.pi)
    import math
try:
    import_makes_local()
except UnboundLocalError as e:
    print(e)

def del_makes_local():
    del x
try:
    del_makes_local()
except UnboundLocalError as e:
    print(e)

def nested_def_local():
    helper()
    def helper(): pass
try:
    nested_def_local()
except UnboundLocalError as e:
    print(e)

def free_var_unbound():
    def inner():
        return z
    r = None
    try:
        r = inner()
    except NameError as e:
        print(type(e).__name__, e)
    z = 3
    return inner()
print(free_var_unbound())

def walrus_local():
    print(w)
    if (w := 5):
        pass
try:
    walrus_local()
except UnboundLocalError as e:
    print(e)

def match_local(v):
    match v:
        case [m]:
            pass
    return m
print(match_local([1]))
try:
    match_local(5)
except UnboundLocalError as e:
    print(e)

print(UnboundLocalError.__mro__)
