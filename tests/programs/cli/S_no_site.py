# python-args: -S
"""-S: the site module is not imported, so exit/quit/help/copyright are missing from builtins."""
import builtins
import sys
print(sys.flags.no_site, 'site' in sys.modules, [hasattr(builtins, n) for n in ('exit', 'quit', 'help', 'copyright', 'credits', 'license')])
try:
    exit(3)
except NameError as e:
    print(type(e).__name__, e)
