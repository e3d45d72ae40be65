# args: one "two words" --flag=3 '' -x -- last
"""sys.argv for a script: the script path first, then each argument exactly as given (including empty strings)."""
import os
import sys
print(os.path.basename(sys.argv[0]), sys.argv[0] == __file__, os.path.isabs(sys.argv[0]))
for i, a in enumerate(sys.argv[1:], 1):
    print(i, repr(a))
print(sys.orig_argv[-len(sys.argv) + 1:] == sys.argv[1:])
