"""Directories, stat, links, renames and their errors, with relative paths."""

import errno
import os
import stat
import tempfile

with tempfile.TemporaryDirectory() as tmp:
    os.chdir(tmp)
    os.mkdir('d')
    os.makedirs('d/e/f')
    os.makedirs('d/e/f', exist_ok=True)
    with open('d/file.txt', 'w') as f:
        f.write('12345')
    print(sorted(os.listdir('d')), sorted(os.listdir(b'd')))
    st = os.stat('d/file.txt')
    print(st.st_size, stat.S_ISREG(st.st_mode), stat.S_ISDIR(st.st_mode), stat.filemode(st.st_mode)[0],
          len(st), type(st).__name__, st[stat.ST_SIZE], isinstance(st.st_mtime, float),
          isinstance(st.st_mtime_ns, int), st.st_nlink)
    print(stat.S_ISDIR(os.stat('d').st_mode), os.path.isdir('d'), os.path.isfile('d/file.txt'),
          os.path.exists('nope'), os.path.getsize('d/file.txt'))
    os.symlink('file.txt', 'd/link')
    print(os.readlink('d/link'), os.path.islink('d/link'), stat.S_ISLNK(os.lstat('d/link').st_mode),
          os.stat('d/link').st_size, os.readlink(b'd/link'))
    entries = sorted(os.scandir('d'), key=lambda e: e.name)
    for e in entries:
        print(e.name, e.path, e.is_dir(), e.is_file(), e.is_symlink(), e.is_file(follow_symlinks=False),
              e.stat().st_size if e.is_file() else '-', repr(e))
    with os.scandir(b'd') as it:
        print(sorted(e.name for e in it))
    print(sorted((dp, sorted(dn), sorted(fn)) for dp, dn, fn in os.walk('d')))
    os.rename('d/file.txt', 'd/renamed.txt')
    os.replace('d/renamed.txt', 'd/e/moved.txt')
    os.link('d/e/moved.txt', 'd/e/hard.txt')
    print(os.stat('d/e/moved.txt').st_nlink, os.path.samefile('d/e/moved.txt', 'd/e/hard.txt'))
    errors = [
        lambda: os.stat('missing'), lambda: os.mkdir('d'), lambda: os.rmdir('d'), lambda: os.remove('d'),
        lambda: os.rename('missing', 'x'), lambda: os.listdir('d/e/moved.txt'), lambda: os.readlink('d'),
        lambda: os.open('missing', os.O_RDONLY), lambda: os.chdir('missing'), lambda: os.symlink('x', 'd/link'),
        lambda: os.stat('bad\0path'), lambda: os.stat(3.5), lambda: os.stat(b'missing'),
        lambda: os.unlink('d/e'), lambda: os.utime('missing'),
    ]
    for f in errors:
        try:
            f()
        except (OSError, ValueError, TypeError) as e:
            print(type(e).__name__, getattr(e, 'errno', None) and errno.errorcode[e.errno], e)
    os.utime('d/e/moved.txt', (1000000000, 1500000000.25))
    st = os.stat('d/e/moved.txt')
    print(st.st_atime, st.st_mtime, st.st_mtime_ns, int(st[stat.ST_MTIME]))
    os.utime('d/e/moved.txt', ns=(5, 2000000001))
    print(os.stat('d/e/moved.txt').st_mtime_ns)
    os.chmod('d/e/moved.txt', 0o600)
    print(oct(stat.S_IMODE(os.stat('d/e/moved.txt').st_mode)), os.access('d/e/moved.txt', os.R_OK),
          os.access('missing', os.F_OK))
    os.truncate('d/e/moved.txt', 2)
    print(os.path.getsize('d/e/moved.txt'))
    print(os.getcwd() == os.path.realpath(tmp), os.getcwdb() == os.fsencode(os.getcwd()))
    os.chdir('d')
    print(os.path.basename(os.getcwd()), sorted(os.listdir()))
    os.chdir('..')
    for p in ['d/e/moved.txt', 'd/e/hard.txt', 'd/link']:
        os.remove(p)
    os.removedirs('d/e/f')
    print(os.listdir('.'))
    os.chdir('/')
