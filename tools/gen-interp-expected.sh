#!/bin/sh
# Regenerates src/test/resources/interp/*.expected from CPython 3.11 (the oracle).
# Tracebacks keep CPython's header, frame and source lines; caret lines are dropped because the
# test harness prints no carets (the real excepthook is tested elsewhere), and the script's
# directory is removed from file names.
cd "$(dirname "$0")/../src/test/resources/interp" || exit 1
for f in ${1:-*.py}; do
  python3 "$f" 2>&1 | python3 "../../../../tools/strip-carets.py" > "${f%.py}.expected"
done
