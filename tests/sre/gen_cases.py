#!/usr/bin/env python3
"""Generates tests/sre/cases.jsonl: compiled _sre code for a corpus of patterns and
CPython 3.11's results for match/fullmatch/search/findall/finditer/split/sub on subjects.

Run with CPython 3.11:  python3 tests/sre/gen_cases.py
The JUnit test org.ember.sre.SreCasesTest replays every case against Ember's _sre.
Never edit cases.jsonl by hand.
"""
import json
import os
import random
import re
import sys
from re import _parser, _compiler

assert sys.version_info[:2] == (3, 11), "generate with CPython 3.11"

HERE = os.path.dirname(os.path.abspath(__file__))


def enc(v):
    """Encodes a str/bytes/None value for JSON."""
    if v is None:
        return None
    if isinstance(v, bytes):
        return {"b": v.decode("latin-1")}
    return v


def compile_args(pattern, flags):
    p = _parser.parse(pattern, flags)
    code = _compiler._code(p, flags)
    groupindex = p.state.groupdict
    indexgroup = [None] * p.state.groups
    for k, i in groupindex.items():
        indexgroup[i] = k
    return dict(flags=flags | p.state.flags, code=code, groups=p.state.groups - 1,
                groupindex=dict(groupindex), indexgroup=indexgroup)


def mres(m):
    if m is None:
        return None
    return {"r": [list(m.span(i)) for i in range(m.re.groups + 1)], "li": m.lastindex}


def attempt(f):
    try:
        return f()
    except RecursionError:
        return {"err": "RecursionError"}
    except Slow:
        raise
    except Exception as e:  # noqa
        return {"err": type(e).__name__, "msg": str(e)}


def encl(lst):
    out = []
    for x in lst:
        if isinstance(x, tuple):
            out.append([enc(y) for y in x])
        else:
            out.append(enc(x))
    return out


def callback(m):
    g = m.group()
    if isinstance(g, bytes):
        return b"<" + g + b">"
    return "<" + g + ">"


def results(rx, s):
    r = {}
    r["m"] = attempt(lambda: mres(rx.match(s)))
    r["fm"] = attempt(lambda: mres(rx.fullmatch(s)))
    r["s"] = attempt(lambda: mres(rx.search(s)))
    n = len(s)
    if n >= 2:
        r["sp2"] = attempt(lambda: mres(rx.search(s, 1, n - 1)))
        r["mp2"] = attempt(lambda: mres(rx.match(s, 1, n - 1)))
        r["fmp2"] = attempt(lambda: mres(rx.fullmatch(s, 1, n - 1)))
    r["fa"] = attempt(lambda: encl(rx.findall(s)))
    r["fi"] = attempt(lambda: [mres(m) for m in rx.finditer(s)])
    r["split"] = attempt(lambda: encl(rx.split(s)))
    r["split1"] = attempt(lambda: encl(rx.split(s, 1)))
    lit = b"-" if isinstance(s, bytes) else "-"
    r["sub"] = attempt(lambda: enc(rx.sub(lit, s)))
    r["subn"] = attempt(lambda: (lambda t: [enc(t[0]), t[1]])(rx.subn(callback, s, 2)))
    return r


cases = []
seen = set()


def add(pattern, flags, subjects):
    key = (type(pattern), pattern, flags)
    if key in seen:
        # merge subjects
        for c in cases:
            if c["key"] == key:
                for s in subjects:
                    if s not in c["subjects_raw"]:
                        c["subjects_raw"].append(s)
                return
    try:
        args = compile_args(pattern, flags)
        rx = re.compile(pattern, flags)
    except (re.error, OverflowError, RecursionError, ValueError, TypeError):
        return
    seen.add(key)
    cases.append({"key": key, "pattern": pattern, "args": args, "rx": rx, "subjects_raw": list(subjects)})


# ---- 1. CPython's re_tests corpus -------------------------------------------------------
from test.re_tests import tests as RE_TESTS, benchmarks as RE_BENCH  # noqa: E402

for t in RE_TESTS:
    pattern, s, outcome = t[:3]
    if outcome == 2:
        continue
    add(pattern, 0, [s])
    if isinstance(pattern, str) and isinstance(s, str):
        add(pattern, re.IGNORECASE, [s, s.upper(), s.swapcase()])
        try:
            bp = pattern.encode("latin-1")
            bs = s.encode("latin-1")
            add(bp, 0, [bs])
        except UnicodeEncodeError:
            pass
