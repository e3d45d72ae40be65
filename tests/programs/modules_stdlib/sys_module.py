"""sys: argv, version_info (not version), maxsize, byteorder, float/int/hash info, modules, path[0], exc_info, getrecursionlimit, intern, flags."""

import sys

print(sys.version_info[:3], sys.version_info.major, sys.version_info >= (3, 11), sys.version_info.releaselevel, type(sys.version_info).__name__, sys.hexversion >> 16 == 0x30B)
print(sys.maxsize, sys.maxunicode, sys.byteorder)
print(sys.float_info.max, sys.float_info.epsilon, sys.float_info.dig, sys.float_repr_style, sys.int_info.default_max_str_digits)
print(sys.hash_info.width, sys.hash_info.modulus, sys.getrecursionlimit(), sys.getdefaultencoding(), sys.getfilesystemencoding(), sys.stdout.encoding, sys.stdin.encoding)
print(type(sys.modules).__name__, '__main__' in sys.modules, 'sys' in sys.modules, 'builtins' in sys.builtin_module_names, 'sys' in sys.builtin_module_names)
print(sys.argv[0].endswith('sys_module.py'), len(sys.argv), sys.path[0].endswith('modules_stdlib'), type(sys.path).__name__)
print(sys.exc_info(), sys.exception())
try:
    raise KeyError('k')
except KeyError:
    print(sys.exc_info()[0].__name__, repr(sys.exception()))
s1 = sys.intern('dynamic' + 'string')
s2 = sys.intern('dynamicstring')
print(s1 is s2, s1 == 'dynamicstring')
print(sys.flags.optimize, sys.flags.dont_write_bytecode, sys.flags.no_site, sys.flags.ignore_environment, sys.flags.hash_randomization, sys.dont_write_bytecode)
print(sys.stdout.isatty(), sys.stderr.isatty(), sys.stdin.isatty(), sys.stdout.name, sys.stderr.name, sys.stdin.name, sys.__stdout__ is sys.stdout)
print(callable(sys.exit), callable(sys.displayhook), callable(sys.excepthook), sys.excepthook is sys.__excepthook__, sys.getsizeof.__name__)
frame = sys._getframe()
print(frame.f_code.co_name, frame.f_lineno, frame.f_globals is globals())
def inner():
    return sys._getframe(1).f_code.co_name, sys._getframe(0).f_code.co_name
print(inner())
old = sys.stdout
import io
sys.stdout = io.StringIO()
print('captured via sys.stdout replacement')
captured = sys.stdout.getvalue()
sys.stdout = old
print(repr(captured))
sys.displayhook(123)
sys.displayhook(None)
print(repr(getattr(__builtins__, '_', 'no _')))
try:
    sys.exit('custom message')
except SystemExit as e:
    print('SystemExit', e.code)
print(sys.getrecursionlimit(), sys.setrecursionlimit(2000), sys.getrecursionlimit())
