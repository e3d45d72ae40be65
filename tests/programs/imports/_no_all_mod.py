"""Module without __all__ for star-import tests (not a test program)."""
import os as _os_alias  # noqa: F401
import sys  # noqa: F401
visible = 'visible'
_hidden = 'hidden'


def visible_function():
    return 'visible_function'
