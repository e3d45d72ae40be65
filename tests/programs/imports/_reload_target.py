"""Module that counts its executions via a builtins attribute (not a test program)."""
import builtins
builtins._reload_count = getattr(builtins, '_reload_count', 0) + 1
LOAD_NUMBER = builtins._reload_count