for pattern, s in RE_BENCH:
    add(pattern, 0, [s, "x" * 20 + s + "y" * 20])

# ---- 2. Targeted patterns ----------------------------------------------------------------
T = [
    # possessive / atomic (3.11)
    (r"a*+", 0, ["", "aaa", "aab"]), (r"a*+a", 0, ["aaaa"]), (r"(?>a+)b", 0, ["aaab", "aaa"]),
    (r"(?>a|ab)c", 0, ["abc", "ac"]), (r"(a|ab)++c", 0, ["ababc", "aac"]), (r"(?:ab)?+x", 0, ["abx", "x", "ab"]),
    (r"x{2,3}+x", 0, ["xxxx", "xxx"]), (r"(?>(a)|b)*c", 0, ["abac", "bbc"]), (r"(a)?+(b)", 0, ["ab", "b"]),
    (r"(?:(a)|(b))*+c", 0, ["abbac"]), (r"(?>.*?)x", 0, ["abx"]), (r"\d++\.", 0, ["123.", "123"]),
    (r"(?:a{2})*+", 0, ["aaaaa"]), (r"(?:a|)*+b", 0, ["aab", "b"]), (r"(?:)++", 0, ["ab"]),
    # lookaround
    (r"(?<=a)b", 0, ["ab", "cb", "b"]), (r"(?<!a)b", 0, ["ab", "cb", "b"]), (r"(?<=(a))b", 0, ["ab"]),
    (r"(?=(a+))a*b\1", 0, ["baaabac"]), (r"(?!(a)b)(a)", 0, ["ab", "ac"]), (r"(?<=\bfoo)bar", 0, ["foobar", "xfoobar", "afoobar"]),
    (r"(?<=ab|cd)x", 0, ["abx", "cdx", "bx"]), (r"(?<!^)x", 0, ["xx"]), (r"\b(?=\w)", 0, ["ab cd"]),
    (r"(?=a)|b", 0, ["ba"]), (r"(?<=(?<!b)a)c", 0, ["bac", "aac"]),
    # conditionals
    (r"(a)?(?(1)b|c)", 0, ["ab", "c", "ac", "b"]), (r"(?P<x><)?\w+(?(x)>)", 0, ["<a>", "a", "<a"]),
    (r"(a)|(?(1)x|y)", 0, ["y", "a"]), (r"(?:(a)|b)(?(1)c)d", 0, ["acd", "bd", "bcd"]),
    # backrefs
    (r"(a+)\1", 0, ["aaaa", "aaa"]), (r"(a)|\1", 0, ["x"]), (r"(?i)(a+)\1", 0, ["aAaA"]), (r"((a)|b)\2", 0, ["aa", "ba"]),
    (r"(?P<n>\w)(?P=n)", 0, ["abccd"]), (r"(\w+)\s+\1", re.I, ["Hello HELLO", "ab AB"]),
    (r"(?i)(\u0130)\1", 0, ["\u0130\u0130", "\u0130i"]), (r"(?i)(ß)\1", 0, ["ßß", "ßẞ"]),
    # repeats and captures after backtracking
    (r"(a|b)*c", 0, ["ababc", "c", "abab"]), (r"(a*)*", 0, ["aaa", "b"]), (r"(a*)+", 0, ["aaa", "b"]),
    (r"(a|b)*?c", 0, ["ababc"]), (r"(a*)+?b", 0, ["aab"]), (r"(?:(a)|b)*", 0, ["ab", "ba", "abba"]),
    (r"((a)|(b))*", 0, ["ab", "ba", "aab"]), (r"(a)*(b)*", 0, ["aabb", "bb", ""]), (r"(a+|b+)*c", 0, ["aabbac"]),
    (r"(?:(a)|(b)|c)+", 0, ["abcab", "cba"]), (r"(a{2})*", 0, ["aaaaa"]), (r"(a{1,2}?){2,3}", 0, ["aaaaa"]),
    (r"(ab|a)(bc|c)?", 0, ["abc"]), (r"(.*)(\d+)", 0, ["abc123"]), (r"(.*?)(\d+)", 0, ["abc123"]),
    (r"(.)*?x", 0, ["abcx"]), (r"(?:a(b)?)+", 0, ["aba"]), (r"(?:(a)|(b))+", 0, ["ab"]),
    (r"(?:x(a)|y(b))*", 0, ["xayb", "ybxa"]), (r"(a)(?:b|(c))*", 0, ["abcb"]), (r"^(?:(a)|(b))*$", 0, ["abab"]),
    (r"(a){0}", 0, ["a"]), (r"(a){3,}", 0, ["aaaa", "aa"]), (r"(?:a{0,1}){5,}b", 0, ["aab"]),
    (r"(?:a?)*?b", 0, ["aab"]), (r"(?:|a)*b", 0, ["aab"]), (r"(?:a|)+?b", 0, ["aab"]), (r"(a|)*b", 0, ["aab"]),
    (r"((?:a|)*)*b", 0, ["aab"]), (r"(a?)+?(b)", 0, ["aab"]), (r"(?:(a)|b){2,3}?c", 0, ["abac", "bbbc"]),
    (r"x*", 0, ["", "xxx", "axxb"]), (r"x*?", 0, ["xxx"]), (r"x+?", 0, ["xxx"]), (r"x{2,4}?y", 0, ["xxxxxy"]),
    (r"[ab]{2,}?c", 0, ["ababc"]), (r"(?:ab){2,}?", 0, ["ababab"]), (r"(?:ab)*?c", 0, ["ababc"]),
    # empty matches in findall/split/sub
    (r"", 0, ["", "abc"]), (r"\b", 0, ["a b  c"]), (r"x*", 0, ["axbxx"]), (r"(?=b)|x", 0, ["abxb"]), (r"\s*", 0, [" a  b "]),
    (r"^", re.M, ["a\nb\n"]), (r"$", re.M, ["a\nb\n"]), (r"$", 0, ["a\nb\n", "a\n"]), (r"\Z", 0, ["ab\n"]), (r"\A", 0, ["ab"]),
    (r"(|a)", 0, ["aa"]), (r"a|", 0, ["bab"]), (r"(a)|b", 0, ["ab"]), (r"(a)|(b)", 0, ["abc"]),
    # anchors & boundaries
    (r"^a$", re.M, ["a\na", "b\na\n"]), (r"a$", 0, ["a\n", "a\n\n"]), (r"\Ba\B", 0, ["bab", "a", "ab"]), (r"\bé\b", 0, [" é "]),
    (r"\b\w+\b", re.A, ["héllo wörld"]), (r"\b\w+\b", 0, ["héllo wörld"]), (r".+", 0, ["ab\ncd"]), (r".+", re.S, ["ab\ncd"]),
    (r"^.*$", re.M, ["ab\ncd\r\nef"]), (r"\B", 0, ["", "ab"]), (r"\b", 0, [""]),
    # categories
    (r"\d+", 0, ["a123b\u0661\u0662\u00b2"]), (r"\d+", re.A, ["a123b\u0661\u0662"]), (r"\s+", 0, ["a \t\n\x1c\x85\u2003\u200bb"]),
    (r"\s+", re.A, ["a \t\n\x1c\x85b"]), (r"\w+", 0, ["_aé1\u00b2\u2160\u0300\u4e00-"]), (r"\W+", 0, ["a-+ é"]), (r"\D\S\W", 0, ["a a!"]),
    (r"[\d\s]+", 0, ["1 2\u0663 x"]), (r"[^\w\s]+", 0, ["ab!@ c"]), (r"[\w-]+", re.A, ["ab-é"]), (r"[^\d]+", 0, ["ab12"]),
    # case-insensitive
    (r"abc", re.I, ["ABC", "aBc", "xAbCx"]), (r"[a-z]+", re.I, ["ABCxyz"]), (r"[^a-z]+", re.I, ["ABC123"]),
    (r"\u00e9", re.I, ["\u00c9"]), (r"K", re.I, ["\u212a", "k"]), (r"k", re.I, ["\u212a", "K"]), (r"s", re.I, ["\u017f", "S"]),
    (r"[k]", re.I, ["\u212a"]), (r"[a-k]+", re.I, ["\u212aA"]), (r"\u03c3", re.I, ["\u03a3\u03c2"]), (r"[\u03c3]", re.I, ["\u03c2"]),
    (r"ı", re.I, ["I", "i"]), (r"i", re.I, ["İ", "ı", "I"]), (r"[i-k]+", re.I, ["İıIK\u212a"]), (r"[^k]", re.I, ["\u212a", "x"]),
    (r"ǅ", re.I, ["Ǆ", "ǆ"]), (r"[ǅ]", re.I, ["Ǆ", "ǆ"]), (r"ß", re.I, ["ẞ", "SS"]), (r"\U00010400", re.I, ["\U00010428"]),
    (r"[\U00010400-\U00010410]+", re.I, ["\U00010428\U00010429"]), (r"[^\U00010400]", re.I, ["\U00010428", "a"]),
    (r"abc", re.I | re.A, ["ABC"]), (r"[é]", re.I | re.A, ["É"]), (r"é", re.I | re.A, ["É"]), (r"k", re.I | re.A, ["\u212a", "K"]),
    (r"(?i:a)b", 0, ["Ab", "AB"]), (r"a(?-i:b)", re.I, ["Ab", "AB"]), (r"x(?i)y", 0, []),
    (r"[^a]", re.I, ["A", "b"]), (r"[a-c]", re.I, ["B"]), (r"[\w]", re.I, ["É"]),
    # charsets: big, ranges, negation, astral
    (r"[\u0100-\u017f]+", 0, ["aĀāž\u0180"]), (r"[^\u0100-\u017f]+", 0, ["aĀb"]), (r"[а-я]+", 0, ["Привет мир"]),
    (r"[а-яё]+", re.I, ["ПриВЁт"]), (r"[\u4e00-\u9fff]+", 0, ["abc中文def"]), (r"[\U0001f600-\U0001f64f]+", 0, ["a😀😃b"]),
    (r"[^\U0001f600]", 0, ["😀a"]), (r"😀+", 0, ["😀😀x"]), (r".", 0, ["😀"]), (r"a.b", 0, ["a😀b"]), (r"\W", 0, ["😀"]),
    (r"[a\u0101\u0202\u0303\u0404\u0505]+", 0, ["a\u0101\u0202x"]), (r"[\x00-\x7f]+", 0, ["ab\x80c"]), (r"[\x80-\xff]+", 0, ["a\x80\xffb"]),
    (r"[abc\u1234\U00012345]", 0, ["\U00012345", "\u1234"]), (r"[^abc]+", 0, ["xyzabc"]), (r"[]a]+", 0, ["]a]b"]), (r"[a-]", 0, ["-"]),
    (r"[\t\n\r]+", 0, ["a\t\r\nb"]), (r"[^\n]+", 0, ["ab\ncd"]), (r"[%s]+" % "".join(chr(c) for c in range(0x100, 0x200, 3)), 0, ["\u0100\u0103\u0101"]),
    # unicode and astral subjects with groups
    (r"(😀)(.)", 0, ["x😀y😀z"]), (r"(\w+)😀(\w+)", 0, ["ab😀cd"]), (r"(?<=😀)x", 0, ["😀x"]), (r"😀|x", 0, ["ab😀cx"]),
    (r"(a)(?=😀)", 0, ["a😀"]), (r"[😀-😂]{2}", 0, ["😁😂😀"]),
    # prefix/charset search optimisations
    (r"abcd", 0, ["xxabcabcdxx", "abcabd"]), (r"abab", 0, ["abababab"]), (r"aab", 0, ["aaab"]), (r"(ab)cd", 0, ["xabcd"]),
    (r"(?:ab)c(d)", 0, ["xabcd"]), (r"ab(?i)c", 0, []), (r"a(b|c)d", 0, ["xacd"]), (r"[ab]c", 0, ["xxbc"]), (r"a|b|c", 0, ["xxc"]),
    (r"(?:a|b)(c)", 0, ["xbc"]), (r"\u0100x", 0, ["aa\u0100x"]), (r"ab", 0, ["\u0100ab"]), (r"x\u0100", 0, ["x\u0100"]),
    (r"abc(?=d)", 0, ["abcabcd"]), (r"(?:abc)+x", 0, ["abcabcx"]), (r"((a)b)c", 0, ["abc"]),
    # MIN_UNTIL and nested repeats
    (r"(?:a|b)*?b", 0, ["aab"]), (r"(a|b)*?b", 0, ["aab"]), (r"((a)|b)*?c", 0, ["abac"]), (r"(?:(a)|(b))*?$", 0, ["ab"]),
    (r"(?:(a)*?b)+", 0, ["aabab"]), (r"((a)*b)+", 0, ["aabab"]), (r"(?:a(?:b(c)?)*)+", 0, ["abcbab"]),
    (r"(?:(?:a|b)*c)*d", 0, ["abcacd"]), (r"((?:a|b)*?c)+?d", 0, ["abcacd"]), (r"(a(b)?)+", 0, ["aba"]),
    (r"(?:(a)|b)*?(?:(a)|b)", 0, ["ab"]), (r"(?:()|a)*", 0, ["aa"]), (r"(()|a)*b", 0, ["aab"]), (r"(a|())*?b", 0, ["aab"]),
    (r"(?:a*?)*b", 0, ["aab"]), (r"(x)(?:(a)|b)*", 0, ["xab", "xba"]), (r"(?:(?:(a)|b)c)*", 0, ["acbc"]),
    # bytes patterns
    (rb"\w+", 0, [b"ab\xe9c", b"\xff"]), (rb"\w+", re.L, [b"ab\xe9c"]), (rb"(?i)ab", 0, [b"AB"]), (rb"[\x80-\xff]+", 0, [b"a\x80\xffb"]),
    (rb"\xe9", re.I, [b"\xc9"]), (rb"\s+", 0, [b"a \t\x0b\x0c\x1cb"]), (rb"\d", 0, [b"1"]), (rb"\bab\b", 0, [b" ab "]), (rb"(?L)\bab", 0, [b" ab"]),
    (rb"a", re.I | re.L, [b"A"]), (rb"[a-z]", re.I | re.L, [b"Q"]), (rb"(a)\1", re.I | re.L, [b"aA"]), (rb"[^a]", re.I | re.L, [b"A"]),
    (rb"x.*y", re.S, [b"x\n\ny"]), (rb"", 0, [b"", b"ab"]), (rb"a|", 0, [b"bab"]),
    # fullmatch & match_all subtleties
    (r"a*", 0, ["aab"]), (r"a*?", 0, ["aa"]), (r"a|ab", 0, ["ab"]), (r"(?:a|ab)(?:c|bcd)", 0, ["abcd"]), (r"a++", 0, ["aa"]),
    (r"a+?", 0, ["aa"]), (r"(a)*?", 0, ["aa"]), (r"(?:a|aa)*?", 0, ["aaa"]), (r"(?>a|aa)*", 0, ["aaa"]), (r"a(?=b)|ab", 0, ["ab"]),
    # verbose, multiline, misc
    (r"""  a  # comment
           b+ """, re.X, ["abb"]), (r"(?x) a [ ] b", 0, ["a b"]), (r"(?m)^\w+$", 0, ["ab\ncd"]), (r"(?s).", 0, ["\n"]),
    (r"\n", 0, ["\n"]), (r"\x00", 0, ["\x00"]), (r"[\0]", 0, ["\x00"]), (r"\\", 0, ["\\"]),
    (r"(?P<first>\w+) (?P<last>\w+)", 0, ["Jane Doe"]), (r"(?P<a>x)|(?P<b>y)", 0, ["y", "x"]),
    (r"a{,3}", 0, ["aaaa"]), (r"a{2}", 0, ["aaa"]), (r"a{0,0}", 0, ["a"]), (r"(?:a{2}){2}", 0, ["aaaaa"]), (r"a{1000}", 0, ["a" * 1001]),
    (r"(?:a|b){1000}", 0, ["ab" * 600]), (r"(a|b){3,5}?c", 0, ["ababc"]),
]
for pat, fl, subs in T:
    add(pat, fl, subs or ["", "a", "ab"])

