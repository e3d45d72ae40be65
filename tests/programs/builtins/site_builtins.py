"""Names that the site module adds to builtins: exit and quit (Quitter objects), help, copyright/credits/license types."""

import builtins
print(type(exit).__name__, type(quit).__name__, type(help).__name__, type(copyright).__name__, type(credits).__name__, type(license).__name__)
print(repr(exit))
print(repr(quit))
print(str(exit) == repr(exit), exit.name, quit.eof if hasattr(quit, 'eof') else None)
for q, arg in [(exit, None), (quit, 3), (exit, 'message')]:
    try:
        q(arg) if arg is not None else q()
    except SystemExit as e:
        print(q.name, repr(e.code))
print(callable(copyright), callable(license), 'help' in dir(builtins))
