#!/usr/bin/env python3
"""Regex benchmark, CPython side. `bench.py` writes target/sre_bench_cases.json (compiled code
and subjects of typical re workloads) for the Java side, org.ember.sre.SreBench, which times each
workload on Ember's _sre right after timing it on CPython with `bench.py --time NAME` (so both
run under the same machine load) and reports the ratios. Run both with tools/sre-bench.
"""
import json
import os
import random
import re
import sys
import time
import timeit
from re import _compiler, _parser

HERE = os.path.dirname(os.path.abspath(__file__))
rnd = random.Random(42)
WORDS = ("the of and to in is that for it as was with be by on not he this are or his from at which but have "
         "an had they you were their one all we can her has there been if more when will would who so no "
         "python regex engine match search pattern group java virtual machine interpreter").split()


def prose(n_words, extra=()):
    out = []
    for i in range(n_words):
        w = rnd.choice(WORDS)
        if extra and rnd.random() < 0.02:
            w = rnd.choice(extra)
        out.append(w)
        if rnd.random() < 0.08:
            out.append(rnd.choice([",", ".", ";"]))
    return " ".join(out)


TEXT = prose(20000, extra=["john.doe@example.com", "2023-01-15", "Python3", "x_y_z", "needle"])
TEXT_NO_NEEDLE = TEXT.replace("needle", "haystack")
UNI = prose(5000).replace("e", "é").replace("o", "ö").replace("a", "ä")
LOG = "\n".join("2023-%02d-%02d %02d:%02d:%02d %s user%d %s" % (
    rnd.randint(1, 12), rnd.randint(1, 28), rnd.randint(0, 23), rnd.randint(0, 59), rnd.randint(0, 59),
    rnd.choice(["INFO", "WARN", "ERROR", "DEBUG"]), rnd.randint(1, 999), prose(8)) for _ in range(2000))
CSV = "\n".join(", ".join(str(rnd.randint(0, 10**6)) for _ in range(10)) for _ in range(2000))
SRC = "\n".join("def f%d(x, y):\n    return x * %d + y - (x // 3)  # comment %d" % (i, i, i) for i in range(500))

CASES = [
    # name, pattern, flags, op, subject, extra
    ("search literal (absent)", r"needle in", 0, "search", TEXT_NO_NEEDLE),
    ("search literal (found late)", r"virtual machine interpreter", 0, "search", "x" * 100000 + "virtual machine interpreter"),
    ("findall \\w+", r"\w+", 0, "findall", TEXT),
    ("findall \\w+ (unicode text)", r"\w+", 0, "findall", UNI),
    ("findall emails", r"[\w.]+@[\w.]+\.\w+", 0, "findall", TEXT),
    ("findall dates", r"\d{4}-\d{2}-\d{2}", 0, "findall", TEXT),
    ("sub \\s+", r"\s+", 0, "sub", TEXT),
    ("split ,\\s*", r",\s*", 0, "split", CSV),
    ("search (?i)", r"needlE", re.I, "search", TEXT_NO_NEEDLE),
    ("findall alternation words", r"\b(?:python|regex|engine|java)\b", 0, "findall", TEXT),
    ("finditer log lines", r"^(\d+)-(\d+)-(\d+) (\d+):(\d+):(\d+) (\w+) (\w+) (.*)$", re.M, "finditer", LOG),
    ("match log line", r"(\d+)-(\d+)-(\d+) (\d+):(\d+):(\d+) (\w+) (\w+) (.*)", 0, "match",
     "2023-01-15 12:30:45 ERROR user42 the quick brown fox jumps over the lazy dog"),
    ("tokenizer scanner", r"\s*(?:(\d+)|(\w+)|(#[^\n]*)|(.))", 0, "scan", SRC),
    ("backtracking (a|b)*c", r"(a|b)*c", 0, "match", "ab" * 2000 + "c"),
    ("backtracking .*x.*y", r".*x.*y", 0, "search", "x" + "a" * 3000),
    ("lazy .*? html", r"<(\w+)[^>]*>(.*?)</\1>", 0, "findall", "<p class='x'>hello <b>world</b></p>" * 500),
    ("bytes findall", rb"[a-z]+", 0, "findall", TEXT.encode()),
    ("fullmatch identifier", r"[A-Za-z_][A-Za-z0-9_]*", 0, "fullmatch", "some_long_identifier_name_42"),
]


def compile_args(pattern, flags):
    p = _parser.parse(pattern, flags)
    code = _compiler._code(p, flags)
    gi = dict(p.state.groupdict)
    ig = [None] * p.state.groups
    for k, i in gi.items():
        ig[i] = k
    return dict(flags=flags | p.state.flags, code=code, groups=p.state.groups - 1, groupindex=gi, indexgroup=ig)


def op_fn(rx, op, s):
    if op == "search":
        return lambda: rx.search(s)
    if op == "match":
        return lambda: rx.match(s)
    if op == "fullmatch":
        return lambda: rx.fullmatch(s)
    if op == "findall":
        return lambda: rx.findall(s)
    if op == "finditer":
        return lambda: [m.groups() for m in rx.finditer(s)]
    if op == "sub":
        return lambda: rx.sub(" ", s)
    if op == "split":
        return lambda: rx.split(s)
    if op == "scan":
        def scan():
            m = rx.match
            pos = 0
            n = len(s)
            out = 0
            while pos < n:
                mm = m(s, pos)
                pos = mm.end()
                out += 1
            return out
        return scan
    raise ValueError(op)


def time_case(name):
    for cname, pattern, flags, op, s in CASES:
        if cname == name:
            rx = re.compile(pattern, flags)
            f = op_fn(rx, op, s)
            # thread CPU time, so that other processes on the machine do not distort the result
            timer = timeit.Timer(f, timer=time.thread_time)
            number = 1
            while True:
                t = timer.timeit(number=number)
                if t > 0.2:
                    break
                number *= 2
            return min(timer.repeat(number=number, repeat=5)) / number * 1e9
    raise KeyError(name)


def main():
    if len(sys.argv) > 2 and sys.argv[1] == "--time":
        print(time_case(sys.argv[2]))
        return
    out = []
    for name, pattern, flags, op, s in CASES:
        rec = {"name": name, "op": op}
        rec.update(compile_args(pattern, flags))
        rec["pattern"] = pattern.decode("latin-1") if isinstance(pattern, bytes) else pattern
        rec["bytes"] = isinstance(pattern, bytes)
        rec["subject"] = s.decode("latin-1") if isinstance(s, bytes) else s
        out.append(rec)
    target = os.path.join(HERE, "..", "..", "target")
    os.makedirs(target, exist_ok=True)
    with open(os.path.join(target, "sre_bench_cases.json"), "w") as fp:
        json.dump(out, fp)


if __name__ == "__main__":
    main()
