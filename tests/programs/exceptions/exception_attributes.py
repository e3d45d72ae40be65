"""Attributes of specific exceptions: OSError family, NameError/AttributeError/ImportError names, SyntaxError details."""

# OSError maps errno to subclasses
import errno
for code in [errno.ENOENT, errno.EEXIST, errno.EACCES, errno.EISDIR, errno.ENOTDIR, errno.EPIPE,
             errno.ECONNREFUSED, errno.ETIMEDOUT, errno.EINTR, errno.ECHILD, errno.ESRCH, errno.EAGAIN, 9999]:
    e = OSError(code, 'message')
    print(code, type(e).__name__, e.errno, e.strerror, e.filename, str(e))

e = OSError(errno.ENOENT, 'No such file', 'a.txt')
print(type(e).__name__, e.filename, e.filename2, str(e), e.args)
e = OSError(errno.EEXIST, 'exists', 'src', None, 'dst')
print(type(e).__name__, e.filename, e.filename2, str(e))
print(str(OSError('just one')), OSError('just one').errno, repr(OSError(1, 2, 3, 4, 5, 6)))
print(FileNotFoundError(2, 'x').errno, type(FileNotFoundError(17, 'x')).__name__)

# characters_written for BlockingIOError
b = BlockingIOError(errno.EAGAIN, 'would block', 5)
print(b.characters_written, type(b).__name__)

# real OSError from the file system
try:
    open('definitely_missing_file.txt')
except FileNotFoundError as e:
    print(type(e).__name__, e.errno == errno.ENOENT, e.strerror, e.filename, str(e))

# NameError.name, AttributeError.name/obj
try:
    undefined_thing
except NameError as e:
    print(e.name, str(e))
try:
    (1).nonexistent
except AttributeError as e:
    print(e.name, e.obj, str(e))
print(NameError('x', name='n').name, AttributeError('x', name='a', obj=5).obj)

# ImportError.name / .path and ModuleNotFoundError
try:
    import no_such_module_anywhere
except ModuleNotFoundError as e:
    print(type(e).__name__, e.name, e.path, str(e), isinstance(e, ImportError))
try:
    from sys import no_such_name
except ImportError as e:
    print(type(e).__name__, e.name, str(e))
ie = ImportError('msg', name='pkg', path='/x/y')
print(ie.name, ie.path, str(ie), repr(ie))
try:
    ImportError('m', bogus=1)
except TypeError as err:
    print(type(err).__name__, err)

# SyntaxError attributes
try:
    compile('x = (1,\n  2', 'prog.py', 'exec')
except SyntaxError as e:
    print(e.msg, e.filename, e.lineno, e.offset, repr(e.text), e.end_lineno, e.end_offset)
se = SyntaxError('bad thing', ('file.py', 3, 5, 'the code', 3, 8))
print(str(se), se.args, se.filename, se.lineno, se.offset, se.text, se.end_lineno, se.end_offset, se.print_file_and_line)
print(str(SyntaxError('no details')), str(SyntaxError('m', ('f', None, None, None))))
print(IndentationError.__mro__[1].__name__, TabError.__mro__[1].__name__)

# StopIteration.value, SystemExit.code
print(StopIteration('v').value, SystemExit('message').code)

# exception __traceback__ and with_traceback
def f():
    raise ValueError('tb')
try:
    f()
except ValueError as e:
    tb = e.__traceback__
    print(type(tb).__name__, tb.tb_next.tb_frame.f_code.co_name, tb.tb_next.tb_lineno - f.__code__.co_firstlineno)
    e2 = KeyError('new').with_traceback(tb)
    print(e2.__traceback__ is tb)
print(ValueError().__traceback__)
