"""Module with __all__ for star-import tests (not a test program)."""
__all__ = ['public_listed', 'ListedClass', '_private_but_listed']
public_listed = 'public and listed'
public_unlisted = 'public but not in __all__'
_private_but_listed = 'private name exported via __all__'
_private = 'private'


class ListedClass:
    pass
