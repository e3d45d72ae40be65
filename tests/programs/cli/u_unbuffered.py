# python-args: -u
"""-u makes stdout and stderr unbuffered (write_through); output order within each stream is unchanged."""
import sys
print(sys.stdout.write_through, sys.stderr.write_through, sys.stdout.line_buffering)
for i in range(3):
    print('out', i)
    print('err', i, file=sys.stderr)
