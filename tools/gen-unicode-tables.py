#!/usr/bin/env python3
"""Generates Ember's Unicode 14.0 tables from CPython 3.11 (the oracle).

Writes two resources under src/main/resources/org/ember/objects/:

  unicode-types.dat   what str needs: per code point flags (isalpha, isdecimal, ..., cased,
                      case-ignorable, identifier start/continue, line break), decimal/digit
                      values, numeric value and full case mappings (lower, upper, title, fold).
  unicode-data.dat    what the unicodedata module needs: category, bidirectional class,
                      combining class, east asian width, mirrored, decomposition.

Every property is taken from CPython's own behaviour (str methods, unicodedata), so Ember
follows CPython 3.11 exactly even where Java's newer Unicode tables differ.

Format (big-endian, read by org.ember.objects.UnicodeTables):
  magic "EMUT"/"EMUD", version u16
  (data file only) category, bidirectional and east-asian-width names: count u16, each len u8 + ASCII
  strings: count u32, then each: len u16, UTF-32 code points (u32 each; ASCII bytes in the data file)
  doubles (types only): count u32, each f64
  records: count u32, record size u16, then records (fixed-size, fields below)
  blocks: shift u8, count u32, each block = (1 << shift) u16 record indices
  index: count u32 (0x110000 >> shift), each u16 block index
  (data file only) ucd_3_2_0: assigned ranges (count u32, pairs of u32), then the records of
  code points whose 3.2.0 properties differ (count u32; cp u32, category, bidirectional and
  east asian width indices u8, mirrored u8, decimal i8, digit i8, numeric f64 or NaN)
"""
import struct
import sys
import unicodedata
import os

assert unicodedata.unidata_version == "14.0.0", unicodedata.unidata_version

MAXCP = 0x110000
SHIFT = 7

ALPHA, DECIMAL, DIGIT, NUMERIC, LOWER, UPPER, TITLE, SPACE, PRINTABLE, CASED, CASE_IGNORABLE, \
    XID_START, XID_CONTINUE, LINEBREAK = (1 << i for i in range(14))


def case_ignorable_and_cased(c):
    """Cased and Case_Ignorable, derived from str.lower()'s final-sigma rule."""
    if ("A\u03a3" + c).lower()[1] == "\u03c3":
        return True, False          # cased, not ignorable
    ignorable = ("A\u03a3" + c + "a").lower()[1] == "\u03c3"
    if not ignorable:
        return False, False
    # ignorable: cased iff Lowercase/Uppercase/Lt
    cased = c.islower() or c.isupper() or unicodedata.category(c) == "Lt"
    return cased, True


def types_record(cp, strings, doubles):
    c = chr(cp)
    f = 0
    if c.isalpha(): f |= ALPHA
    if c.isdecimal(): f |= DECIMAL
    if c.isdigit(): f |= DIGIT
    if c.isnumeric(): f |= NUMERIC
    if c.islower(): f |= LOWER
    if c.isupper(): f |= UPPER
    if unicodedata.category(c) == "Lt": f |= TITLE
    if c.isspace(): f |= SPACE
    if c.isprintable(): f |= PRINTABLE
    cased, ignorable = case_ignorable_and_cased(c)
    if cased: f |= CASED
    if ignorable: f |= CASE_IGNORABLE
    if c.isidentifier(): f |= XID_START
    if ("a" + c).isidentifier(): f |= XID_CONTINUE
    if len(("a" + c + "b").splitlines()) == 2: f |= LINEBREAK
    dec = unicodedata.decimal(c, -1)
    dig = unicodedata.digit(c, -1)
    num = unicodedata.numeric(c, None)
    numi = 0xffff
    if num is not None:
        numi = doubles.setdefault(num, len(doubles))

    def mapping(s):
        if s == c:
            return 0xffff
        return strings.setdefault(s, len(strings))

    lower = c.lower()
    return (f, dec & 0xff, dig & 0xff, numi, mapping(lower), mapping(c.upper()), mapping(c.title()),
            mapping(c.casefold()))


def data_record(cp, strings, names):
    c = chr(cp)
    cat = names["cat"].setdefault(unicodedata.category(c), len(names["cat"]))
    bidi = names["bidi"].setdefault(unicodedata.bidirectional(c), len(names["bidi"]))
    eaw = names["eaw"].setdefault(unicodedata.east_asian_width(c), len(names["eaw"]))
    comb = unicodedata.combining(c)
    mir = unicodedata.mirrored(c)
    d = unicodedata.decomposition(c)
    di = 0xffff if d == "" else strings.setdefault(d, len(strings))
    return (cat, bidi, eaw, comb, mir, di)