# ---- 3. Random patterns over a small alphabet --------------------------------------------
SEED = int(os.environ.get("SRE_SEED", "20220615"))
N_RANDOM = int(os.environ.get("SRE_RANDOM", "1500"))
rnd = random.Random(SEED)


def rand_atom(depth, ngroups):
    r = rnd.random()
    if depth > 2 or r < 0.35:
        return rnd.choice(["a", "b", "c", ".", "[ab]", "[^a]", "a", "b", "\\b", "$", "^", "(?:)"])
    if r < 0.55:
        ngroups[0] += 1
        return "(" + rand_re(depth + 1, ngroups) + ")"
    if r < 0.65:
        return "(?:" + rand_re(depth + 1, ngroups) + ")"
    if r < 0.70:
        return "(?>" + rand_re(depth + 1, ngroups) + ")"
    if r < 0.75:
        return "(?=" + rand_re(depth + 1, ngroups) + ")"
    if r < 0.78:
        return "(?!" + rand_re(depth + 1, ngroups) + ")"
    if r < 0.82:
        return "(?<=" + rnd.choice(["a", "b", "ab", "[ab]", "(a)", "\\b"]) + ")"
    if r < 0.84:
        return "(?<!" + rnd.choice(["a", "b", "ab", "(b)"]) + ")"
    if r < 0.90 and ngroups[0] > 0:
        return "\\%d" % rnd.randint(1, ngroups[0])
    if r < 0.94 and ngroups[0] > 0:
        return "(?(%d)%s|%s)" % (rnd.randint(1, ngroups[0]), rand_re(depth + 1, ngroups), rand_re(depth + 1, ngroups))
    return rand_atom(depth + 1, ngroups)


