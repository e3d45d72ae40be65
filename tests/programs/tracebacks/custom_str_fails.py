"""An uncaught exception whose __str__ itself raises: the traceback prints '<exception str() failed>'."""

class Broken(Exception):
    def __str__(self):
        raise RuntimeError('cannot render')

print('raising Broken')
raise Broken('payload')
