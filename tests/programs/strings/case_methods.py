"""str case conversion: upper, lower, casefold, capitalize, title, swapcase, including special Unicode mappings."""

samples = ['hello world', 'HELLO World', 'ß', 'straße', 'ﬁne', 'ΣΑΣ', 'ὈΔΥΣΣΕΎΣ', 'İstanbul', 'ı', 'ǅemal', 'ǆ',
           "they're bill's friends", 'hello2world 3rd', 'ŉ', 'ΐ', 'Ǆ', 'ﬀ', 'ǰ', 'Ꭰ', 'ꭰ', '𐐨𐐀', 'a_b-c.d', '', '123']
for s in samples:
    print(repr(s), '|', repr(s.upper()), repr(s.lower()), repr(s.casefold()), repr(s.capitalize()),
          repr(s.title()), repr(s.swapcase()))

# lengths can change
print(len('ß'.upper()), len('ﬃ'.upper()), len('İ'.lower()), 'İ'.lower() == 'i̇')

# final sigma rule in lower()
print('ΟΔΟΣ'.lower(), 'ΟΔΟΣ ΚΑΙ'.lower(), 'Σ'.lower(), 'ΑΣ.'.lower(), 'ΑΣΑ'.lower())

# casefold for caseless comparison
pairs = [('Straße', 'STRASSE'), ('ΣΊΣΥΦΟΣ', 'σίσυφος'), ('ﬁ', 'FI'), ('Ǆ', 'ǆ')]
for a, b in pairs:
    print(a, b, a.lower() == b.lower(), a.casefold() == b.casefold())

# predicates related to case
for s in ['abc', 'ABC', 'Abc', 'Abc Def', 'ABC def', '123', 'a1', 'ǅ', 'ǅa', 'Hello World!', '', 'ß', 'ᾈ']:
    print(repr(s), s.islower(), s.isupper(), s.istitle())

# title() treats any non-letter as a word boundary
print("o'neil mc-donald 4th x2y".title(), 'ŉa'.title())
# errors
for call in ["'a'.upper(1)", "'a'.title(None)", "str.lower(5)"]:
    try:
        eval(call)
    except TypeError as e:
        print(call, '->', type(e).__name__, e)
