#!/usr/bin/env python3
"""Generate the expected outputs of Ember's differential test corpus.

Every test program tests/programs/<area>/<name>.py is run under the oracle
(CPython 3.11, ``python3`` on PATH unless --python is given) exactly the way the
Java test runner later runs it under Ember, and the result is written to
tests/programs/<area>/<name>.expected as a JSON object

    {"exit": <int>, "stdout": <str>, "stderr": <str>}

See tests/README.md for the full contract (headers, environment, path
normalisation).  Usage:

    python3 tests/gen_expected.py                 # regenerate everything
    python3 tests/gen_expected.py strings int     # only some areas
    python3 tests/gen_expected.py tests/programs/int/bigint.py   # one program
    python3 tests/gen_expected.py --check         # verify, write nothing
    python3 tests/gen_expected.py --list          # list programs with their commands
    python3 tests/gen_expected.py --counts        # programs per area (Markdown table)

Each program is run twice; an expectation is only written when both runs agree
exactly.  The exit status is nonzero if any program could not be generated
(nondeterministic, timed out, output not UTF-8, output containing memory
addresses or installation paths) or, with --check, if any expectation differs.
"""

import argparse
import concurrent.futures
import json
import os
import re
import shlex
import subprocess
import sys
import time

HERE = os.path.dirname(os.path.abspath(__file__))
PROGRAMS = os.path.join(HERE, "programs")
DEFAULT_TIMEOUT = 30.0

# Header lines recognised in the leading comment block of a program.
HEADER_RE = re.compile(r"^#\s*(args|python-args|command|stdin|stdin-file|env|timeout)\s*:(.*)$")

# Output that can never be deterministic or portable across implementations.
ADDRESS_RE = re.compile(r"\bat 0x[0-9a-fA-F]+")


class Spec:
    """How one program is run: argument vector after the interpreter, stdin, env."""

    def __init__(self, path):
        self.path = path
        self.dir = os.path.dirname(path)
        self.name = os.path.basename(path)
        self.args = []
        self.python_args = []
        self.command = None
        self.stdin_lines = []
        self.stdin_file = None
        self.env = {}
        self.timeout = DEFAULT_TIMEOUT
        self._parse_header()

    def _parse_header(self):
        with open(self.path, "rb") as f:
            raw = f.read()
        text = raw.decode("utf-8", errors="replace")
        lines = text.splitlines()
        if lines and not lines[0].startswith("#"):
            lines = lines[1:]          # a non-comment first line is allowed (for -x tests)
        words = {"args": [], "python-args": [], "command": []}
        for line in lines:
            if not line.startswith("#"):
                break
            m = HEADER_RE.match(line)
            if not m:
                continue
            key, raw_value = m.group(1), m.group(2)
            raw_value = raw_value[1:] if raw_value.startswith(" ") else raw_value
            value = raw_value.strip()
            if key in words:
                words[key].append(raw_value)
            elif key == "stdin":
                self.stdin_lines.append(raw_value)
            elif key == "stdin-file":
                self.stdin_file = value
            elif key == "env":
                name, sep, val = value.partition("=")
                if not sep:
                    raise ValueError(f"{self.path}: bad env header {line!r}")
                self.env[name.strip()] = val
            elif key == "timeout":
                self.timeout = float(value)
        # Several lines of the same key are joined with newlines and then split like a
        # POSIX shell would (shlex), so a quoted value may span lines.
        self.args = shlex.split("\n".join(words["args"]))
        self.python_args = shlex.split("\n".join(words["python-args"]))
        if words["command"]:
            self.command = [self.name if w == "{script}" else w
                            for w in shlex.split("\n".join(words["command"]))]

    def argv(self, python):
        if self.command is not None:
            return [python] + self.command
        return [python] + self.python_args + [self.name] + self.args

    def stdin_bytes(self):
        data = b""
        if self.stdin_file is not None:
            with open(os.path.join(self.dir, self.stdin_file), "rb") as f:
                data += f.read()
        if self.stdin_lines:
            data += "".join(l + "\n" for l in self.stdin_lines).encode("utf-8")
        return data

    def environment(self):
        env = {}
        for keep in ("PATH", "HOME", "TMPDIR"):
            if keep in os.environ:
                env[keep] = os.environ[keep]
        env["PYTHONHASHSEED"] = "0"
        env["LC_ALL"] = "C.UTF-8"
        env["PYTHONDONTWRITEBYTECODE"] = "1"
        env.update(self.env)
        return env


class GenError(Exception):
    pass


def normalise(text, directory):
    """Replace the program's absolute directory with <DIR> (also its realpath)."""
    for d in sorted({directory, os.path.realpath(directory)}, key=len, reverse=True):
        text = text.replace(d, "<DIR>")
    return text


