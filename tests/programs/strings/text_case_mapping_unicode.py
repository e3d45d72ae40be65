"""Full Unicode case mapping as CPython 3.11 (Unicode 14.0) does it: special casing, final
sigma, title case, case folding, and the case predicates on non-ASCII text."""
words = ['straße', 'ΣΊΣΥΦΟΣ', 'ὈΔΥΣΣΕΎΣ', 'ǆungla', 'ǅungla', 'İstanbul', 'ﬁnance', 'ŉ', 'ΐ', 'ᾳ', 'Ꭰ', 'ꭰ',
         'áçćéñtš', 'Σ', 'aΣ', 'aΣ.', 'aΣ b', "a'Σ", 'Σa', 'ΑΣ\u0301', '\U00010400\U00010428', 'ⓐⓑ', 'Ⅻ', 'ǈ']
for w in words:
    print(ascii(w), ascii(w.upper()), ascii(w.lower()), ascii(w.title()), ascii(w.capitalize()),
          ascii(w.swapcase()), ascii(w.casefold()), w.isupper(), w.islower(), w.istitle(), len(w.upper()))
print(sorted(['b', 'A', 'ä', 'Z', 'é', 'e', '😀', 'ß'], key=str.casefold))
print('ﬃ'.upper(), 'ﬃ'.casefold() == 'ffi', 'Straße'.casefold() == 'STRASSE'.casefold())
print([c for c in 'aΣbΣ cΣ. Σ' if c.isupper()], 'aΣbΣ cΣ. Σ'.lower())
