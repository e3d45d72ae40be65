# command: --version
"""--version is the same as -V."""
