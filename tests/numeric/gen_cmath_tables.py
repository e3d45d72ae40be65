#!/usr/bin/env python3
"""Prints the Java special-value tables of CmathModule (C99 Annex G results for arguments with an
infinite or NaN part) by asking CPython 3.11's cmath for them. Paste the output into
CmathModule.java. Entries whose arguments are both finite, or whose result CPython reports as
an error, are unused and printed as U."""
import cmath, math

SPECIALS = [-math.inf, -2.0, -0.0, 0.0, 2.0, math.inf, math.nan]

def fmt(x):
    if math.isnan(x):
        return 'N'
    if math.isinf(x):
        return 'INF' if x > 0 else '-INF'
    return repr(x)

def table(name, f):
    rows = []
    for re in SPECIALS:
        row = []
        for im in SPECIALS:
            if math.isfinite(re) and math.isfinite(im):
                row.append('U, U')
                continue
            try:
                z = f(re, im)
            except (ValueError, OverflowError):
                row.append('U, U')
                continue
            row.append('%s, %s' % (fmt(z.real), fmt(z.imag)))
        rows.append('        {' + ', '.join(row) + '}')
    print('    private static final double[][] %s = {\n%s};' % (name.upper() + '_SV', ',\n'.join(rows)))

for n in ['acos', 'acosh', 'asinh', 'atanh', 'cosh', 'exp', 'log', 'sinh', 'sqrt', 'tanh']:
    table(n, lambda re, im, n=n: getattr(cmath, n)(complex(re, im)))
table('rect', lambda r, phi: cmath.rect(r, phi))
