"""except* handling: matching parts of a group, multiple clauses, unhandled remainders, naked exceptions, rules."""

def run(group_factory, label):
    print(f'--- {label}')
    try:
        try:
            raise group_factory()
        except* ValueError as eg:
            print('ValueError clause:', repr(eg))
        except* (TypeError, KeyError) as eg:
            print('Type/Key clause:', repr(eg))
    except BaseException as e:
        print('escaped:', repr(e))

run(lambda: ExceptionGroup('g', [ValueError(1), TypeError(2), KeyError(3)]), 'all handled')
run(lambda: ExceptionGroup('g', [ValueError(1), OSError(2)]), 'remainder re-raised')
run(lambda: ValueError('naked'), 'naked exception is wrapped')
run(lambda: OSError('naked unmatched'), 'naked unmatched propagates as-is')
run(lambda: ExceptionGroup('outer', [ExceptionGroup('inner', [ValueError('deep')]), TypeError('t')]), 'nested groups keep structure')

# each clause runs at most once
try:
    raise ExceptionGroup('many', [ValueError(i) for i in range(4)])
except* ValueError as eg:
    print('once, with', len(eg.exceptions), 'exceptions')

# raising inside an except* clause
try:
    try:
        raise ExceptionGroup('src', [ValueError('v'), TypeError('t')])
    except* ValueError:
        raise KeyError('raised in handler')
except BaseException as e:
    print(type(e).__name__, repr(e))
    print('  members:', [repr(x) for x in e.exceptions])
    print('  first member context:', repr(e.exceptions[0].__context__))

# re-raising the matched group with bare raise
try:
    try:
        raise ExceptionGroup('src', [ValueError('v'), TypeError('t')])
    except* ValueError:
        raise
except ExceptionGroup as e:
    print('bare raise keeps everything:', repr(e))

# sys.exc_info inside except*
import sys
try:
    raise ExceptionGroup('info', [ValueError('x')])
except* ValueError:
    print(type(sys.exc_info()[1]).__name__, repr(sys.exception()))

# else and finally with except*
try:
    pass
except* ValueError:
    print('not reached')
else:
    print('else runs')
finally:
    print('finally runs')

# syntax restrictions
for src in ["try:\n    pass\nexcept* ExceptionGroup:\n    pass",
            "try:\n    pass\nexcept* (ValueError, ExceptionGroup):\n    pass",
            "try:\n    pass\nexcept*:\n    pass",
            "try:\n    pass\nexcept ValueError:\n    pass\nexcept* TypeError:\n    pass",
            "for i in range(1):\n    try:\n        pass\n    except* ValueError:\n        break",
            "def f():\n    try:\n        pass\n    except* ValueError:\n        return 1"]:
    try:
        compile(src, '<src>', 'exec')
        print('compiled')
    except SyntaxError as e:
        print('SyntaxError:', e.msg)

# runtime check: matching against ExceptionGroup itself
try:
    try:
        raise ExceptionGroup('g', [ValueError()])
    except* (ValueError, TypeError):
        print('ok with plain types')
except TypeError as e:
    print(type(e).__name__, e)
eg_type = ExceptionGroup
try:
    try:
        raise ValueError('x')
    except* eg_type:
        pass
except TypeError as e:
    print(type(e).__name__, e)