def rand_piece(depth, ngroups):
    a = rand_atom(depth, ngroups)
    if a in ("\\b", "$", "^") or a.startswith("(?=") or a.startswith("(?!") or a.startswith("(?<"):
        return a
    q = rnd.random()
    if q < 0.45:
        return a
    quant = rnd.choice(["*", "+", "?", "{2}", "{1,3}", "{0,2}", "{2,}"])
    mod = rnd.choice(["", "", "?", "+"])
    return a + quant + mod


def rand_re(depth, ngroups):
    alts = []
    for _ in range(1 if rnd.random() < 0.7 else rnd.randint(2, 3)):
        alts.append("".join(rand_piece(depth, ngroups) for _ in range(rnd.randint(1, 4))))
    return "|".join(alts)


n_random = 0
while n_random < N_RANDOM:
    g = [0]
    pat = rand_re(0, g)
    subs = ["".join(rnd.choice("abc") for _ in range(rnd.randint(0, 8))) for _ in range(3)]
    subs.append("".join(rnd.choice("aab") for _ in range(rnd.randint(8, 20))))
    flags = rnd.choice([0, 0, 0, re.I, re.M, re.S])
    before = len(cases)
    add(pat, flags, subs)
    if len(cases) > before:
        n_random += 1

# ---- write ---------------------------------------------------------------------------------
import signal  # noqa: E402


