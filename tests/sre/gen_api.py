#!/usr/bin/env python3
"""Generates tests/sre/api.jsonl: CPython 3.11's results (reprs, or exception type and message)
for calls on Pattern, Match and Scanner objects, replayed by org.ember.sre.SreApiTest.

Each record: the pattern's compile arguments, a subject, and a list of steps. A step calls a
method or reads an attribute on the pattern ("p"), on the last match ("m"), or on a scanner
("s"); a step whose result is a match object makes it the current match.
Run with CPython 3.11:  python3 tests/sre/gen_api.py
"""
import json
import os
import re
import sys
from re import _compiler, _parser

assert sys.version_info[:2] == (3, 11)
HERE = os.path.dirname(os.path.abspath(__file__))


def enc(v):
    if isinstance(v, type):
        return {"type": v.__name__}
    if isinstance(v, bytearray):
        return {"ba": bytes(v).decode("latin-1")}
    if isinstance(v, dict):
        return {"d": {k: enc(x) for k, x in v.items()}}
    if isinstance(v, bytes):
        return {"b": v.decode("latin-1")}
    if isinstance(v, float):
        return {"f": repr(v)}
    if isinstance(v, list):
        return {"l": [enc(x) for x in v]}
    return v


def compile_args(pattern, flags):
    p = _parser.parse(pattern, flags)
    code = _compiler._code(p, flags)
    gi = dict(p.state.groupdict)
    ig = [None] * p.state.groups
    for k, i in gi.items():
        ig[i] = k
    return dict(flags=flags | p.state.flags, code=code, groups=p.state.groups - 1, groupindex=gi, indexgroup=ig)


def run(pattern, flags, steps):
    rx = re.compile(pattern, flags)
    objs = {"p": rx, "m": None, "s": None}
    out = []
    for target, name, args, kwargs in steps:
        obj = objs[target]
        try:
            if args is None:
                r = getattr(obj, name)
            else:
                r = getattr(obj, name)(*args, **kwargs)
            if isinstance(r, re.Match):
                objs["m"] = r
            if type(r).__name__ == "SRE_Scanner":
                objs["s"] = r
                res = "<scanner>"
            elif type(r).__name__ == "callable_iterator":
                res = repr([repr(x) for x in r])
            elif type(r).__name__ == "mappingproxy":
                res = "mappingproxy(" + repr(dict(r)) + ")"
            else:
                res = repr(r)
        except Exception as e:
            res = "!%s: %s" % (type(e).__name__, e)
        out.append({"t": target, "n": name, "a": None if args is None else [enc(a) for a in args],
                    "k": {k: enc(v) for k, v in kwargs.items()}, "r": res})
    rec = {"pattern": enc(pattern)}
    rec.update(compile_args(pattern, flags))
    rec["steps"] = out
    return rec


def S(target, name, *args, **kwargs):
    return (target, name, list(args), kwargs)


def A(target, name):
    return (target, name, None, {})


CASES = []


def case(pattern, flags, *steps):
    CASES.append(run(pattern, flags, list(steps)))


NAMED = r"(?P<first>\w+) (?P<last>\w+)(?P<opt>!)?"
case(NAMED, 0,
     S("p", "match", "Jane Doe"), S("m", "group"), S("m", "group", 0), S("m", "group", 1), S("m", "group", "last"),
     S("m", "group", 1, 2, "opt"), S("m", "group", 4), S("m", "group", -1), S("m", "group", "nope"), S("m", "group", 1.5),
     S("m", "group", True), S("m", "groups"), S("m", "groups", "dflt"), S("m", "groups", default=0),
     S("m", "groupdict"), S("m", "groupdict", "x"), S("m", "start"), S("m", "start", 2), S("m", "end", "first"),
     S("m", "span", "opt"), S("m", "span", 5), S("m", "start", 1, 2), S("m", "__getitem__", 1), S("m", "__getitem__", "last"),
     A("m", "lastindex"), A("m", "lastgroup"), A("m", "regs"), A("m", "pos"), A("m", "endpos"), A("m", "string"),
     S("m", "__repr__"), S("m", "__copy__"), S("m", "__deepcopy__", {}), S("m", "groups", 1, 2),
     A("p", "groups"), A("p", "groupindex"), A("p", "pattern"), A("p", "flags"), S("p", "__repr__"),
     S("p", "match", "Jane Doe!", 0, 100), S("m", "group", "opt"), A("m", "lastgroup"), A("m", "lastindex"))
