"""printf-style % formatting: every conversion, flags, width/precision incl. '*', mapping keys, and errors."""

conversions = ['d', 'i', 'o', 'u', 'x', 'X', 'e', 'E', 'f', 'F', 'g', 'G', 'c', 'r', 's', 'a', '%']
for conv in conversions:
    fmt = '%' + conv
    row = []
    for v in [42, -42, 3.5, 'ab', 65]:
        try:
            row.append(f'{v!r}=>[{fmt % v}]' if conv != '%' else f'[{fmt % ()}]')
        except (TypeError, OverflowError, ValueError) as e:
            row.append(f'{v!r}=>{type(e).__name__}({e})')
        if conv == '%':
            break
    print(fmt, ' '.join(row))

flags = ['%5d', '%-5d|', '%05d', '%+d', '% d', '%+05d', '%#o', '%#x', '%#X', '%#5x', '%.3d', '%8.3f', '%-8.3f|', '%08.3f',
         '%+.2e', '%#.0f', '%#g', '%.0e', '%10s|', '%-10s|', '%.2s', '%10.2s|', '%c%c', '%5c|', '%-3c|', '%*d', '%-*d|', '%.*f', '%*.*f']
args = {'%c%c': (72, 'i'), '%*d': (6, 42), '%-*d|': (6, 42), '%.*f': (2, 3.14159), '%*.*f': (10, 3, 2.71828)}
for f in flags:
    a = args.get(f, (3.14159 if any(c in f for c in 'efg') else ('hello' if 's' in f else (65 if 'c' in f else 42))))
    print(repr(f), '->', repr(f % a))

# mapping keys
data = {'name': 'Ada', 'n': 3, 'pi': 3.14159, 'weird key': 'ok', '': 'empty'}
print('%(name)s has %(n)03d items, pi=%(pi).2f %(weird key)s %()s %%' % data)
print('%(n)s %(n)r %(n)x' % data)

# tuples vs single values
print('%s' % (1,), '%s' % [1, 2], '%s %s' % (1, 2), '%r' % ((1, 2),), '%s' % {'a': 1})
print('%d%%' % 50, '%.1f%%' % 99.5, '%%d' % ())

# big numbers and special floats
print('%d %x %o' % (2**70, 2**70, -2**70), '%f %e %g' % (float('inf'), float('-inf'), float('nan')))
print('%d' % 3.99, '%d' % -3.99, '%i' % True, '%x' % False, '%s' % None, '%.3s' % None)

# bytes formatting
print(b'%s %d %x %c %b %%' % (b'bytes', 5, 255, 65, b'b'), b'%5s|%-5s|' % (b'ab', b'cd'), b'%a' % 'é')

errors = [("'%d' % 'x'", None), ("'%s %s' % ('a',)", None), ("'%s' % ('a', 'b')", None), ("'%(k)s' % ('a',)", None),
          ("'%(k)s' % {}", None), ("'%z' % 1", None), ("'%' % ()", None), ("'%c' % 1114112", None), ("'%c' % -1", None),
          ("'%*d' % ('a', 1)", None), ("b'%s' % 'str'", None), ("b'%r' % 1", None), ("'%x' % 1.5", None), ("'%(a' % {'a': 1}", None),
          ("'%.*f' % (1.5, 2)", None), ("'%d %(x)s' % {'x': 1}", None)]
for src, _ in errors:
    try:
        print(src, '->', repr(eval(src)))
    except Exception as e:
        print(src, '->', type(e).__name__, e)
