"""Package whose import fails halfway (not a test program)."""
LOADED_BEFORE_ERROR = True
from . import does_not_exist  # noqa: F401
