# python-args: -X int_max_str_digits=1000 -X utf8 -X dev -X warn_default_encoding
"""-X options: int_max_str_digits, utf8 mode, dev mode and warn_default_encoding are reflected in sys.flags/_xoptions."""
import sys
print(sys.flags.int_max_str_digits, sys.get_int_max_str_digits(), sys.flags.utf8_mode, sys.flags.dev_mode, sys.flags.warn_default_encoding)
print(sorted(sys._xoptions.items()))
try:
    str(10 ** 1000)
except ValueError as e:
    print(type(e).__name__, e)
