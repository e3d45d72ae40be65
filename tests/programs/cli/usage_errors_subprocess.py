"""Command-line usage errors (exit status 2) and -m failures, checked by running sys.executable in a subprocess."""
import os
import subprocess
import sys

def run(*args, stdin=b''):
    proc = subprocess.run([sys.executable, *args], input=stdin, capture_output=True)
    err = proc.stderr.decode().replace(sys.executable, '<python>').replace(os.getcwd(), '<cwd>')
    out = proc.stdout.decode()
    return proc.returncode, out, err.splitlines()[:1]

for args in [('-Z',), ('--no-such-option',), ('-c',), ('-m',), ('-W',), ('-X',), ('missing_script.py',), ('-m', 'no_such_module'),
             ('-m', 'clipkg_nomain'), ('-m', '.relative'), ('-c', 'print("ok")'), ('-c', 'raise SystemExit(9)'), ('-E', '-c', 'pass')]:
    print(args, run(*args))
print(run('-', 'arg', stdin=b'import sys; print(sys.argv)'))
print(run(stdin=b'print("from stdin without -")'))
