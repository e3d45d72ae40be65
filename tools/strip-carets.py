import os
import re
import sys

prefix = 'File "' + os.getcwd() + '/'
for line in sys.stdin:
    line = line.replace(prefix, 'File "')
    if line.strip() and re.fullmatch(r"\s*[~^]+\s*", line.rstrip("\n")):
        continue
    sys.stdout.write(line)
