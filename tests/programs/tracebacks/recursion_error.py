"""Uncaught RecursionError: the repeated frames are collapsed into '[Previous line repeated N more times]'."""

import sys
sys.setrecursionlimit(60)

def countdown(n):
    return countdown(n - 1) + 1

print('recursing')
countdown(10)
