"""Compound statements on one line, semicolons, pass and Ellipsis bodies, and nested blocks."""

def empty(): pass
def ellipsis_body(): ...
class Empty: pass
class Doc:
    """only a docstring"""
print(empty(), ellipsis_body(), Empty.__name__, Doc.__doc__)

a = 1; b = 2; c = a + b; print(a, b, c)
if c > 2: print('big'); c -= 1
else: print('small')
print(c)
for i in range(3): print(i, end=';')
print()
while c: c -= 1; print('c', c)
try: 1 / 0
except ZeroDivisionError: print('zero')
finally: print('finally one-liner')
with open(__file__) as fh: first = fh.readline()
print(first.strip())

x = 10
if x > 5:
    if x > 8:
        if x > 9:
            for i in range(2):
                while True:
                    try:
                        print('deep', i)
                        break
                    finally:
                        pass
print(...)
print(type(...).__name__, ... is Ellipsis, Ellipsis)

# expression statements are evaluated and discarded
calls = []
calls.append(1)
len(calls)
'a string statement'
42
calls.append(2)
print(calls)

# a docstring is only the first statement
def not_doc():
    x = 1
    """not a docstring"""
print(not_doc.__doc__)
def doc_func():
    "single-quoted docstring"
print(doc_func.__doc__)
def fdoc():
    f"""f-string is not a docstring"""
print(fdoc.__doc__)
