"""unicodedata on Unicode 14.0: properties, names, lookups, normalization, ucd_3_2_0."""
import unicodedata as ud

print(ud.unidata_version, ud.ucd_3_2_0.unidata_version)
for ch in ['A', 'é', '\u0301', '½', '٣', '²', '€', '中', '\uac00', '😀', '\u0378', '\ud800', '\ue000', '\u2028',
           '\U0001fae8', '\U00017000', '\u0897', 'ǅ']:
    props = [ud.category(ch), ud.bidirectional(ch), ud.combining(ch), ud.east_asian_width(ch), ud.mirrored(ch),
             ud.decomposition(ch), ud.name(ch, None), ud.decimal(ch, None), ud.digit(ch, None), ud.numeric(ch, None)]
    old = [ud.ucd_3_2_0.category(ch), ud.ucd_3_2_0.name(ch, None), ud.ucd_3_2_0.east_asian_width(ch)]
    print(ascii(ch), props, old)

for name in ['LATIN SMALL LETTER E WITH ACUTE', 'euro sign', 'CJK UNIFIED IDEOGRAPH-4E2D', 'HANGUL SYLLABLE GAG',
             'BYTE ORDER MARK', 'NBSP', 'VS256', 'LINE FEED', 'GRINNING FACE', 'NO SUCH THING',
             'LATIN CAPITAL LETTER A WITH MACRON AND GRAVE']:
    for db in [ud, ud.ucd_3_2_0]:
        try:
            print(name, ascii(db.lookup(name)))
        except KeyError as e:
            print(name, 'KeyError', e)
for bad in [lambda: ud.name('ab'), lambda: ud.name(''), lambda: ud.decimal('x'), lambda: ud.numeric('x'),
            lambda: ud.normalize('NFX', 'a'), lambda: ud.lookup('x' * 300), lambda: ud.category(65)]:
    try:
        bad()
    except Exception as e:
        print(type(e).__name__, e)

samples = ['e\u0301', 'é', 'ﬁ', 'Å', 'Å', '\u1100\u1161\u11a8', '각', 'a\u0327\u0301', '①', 'ｶ\uff9e', '\u2126', 'x\u0897\u0301']
for form in ['NFC', 'NFD', 'NFKC', 'NFKD']:
    print(form, [ascii(ud.normalize(form, s)) for s in samples], [ud.is_normalized(form, s) for s in samples])
print(ascii(ud.ucd_3_2_0.normalize('NFKC', '\U0002f868\u00e9\U0001f600')), ascii(ud.normalize('NFKC', '\U0002f868')))
