# command: -m clipkg alpha --beta
"""python -m on a package runs its __main__ submodule with the package imported first."""
