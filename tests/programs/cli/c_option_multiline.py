# command: -c "
# command: for i in range(3):
# command:     print('line', i)
# command: import sys
# command: sys.exit(4)
# command: "
"""python -c with a multi-line program (the quoted value spans several '# command:' lines) ending in sys.exit(4)."""
