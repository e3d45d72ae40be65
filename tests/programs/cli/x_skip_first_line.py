this first line is not Python and is skipped by -x
# python-args: -x
"""-x skips the first source line (used for non-Unix #! tricks); line numbers still count it."""
import sys
print('ran with -x')
raise ValueError('line numbers include the skipped line')
