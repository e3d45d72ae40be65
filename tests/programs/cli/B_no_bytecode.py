# python-args: -B
# env: PYTHONDONTWRITEBYTECODE=
"""-B: sys.flags.dont_write_bytecode and sys.dont_write_bytecode are set even with the environment variable empty."""
import sys
print(sys.flags.dont_write_bytecode, sys.dont_write_bytecode)
