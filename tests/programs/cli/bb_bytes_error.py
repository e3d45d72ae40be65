# python-args: -bb
"""-bb: BytesWarning becomes an error."""
import sys
print(sys.flags.bytes_warning)
try:
    b'abc' == 'abc'
except BytesWarning as e:
    print(type(e).__name__, e)
print(f'{b"x"}')
