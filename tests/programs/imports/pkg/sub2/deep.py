"""Helper module using relative imports at several levels (not a test program)."""
from .. import sub
from ..sub import VALUE
from .. import helper as parent_helper


def deep_function():
    return f'deep_function: {VALUE}, {sub.describe()}, {parent_helper()}, package={__package__}'


def beyond_top_level():
    from ... import anything  # noqa: F401  (the package is only two levels deep)
