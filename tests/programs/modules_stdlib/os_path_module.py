"""os.path (posixpath): join, split, splitext, basename/dirname, normpath, relpath, commonpath, expanduser/vars, predicates."""

import os.path as p

for parts in [('a', 'b', 'c'), ('/a', 'b'), ('a', '/b', 'c'), ('a/', 'b'), ('', 'x'), ('a', ''), ('/',)]:
    print(parts, p.join(*parts))
for path in ['/usr/lib/python3/file.tar.gz', 'relative/dir/', 'file', '.bashrc', '/', '', 'a/b/.', '..', '/a//b///c', 'dir.d/name']:
    print(repr(path), p.split(path), p.splitext(path), p.basename(path), p.dirname(path), p.isabs(path), p.normpath(path) if path else '')
for path in ['a/./b/../c', '/../x', 'a/../../b', './', '//a/b', '///a/b', 'a/b/c/../../..']:
    print(path, '->', p.normpath(path))
print(p.relpath('/a/b/c', '/a'), p.relpath('/a', '/a/b/c'), p.relpath('/x/y', '/a/b'), p.relpath('a/b', 'a'), p.relpath('/a', '/a'))
print(p.commonpath(['/usr/lib', '/usr/local/lib']), p.commonpath(['a/b/c', 'a/b/d']), p.commonprefix(['interstellar', 'internet', 'interval']))
try:
    p.commonpath(['/abs', 'rel'])
except ValueError as e:
    print(type(e).__name__, e)
print(p.splitdrive('/a/b'), p.normcase('/A/B'), p.expandvars('$PYTHONHASHSEED-${PYTHONHASHSEED}-$UNDEFINED_VAR_XYZ'), p.expanduser('no-tilde'))
here = p.dirname(p.abspath(__file__))
print(p.exists(__file__), p.isfile(__file__), p.isdir(here), p.islink(__file__), p.exists('no/such/file'), p.getsize(__file__) > 0)
print(p.abspath('x') == p.join(here, 'x'), p.realpath('.') == p.realpath(here), p.samefile(__file__, p.join(here, p.basename(__file__))))
print(p.join(b'a', b'b'), p.splitext(b'f.txt'), p.sep, p.extsep)
try:
    p.join('a', b'b')
except TypeError as e:
    print(type(e).__name__, e)
try:
    p.join('a', 1)
except TypeError as e:
    print(type(e).__name__, e)