case(r"(a)(b)?", 0, S("p", "match", "ac"), S("m", "groups"), S("m", "span", 2), S("m", "start", 2), A("m", "regs"),
     A("m", "lastindex"), A("m", "lastgroup"), S("m", "groupdict"))
case(r"((a)|b)+", 0, S("p", "match", "abab"), S("m", "groups"), A("m", "lastindex"), A("m", "regs"))
case(r"(?P<x>a)|(?P<y>b)", 0, S("p", "search", "zb"), A("m", "lastgroup"), A("m", "lastindex"), S("m", "groupdict"),
     S("p", "findall", "abab"), S("p", "finditer", "ab"), A("p", "groupindex"))
case(r"a", 0,
     S("p", "match", 1), S("p", "match", None), S("p", "match", b"a"), S("p", "search", ["a"]),
     S("p", "match", "a", foo=1), S("p", "match", "a", pos="x"), S("p", "match", "a", 10 ** 30),
     S("p", "match", "a", 1.0), S("p", "match", string="a"), S("p", "match", "bab", pos=1), S("p", "match", "ba", 1, endpos=2),
     S("p", "search", "xxa", -5, 100), S("p", "search", "aaa", 2, 1), S("p", "fullmatch", "aa", 0, 1),
     S("p", "sub", "x", "aaa", -1), S("p", "sub", "x", "aaa", 2), S("p", "subn", "x", "aaa", count=1),
     S("p", "sub", b"x", "aaa"), S("p", "sub", b"x", "bbb"), S("p", "sub", "x", 5),
     S("p", "split", "babab", maxsplit=1), S("p", "split", "babab", -1), S("p", "split", "bab", maxsplit="x"),
     S("p", "findall", "aXa", 1), S("p", "scanner", "aaa"), S("s", "match"), S("s", "match"), S("s", "search"),
     S("s", "search"), S("s", "search"), A("s", "pattern"), S("p", "__copy__"), S("p", "__deepcopy__", None),
     S("p", "__eq__", 1), S("p", "__class_getitem__", int))
case(rb"a(b)", 0, S("p", "match", "ab"), S("p", "match", b"ab"), S("m", "group", 1), S("m", "__repr__"),
     S("p", "match", bytearray(b"ab")), S("m", "group", 0), S("m", "groups"), S("p", "sub", b"-", b"abab"),
     S("p", "sub", "-", b"abab"), S("p", "split", b"xabyab"), S("p", "findall", bytearray(b"abab")), S("p", "__repr__"))
case(r"x*", 0, S("p", "sub", "-", "abxd"), S("p", "split", "abxd"), S("p", "findall", "abxd"), S("p", "subn", "-", "abxd"),
     S("p", "sub", "-", ""), S("p", "split", ""))
case("a" * 300, re.I, S("p", "__repr__"), S("p", "match", "A" * 300), S("m", "__repr__"))
case(r"(.*)", re.S, S("p", "match", "x" * 100 + "'\"\n"), S("m", "__repr__"))
case(r"(?x) a b # c", re.M | re.A, S("p", "__repr__"), A("p", "flags"))
case(r"\w", re.L | re.I if False else re.U, S("p", "__repr__"))
case(rb"\w", re.L, S("p", "__repr__"), S("p", "match", b"a"))
case(r"(?i)\u00e9", 0, S("p", "match", "\u00c9"), S("p", "__repr__"))
case(r"(a)(?P<n>b)", 0, S("p", "match", "ab"), S("m", "__getitem__", "n"), S("m", "__getitem__", 3), S("m", "__getitem__", None),
     S("m", "group", [1]), S("m", "span", None))
case(r"😀(.)", 0, S("p", "search", "ab😀cd"), S("m", "span"), S("m", "group", 1), S("m", "__repr__"), S("p", "split", "x😀y😀z"),
     S("p", "sub", "-", "a😀b😀"))
case(r"(?P<a>.)(?P<b>.)?", 0, S("p", "match", "x"), S("m", "groupdict"), S("m", "groupdict", default="-"), S("m", "groups", None))
case(r"", 0, S("p", "__repr__"), S("p", "match", ""), S("m", "__repr__"), S("p", "split", "abc"), S("p", "sub", "-", "abc"),
     S("p", "findall", "ab"))

with open(os.path.join(HERE, "api.jsonl"), "w", encoding="utf-8") as out:
    for c in CASES:
        out.write(json.dumps(c, ensure_ascii=True) + "\n")
print("wrote %d cases" % len(CASES))
