"""Uncaught exception raised inside a function of another local module: frames from both files."""

import _tb_helper

def run(values):
    return [_tb_helper.fail_inside_helper(v) for v in values]

print(run([1, 2, 5]))
print(run([1, 0]))
