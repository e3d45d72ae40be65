# command: - alpha beta
# stdin-file: _stdin_script.txt
"""A script read from stdin with '-': argv[0] is '-', tracebacks say File "<stdin>" and exit code 1."""