def run_once(spec, python, forbidden):
    try:
        proc = subprocess.run(
            spec.argv(python),
            cwd=spec.dir,
            env=spec.environment(),
            input=spec.stdin_bytes(),
            stdout=subprocess.PIPE,
            stderr=subprocess.PIPE,
            timeout=spec.timeout,
        )
    except subprocess.TimeoutExpired:
        raise GenError(f"timed out after {spec.timeout:g}s")
    result = {"exit": proc.returncode}
    for stream in ("stdout", "stderr"):
        raw = getattr(proc, stream)
        try:
            text = raw.decode("utf-8")
        except UnicodeDecodeError as e:
            raise GenError(f"{stream} is not valid UTF-8 ({e})")
        text = normalise(text, spec.dir)
        m = ADDRESS_RE.search(text)
        if m:
            raise GenError(f"{stream} contains a memory address ({m.group(0)!r}); print type names instead")
        for f in forbidden:
            if f in text:
                raise GenError(f"{stream} contains an installation path ({f!r}); "
                               "keep tracebacks and output out of the standard library")
        result[stream] = text
    if result["exit"] < 0:
        raise GenError(f"killed by signal {-result['exit']}")
    return result


def describe_difference(a, b):
    for key in ("exit", "stdout", "stderr"):
        if a[key] != b[key]:
            if key == "exit":
                return f"exit codes differ: {a[key]} vs {b[key]}"
            la, lb = a[key].splitlines(), b[key].splitlines()
            for i, (x, y) in enumerate(zip(la, lb)):
                if x != y:
                    return f"{key} line {i + 1} differs:\n      run 1: {x!r}\n      run 2: {y!r}"
            return f"{key} differs in length ({len(la)} vs {len(lb)} lines)"
    return "no difference"


def generate(spec, python, forbidden):
    first = run_once(spec, python, forbidden)
    second = run_once(spec, python, forbidden)
    if first != second:
        raise GenError("nondeterministic output, refusing to write an expectation: "
                       + describe_difference(first, second))
    return first


def expected_path(program):
    return program[:-3] + ".expected"


def encode(result):
    return json.dumps({"exit": result["exit"], "stdout": result["stdout"], "stderr": result["stderr"]},
                      ensure_ascii=False, indent=1) + "\n"


def is_program(path):
    """Programs are *.py files directly inside programs/<area>/ not starting with '_'."""
    rel = os.path.relpath(path, PROGRAMS).split(os.sep)
    return (len(rel) == 2 and rel[1].endswith(".py") and not rel[1].startswith("_"))


def all_programs():
    out = []
    for area in sorted(os.listdir(PROGRAMS)):
        adir = os.path.join(PROGRAMS, area)
        if not os.path.isdir(adir):
            continue
        for name in sorted(os.listdir(adir)):
            p = os.path.join(adir, name)
            if os.path.isfile(p) and is_program(p):
                out.append(p)
    return out


def select(selectors):
    programs = all_programs()
    if not selectors:
        return programs
    chosen = []
    for sel in selectors:
        cand = os.path.abspath(sel)
        if not os.path.exists(cand) and os.path.exists(os.path.join(PROGRAMS, sel)):
            cand = os.path.join(PROGRAMS, sel)
        if os.path.isfile(cand):
            if not is_program(cand):
                raise SystemExit(f"gen_expected: {sel} is not a test program (see tests/README.md)")
            chosen.append(cand)
            continue
        if os.path.isdir(cand):
            prefix = cand.rstrip(os.sep) + os.sep
        else:
            raise SystemExit(f"gen_expected: no such program or area: {sel}")
        found = [p for p in programs if p.startswith(prefix)]
        if not found:
            raise SystemExit(f"gen_expected: no programs under {sel}")
        chosen.extend(found)
    seen, unique = set(), []
    for p in chosen:
        if p not in seen:
            seen.add(p)
            unique.append(p)
    return unique


def find_forbidden(python):
    """Installation paths of the oracle that must never appear in expected output."""
    code = "import sysconfig,sys;print(sysconfig.get_paths()['stdlib']);print(sys.prefix)"
    out = subprocess.run([python, "-c", code], stdout=subprocess.PIPE, check=True, text=True).stdout
    # '<frozen ...>' file names belong to CPython's frozen stdlib modules: implementation specific.
    return [l for l in out.splitlines() if l and l != "/"] + ["<frozen "]


