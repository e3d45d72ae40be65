# env: EMBER_TEST_VALUE=spam
"""os.environ, fsencode/fsdecode, process information, errors and small helpers."""

import errno
import os
import sys

print(os.environ['EMBER_TEST_VALUE'], os.getenv('EMBER_TEST_VALUE'), os.environb[b'EMBER_TEST_VALUE'])
os.environ['EMBER_NEW'] = 'x=y'
print(os.environ['EMBER_NEW'], os.getenv('EMBER_NEW'), 'EMBER_NEW' in os.environ)
del os.environ['EMBER_NEW']
print(os.getenv('EMBER_NEW'), os.getenv('EMBER_NEW', 'dflt'))
for bad in [lambda: os.putenv('a=b', 'c'), lambda: os.environ.__setitem__('k', 1), lambda: os.putenv('', 'x')]:
    try:
        bad()
    except (ValueError, TypeError, OSError) as e:
        print(type(e).__name__, e)
print(os.fsencode('caf\udce9'), os.fsdecode(b'caf\xe9') == 'caf\udce9', os.fsencode('é'))
print(os.fspath('p'), os.fspath(b'p'))


class P:
    def __fspath__(self):
        return 'from-fspath'


print(os.fspath(P()))
for bad in [1, None]:
    try:
        os.fspath(bad)
    except TypeError as e:
        print('TypeError', e)
print(type(os.getpid()), os.getpid() > 0, os.getppid() > 0, type(os.getuid()), os.cpu_count() > 0)
print(os.strerror(errno.ENOENT), os.strerror(errno.EACCES), os.strerror(99999))
print(errno.errorcode[errno.EEXIST], errno.EAGAIN == errno.EWOULDBLOCK, errno.errorcode[11])
u = os.uname()
print(type(u).__name__, u.sysname, len(u), type(u.release))
t = os.times()
print(type(t).__name__, len(t), all(isinstance(x, float) for x in t))
old = os.umask(0o22)
print(oct(os.umask(old)))
print(os.waitstatus_to_exitcode(3 << 8), os.WIFEXITED(0), os.WEXITSTATUS(7 << 8), os.WIFSIGNALED(9), os.WTERMSIG(9))
try:
    os.get_terminal_size(1000)
except OSError as e:
    print('OSError', errno.errorcode[e.errno])
print(os.terminal_size((80, 24)), os.terminal_size((80, 24)).columns)
print(os.sep, os.pathsep, os.linesep == '\n', os.devnull, os.name, sys.platform)
print(os.path.join('a', 'b'), os.path.splitext('x.tar.gz'), os.path.normpath('a//b/../c'))
print(type(os.urandom(4)), len(os.urandom(16)))
try:
    os.urandom(-1)
except ValueError as e:
    print('ValueError', e)
st = os.stat_result((1, 2, 3, 4, 5, 6, 7, 8, 9, 10))
print(st, st.st_mode, st.st_atime, st[7])
try:
    os.stat_result((1, 2))
except TypeError as e:
    print('TypeError', e)
print(os.system('exit 3') >> 8, os.system('true'))
print(os.confstr('CS_PATH'), os.sysconf('SC_PAGE_SIZE') > 0)
try:
    os.sysconf('NOPE')
except ValueError as e:
    print('ValueError', e)
