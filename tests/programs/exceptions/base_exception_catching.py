"""Exception vs BaseException: KeyboardInterrupt, SystemExit and GeneratorExit bypass 'except Exception'."""

def attempt(exc):
    try:
        try:
            raise exc
        except Exception as e:
            return f'except Exception caught {type(e).__name__}'
    except BaseException as e:
        return f'only except BaseException caught {type(e).__name__}'

for exc in [ValueError(), KeyboardInterrupt(), SystemExit(2), GeneratorExit(), StopIteration(), ExceptionGroup('g', [ValueError()]), BaseExceptionGroup('b', [KeyboardInterrupt()])]:
    print(attempt(exc))

# SystemExit attributes
for arg in [(), (0,), (3,), ('message',), (None,), (1, 2)]:
    e = SystemExit(*arg)
    print(arg, repr(e.code), e.args)

# catching SystemExit from sys.exit
import sys
for arg in [None, 0, 5, 'bye', [1]]:
    try:
        sys.exit(arg)
    except SystemExit as e:
        print('sys.exit', repr(arg), '->', repr(e.code))
try:
    sys.exit()
except SystemExit as e:
    print('sys.exit() ->', repr(e.code))

# KeyboardInterrupt in a loop with cleanup
log = []
try:
    for i in range(5):
        try:
            if i == 2:
                raise KeyboardInterrupt
            log.append(i)
        finally:
            log.append(f'cleanup {i}')
except KeyboardInterrupt:
    log.append('interrupted')
print(log)

# a generator's close() raises GeneratorExit that 'except Exception' does not swallow
def careful():
    try:
        yield 1
    except Exception:
        print('  not printed')
    finally:
        print('  finally ran')
g = careful()
next(g)
g.close()
print('closed cleanly')