def main():
    ap = argparse.ArgumentParser(description="Generate tests/programs/**/*.expected with CPython.")
    ap.add_argument("selectors", nargs="*", help="areas (e.g. 'int'), area directories or program files")
    ap.add_argument("--python", default="python3", help="the oracle interpreter (default: python3)")
    ap.add_argument("--check", action="store_true", help="compare with the existing expectations, write nothing")
    ap.add_argument("--list", action="store_true", help="list the selected programs and how they are run")
    ap.add_argument("--counts", action="store_true", help="print the number of programs per area (a Markdown table)")
    ap.add_argument("-j", "--jobs", type=int, default=os.cpu_count() or 1, help="parallel programs")
    ap.add_argument("--any-version", action="store_true", help="allow an oracle other than CPython 3.11")
    opts = ap.parse_args()

    programs = select(opts.selectors)
    specs = []
    failures = []
    for p in programs:
        try:
            specs.append(Spec(p))
        except Exception as e:  # a broken header is a generation failure, not a crash
            failures.append((p, f"bad header: {e}"))

    if opts.counts:
        counts = {}
        for s in specs:
            area = os.path.relpath(s.path, PROGRAMS).split(os.sep)[0]
            counts[area] = counts.get(area, 0) + 1
        print("| area | programs |\n|---|---|")
        for area in sorted(counts):
            print(f"| {area} | {counts[area]} |")
        print(f"| **total** | **{sum(counts.values())}** |")
        return 0

    if opts.list:
        for s in specs:
            rel = os.path.relpath(s.path, PROGRAMS)
            print(f"{rel}: {shlex.join(s.argv('python3'))}"
                  + (f" < stdin({len(s.stdin_bytes())} bytes)" if s.stdin_bytes() else ""))
        return 0

    version = subprocess.run([opts.python, "-c", "import sys, platform; print(platform.python_implementation(), "
                              "'.'.join(map(str, sys.version_info[:3])))"],
                             stdout=subprocess.PIPE, text=True, check=True).stdout.strip()
    print(f"oracle: {opts.python} ({version}), {len(specs)} programs, {max(1, opts.jobs)} jobs", flush=True)
    if not version.startswith("CPython 3.11.") and not opts.any_version:
        print("gen_expected: the oracle must be CPython 3.11 (use --any-version to override)", file=sys.stderr)
        return 2
    forbidden = find_forbidden(opts.python)
    start = time.time()
    total = len(specs)
    counts = {"written": 0, "unchanged": 0, "ok": 0, "differs": 0}
    done = 0

    def work(spec):
        return spec, generate(spec, opts.python, forbidden)

    with concurrent.futures.ThreadPoolExecutor(max_workers=max(1, opts.jobs)) as pool:
        futures = {pool.submit(work, s): s for s in specs}
        for fut in concurrent.futures.as_completed(futures):
            done += 1
            try:
                spec, result = fut.result()
            except GenError as e:
                spec = futures[fut]
                failures.append((spec.path, str(e)))
                print(f"[{done}/{total}] FAIL {os.path.relpath(spec.path, PROGRAMS)}: {e}", flush=True)
                continue
            rel = os.path.relpath(spec.path, PROGRAMS)
            epath = expected_path(spec.path)
            new = encode(result)
            old = None
            if os.path.exists(epath):
                with open(epath, encoding="utf-8") as f:
                    old = f.read()
            if opts.check:
                if old == new:
                    counts["ok"] += 1
                    status = "ok"
                else:
                    counts["differs"] += 1
                    failures.append((spec.path, "expectation differs from the oracle's output"
                                     if old is not None else "no expectation file"))
                    status = "DIFFERS" if old is not None else "MISSING"
            else:
                if old == new:
                    counts["unchanged"] += 1
                    status = "unchanged"
                else:
                    with open(epath, "w", encoding="utf-8") as f:
                        f.write(new)
                    counts["written"] += 1
                    status = "written"
            print(f"[{done}/{total}] {status:9} {rel} (exit {result['exit']})", flush=True)

    # Expectations whose program no longer exists.
    if not opts.selectors and not opts.check:
        for area in sorted(os.listdir(PROGRAMS)):
            adir = os.path.join(PROGRAMS, area)
            if os.path.isdir(adir):
                for name in sorted(os.listdir(adir)):
                    if name.endswith(".expected") and not os.path.exists(os.path.join(adir, name[:-9] + ".py")):
                        print(f"warning: orphan expectation {area}/{name}", flush=True)

    elapsed = time.time() - start
    print()
    if opts.check:
        print(f"checked {total} programs in {elapsed:.1f}s: {counts['ok']} ok, "
              f"{counts['differs']} differing, {len(failures) - counts['differs']} failed to run")
    else:
        print(f"generated {total} programs in {elapsed:.1f}s: {counts['written']} written, "
              f"{counts['unchanged']} unchanged, {len(failures)} failed")
    if failures:
        print("\nFAILURES:")
        for path, msg in sorted(failures):
            print(f"  {os.path.relpath(path, PROGRAMS)}: {msg}")
        return 1
    return 0


if __name__ == "__main__":
    sys.exit(main())
