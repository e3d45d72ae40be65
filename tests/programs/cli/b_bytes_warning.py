# python-args: -b
"""-b: comparing bytes with str (and str() of bytes) issues BytesWarning on stderr."""
import sys
print(sys.flags.bytes_warning)
print(b'abc' == 'abc')
print(str(b'x'))
print({b'k': 1}.get('k'))