def write_strings(out, strings, ascii=False):
    items = sorted(strings.items(), key=lambda kv: kv[1])
    out += struct.pack(">I", len(items))
    for s, _ in items:
        out += struct.pack(">H", len(s))
        if ascii:
            out += s.encode("ascii")
        else:
            for ch in s:
                out += struct.pack(">I", ord(ch))


def write_tables(out, records, fmt):
    rec_index = {}
    per_cp = []
    for r in records:
        per_cp.append(rec_index.setdefault(r, len(rec_index)))
    recs = sorted(rec_index.items(), key=lambda kv: kv[1])
    size = struct.calcsize(fmt)
    out += struct.pack(">IH", len(recs), size)
    for r, _ in recs:
        out += struct.pack(fmt, *r)
    bsize = 1 << SHIFT
    blocks = {}
    index = []
    for b in range(MAXCP >> SHIFT):
        key = tuple(per_cp[b * bsize:(b + 1) * bsize])
        index.append(blocks.setdefault(key, len(blocks)))
    out += struct.pack(">BI", SHIFT, len(blocks))
    for key, _ in sorted(blocks.items(), key=lambda kv: kv[1]):
        out += struct.pack(">%dH" % bsize, *key)
    out += struct.pack(">I", len(index))
    out += struct.pack(">%dH" % len(index), *index)
    return len(recs), len(blocks)


def write_ucd_3_2_0(out, names):
    """unicodedata.ucd_3_2_0: the code points assigned in Unicode 3.2 (as ranges) and the
    properties of those whose 3.2 values differ from 14.0."""
    old = unicodedata.ucd_3_2_0
    ranges = []
    deltas = []
    start = None
    for cp in range(MAXCP + 1):
        assigned = cp < MAXCP and old.category(chr(cp)) != "Cn"
        if assigned and start is None:
            start = cp
        elif not assigned and start is not None:
            ranges.append((start, cp - 1))
            start = None
        if not assigned:
            continue
        c = chr(cp)
        fields = ("category", "bidirectional", "east_asian_width", "mirrored")
        changed = any(getattr(unicodedata, f)(c) != getattr(old, f)(c) for f in fields)
        changed |= any(getattr(unicodedata, f)(c, None) != getattr(old, f)(c, None) for f in ("decimal", "digit", "numeric"))
        assert unicodedata.decomposition(c) == old.decomposition(c)
        assert unicodedata.combining(c) == old.combining(c)
        if changed:
            num = old.numeric(c, None)
            deltas.append((cp, names["cat"][old.category(c)], names["bidi"][old.bidirectional(c)],
                           names["eaw"][old.east_asian_width(c)], old.mirrored(c), old.decimal(c, -1) & 0xff,
                           old.digit(c, -1) & 0xff, float("nan") if num is None else num))
    out += struct.pack(">I", len(ranges))
    for a, b in ranges:
        out += struct.pack(">II", a, b)
    out += struct.pack(">I", len(deltas))
    for d in deltas:
        out += struct.pack(">IBBBBBBd", *d)


def main():
    root = os.path.join(os.path.dirname(os.path.abspath(__file__)), "..")
    dest = os.path.join(root, "src", "main", "resources", "org", "ember", "objects")
    os.makedirs(dest, exist_ok=True)

    strings, doubles = {}, {}
    recs = [types_record(cp, strings, doubles) for cp in range(MAXCP)]
    out = bytearray(b"EMUT" + struct.pack(">H", 1))
    write_strings(out, strings)
    dl = sorted(doubles.items(), key=lambda kv: kv[1])
    out += struct.pack(">I", len(dl))
    for v, _ in dl:
        out += struct.pack(">d", v)
    nr, nb = write_tables(out, recs, ">HBBHHHHH")
    with open(os.path.join(dest, "unicode-types.dat"), "wb") as f:
        f.write(out)
    print("unicode-types.dat: %d bytes, %d strings, %d records, %d blocks" % (len(out), len(strings), nr, nb))

    strings = {}
    names = {"cat": {}, "bidi": {}, "eaw": {}}
    recs = [data_record(cp, strings, names) for cp in range(MAXCP)]
    out = bytearray(b"EMUD" + struct.pack(">H", 1))
    for k in ("cat", "bidi", "eaw"):
        items = sorted(names[k].items(), key=lambda kv: kv[1])
        out += struct.pack(">H", len(items))
        for s, _ in items:
            b = s.encode("ascii")
            out += struct.pack(">B", len(b)) + b
    write_strings(out, strings, ascii=True)
    nr, nb = write_tables(out, recs, ">BBBBBH")
    write_ucd_3_2_0(out, names)
    with open(os.path.join(dest, "unicode-data.dat"), "wb") as f:
        f.write(out)
    print("unicode-data.dat: %d bytes, %d strings, %d records, %d blocks" % (len(out), len(strings), nr, nb))


if __name__ == "__main__":
    main()
