# command: -V
"""-V prints the version on stdout and exits with code 0."""
