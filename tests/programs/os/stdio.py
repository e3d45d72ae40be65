# stdin: first line
# stdin: second line
"""The standard streams: attributes, buffers, reading stdin, writing bytes."""

import io
import sys

print(type(sys.stdout).__name__, sys.stdout.encoding, sys.stdout.errors, sys.stdout.line_buffering,
      sys.stdout.name, sys.stdout.mode, sys.stdout.isatty())
print(type(sys.stdout.buffer).__name__, type(sys.stdout.buffer.raw).__name__, sys.stdout.buffer.raw.name,
      sys.stdout.buffer.raw.closefd, sys.stdout.fileno())
print(sys.stderr.errors, sys.stderr.line_buffering, sys.stdin.name, sys.stdin.mode, sys.stdin.fileno())
print(isinstance(sys.stdout, io.TextIOBase), sys.stdout.writable(), sys.stdin.readable(), sys.stdout.seekable())
print(repr(sys.stdin.readline()))
print(repr(input()))
print(repr(sys.stdin.read()))
sys.stdout.write('written\n')
sys.stdout.flush()
sys.stdout.buffer.write(b'raw bytes\n')
sys.stdout.buffer.flush()
print('to stderr', file=sys.stderr)
sys.stderr.write('surrogate \udce9 escaped\n')
print(sys.__stdout__ is sys.stdout, sys.__stderr__ is sys.stderr)
print('unicode ☃ ok')
