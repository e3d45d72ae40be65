"""File descriptors: open/read/write/lseek/dup/pipe/fstat, inheritance and blocking flags."""

import os
import stat
import tempfile

with tempfile.TemporaryDirectory() as tmp:
    os.chdir(tmp)
    fd = os.open('f.bin', os.O_WRONLY | os.O_CREAT | os.O_TRUNC, 0o644)
    print(os.write(fd, b'hello world'), os.get_inheritable(fd), os.get_blocking(fd))
    print(os.lseek(fd, 0, os.SEEK_CUR), os.lseek(fd, 6, os.SEEK_SET))
    os.write(fd, b'WORLD')
    st = os.fstat(fd)
    print(st.st_size, stat.S_ISREG(st.st_mode))
    os.ftruncate(fd, 8)
    os.fsync(fd)
    os.close(fd)
    fd = os.open('f.bin', os.O_RDONLY)
    print(os.read(fd, 3), os.read(fd, 100), os.read(fd, 100))
    print(os.pread(fd, 4, 2))
    fd2 = os.dup(fd)
    print(fd2 != fd, os.get_inheritable(fd2))
    os.lseek(fd2, 0, os.SEEK_SET)
    print(os.read(fd, 2))
    os.set_inheritable(fd2, True)
    print(os.get_inheritable(fd2))
    os.close(fd2)
    os.close(fd)
    for f in [lambda: os.close(fd), lambda: os.read(fd, 1), lambda: os.fstat(fd), lambda: os.read(0, -1),
              lambda: os.lseek(-1, 0, 0), lambda: os.write('x', b''), lambda: os.read(2**40, 1)]:
        try:
            f()
        except (OSError, ValueError, TypeError, OverflowError) as e:
            print(type(e).__name__, e)
    r, w = os.pipe()
    print(os.get_inheritable(r), os.isatty(r), stat.S_ISFIFO(os.fstat(r).st_mode))
    os.set_blocking(r, False)
    print(os.get_blocking(r))
    try:
        os.read(r, 10)
    except BlockingIOError as e:
        print('BlockingIOError', e.errno == 11)
    os.write(w, b'abc')
    print(os.read(r, 10))
    os.close(w)
    print(os.read(r, 10))
    os.close(r)
    r, w = os.pipe2(os.O_CLOEXEC)
    with os.fdopen(w, 'w') as fw, os.fdopen(r) as fr:
        fw.write('via fdopen\n')
        fw.flush()
        print(fr.readline(), end='')
    os.chdir('/')
