# command: -m clipkg.tools one two
"""python -m on a submodule of a package: the package __init__ runs first, then the submodule as __main__."""