class Slow(Exception):
    pass


def _alarm(signum, frame):
    raise Slow()


signal.signal(signal.SIGALRM, _alarm)


def safe_results(rx, subjects):
    """CPython's results, or None when some operation backtracks for too long (the case is dropped)."""
    signal.setitimer(signal.ITIMER_REAL, 0.5)
    try:
        return [results(rx, s) for s in subjects]
    except Slow:
        return None
    finally:
        signal.setitimer(signal.ITIMER_REAL, 0)


out_path = os.environ.get("SRE_OUT") or os.path.join(HERE, "cases.jsonl")
with open(out_path, "w", encoding="utf-8") as out:
    for c in cases:
        a = c["args"]
        subjects = c["subjects_raw"]
        if isinstance(c["pattern"], bytes):
            subjects = [s if isinstance(s, bytes) else s.encode("latin-1", "replace") for s in subjects]
        else:
            subjects = [s for s in subjects if isinstance(s, str)]
        res = safe_results(c["rx"], subjects)
        if res is None:
            continue
        rec = {
            "pattern": enc(c["pattern"]),
            "flags": a["flags"],
            "code": a["code"],
            "groups": a["groups"],
            "groupindex": a["groupindex"],
            "indexgroup": a["indexgroup"],
            "repr": repr(c["rx"]),
            "subjects": [enc(s) for s in subjects],
            "results": res,
        }
        out.write(json.dumps(rec, ensure_ascii=True) + "\n")
print("wrote %d cases to %s" % (len(cases), out_path))
