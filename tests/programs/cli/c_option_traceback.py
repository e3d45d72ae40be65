# command: -c "import sys; print('before error', file=sys.stderr); x = {}; x['missing']"
"""python -c with an uncaught exception: the traceback refers to File "<string>" without source lines."""
