"""SystemExit with a non-int, non-None argument: str() of it goes to stderr, exit status 1."""
raise SystemExit(['not', 'an', 'int'])
