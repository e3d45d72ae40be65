"""os: constants, environ, cwd, directory and file operations in a temporary directory, stat, walk, scandir, errors."""

import os
import stat
import tempfile

print(os.name, os.sep, os.altsep, os.extsep, os.pathsep, repr(os.linesep), os.curdir, os.pardir, os.devnull)
print(os.environ.get('PYTHONHASHSEED'), os.environ.get('DEFINITELY_NOT_SET_VAR', 'default'), 'PYTHONHASHSEED' in os.environ, os.getenv('PYTHONHASHSEED'))
os.environ['EMBER_TEST_VAR'] = 'value'
print(os.environ['EMBER_TEST_VAR'], os.getenv('EMBER_TEST_VAR'), os.environ.pop('EMBER_TEST_VAR'), 'EMBER_TEST_VAR' in os.environ)
try:
    os.environ['x'] = 1
except TypeError as e:
    print(type(e).__name__, e)
print(os.getcwd() == os.path.dirname(os.path.abspath(__file__)), type(os.getpid()).__name__, len(os.urandom(8)), os.fspath('p'), os.fsencode('é'), os.fsdecode(b'x'))

with tempfile.TemporaryDirectory() as tmp:
    os.makedirs(os.path.join(tmp, 'a', 'b', 'c'))
    os.makedirs(os.path.join(tmp, 'a', 'b'), exist_ok=True)
    os.mkdir(os.path.join(tmp, 'd'))
    for rel, content in [('a/f1.txt', 'one'), ('a/b/f2.txt', 'two!'), ('d/f3.bin', '')]:
        with open(os.path.join(tmp, rel), 'w') as f:
            f.write(content)
    print(sorted(os.listdir(tmp)), sorted(os.listdir(os.path.join(tmp, 'a'))))
    for root, dirs, files in os.walk(tmp):
        dirs.sort()
        print(os.path.relpath(root, tmp), sorted(dirs), sorted(files))
    print([(os.path.relpath(r, tmp), sorted(f)) for r, d, f in sorted(os.walk(tmp, topdown=False))])
    with os.scandir(os.path.join(tmp, 'a')) as entries:
        print(sorted((e.name, e.is_dir(), e.is_file()) for e in entries))
    st = os.stat(os.path.join(tmp, 'a', 'b', 'f2.txt'))
    print(st.st_size, stat.S_ISREG(st.st_mode), stat.S_ISDIR(os.stat(tmp).st_mode), os.path.getsize(os.path.join(tmp, 'a', 'f1.txt')))
    os.rename(os.path.join(tmp, 'd', 'f3.bin'), os.path.join(tmp, 'd', 'renamed.bin'))
    os.replace(os.path.join(tmp, 'a', 'f1.txt'), os.path.join(tmp, 'd', 'moved.txt'))
    print(sorted(os.listdir(os.path.join(tmp, 'd'))))
    os.remove(os.path.join(tmp, 'd', 'renamed.bin'))
    os.unlink(os.path.join(tmp, 'd', 'moved.txt'))
    os.rmdir(os.path.join(tmp, 'd'))
    os.removedirs(os.path.join(tmp, 'a', 'b', 'c'))
    print(sorted(os.listdir(tmp)), os.path.exists(os.path.join(tmp, 'a', 'b')))
    fd = os.open(os.path.join(tmp, 'raw.bin'), os.O_WRONLY | os.O_CREAT, 0o644)
    print(os.write(fd, b'raw bytes'))
    os.close(fd)
    fd = os.open(os.path.join(tmp, 'raw.bin'), os.O_RDONLY)
    print(os.read(fd, 3), os.lseek(fd, 0, os.SEEK_END), os.read(fd, 5))
    os.close(fd)
    for call in [lambda: os.mkdir(tmp), lambda: os.rmdir(os.path.join(tmp, 'nope')), lambda: os.listdir(os.path.join(tmp, 'raw.bin')),
                 lambda: os.remove(os.path.join(tmp, 'missing')), lambda: os.rmdir(tmp)]:
        try:
            call()
        except OSError as e:
            print(type(e).__name__, e.errno, e.strerror, os.path.relpath(e.filename, tmp) if e.filename else None)
    try:
        os.close(fd)
    except OSError as e:
        print(type(e).__name__, e.errno, e.strerror)
print(os.path.exists(tmp))
