"""traceback: format_exc, format_exception (with chains and notes), extract_tb/FrameSummary, print_exc to a file, TracebackException, format_stack."""

import io
import traceback

def level2():
    return {}['missing']
def level1():
    try:
        level2()
    except KeyError as e:
        raise RuntimeError('wrapped') from e

try:
    level1()
except RuntimeError as exc:
    print(traceback.format_exc(), end='')
    print('---')
    lines = traceback.format_exception(exc)
    print(len(lines), repr(lines[-1]))
    print(''.join(traceback.format_exception(exc, chain=False)), end='')
    print(traceback.format_exception_only(exc), traceback.format_exception_only(type(exc), exc))
    tb_list = traceback.extract_tb(exc.__traceback__)
    print([(fs.name, fs.lineno, fs.line) for fs in tb_list], type(tb_list).__name__, type(tb_list[0]).__name__)
    print(tb_list[-1].filename.endswith('traceback_module.py'), tb_list.format()[-1])
    te = traceback.TracebackException.from_exception(exc)
    print(te.exc_type.__name__, str(te), te.__cause__.exc_type.__name__, len(list(te.format())), list(te.format_exception_only()))
    buf = io.StringIO()
    traceback.print_exc(file=buf, limit=1)
    print(buf.getvalue(), end='')
    buf = io.StringIO()
    traceback.print_exception(exc, limit=-1, file=buf, chain=False)
    print(buf.getvalue(), end='')

e2 = ValueError('with notes')
e2.add_note('first note')
print(traceback.format_exception_only(e2))
eg = ExceptionGroup('grp', [TypeError('t'), ValueError('v')])
print(''.join(traceback.format_exception(eg)), end='')

def where():
    return traceback.extract_stack(limit=2)
stack = where()
print([(f.name, f.line) for f in stack])
print(traceback.format_stack(limit=1)[0].strip().splitlines()[-1])
print(repr(traceback.format_exc()))
try:
    compile('x = (', 'bad.py', 'exec')
except SyntaxError as se:
    print(traceback.format_exception_only(se))
