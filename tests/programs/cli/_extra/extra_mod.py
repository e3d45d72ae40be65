"""Module importable only when _extra is on sys.path (not a test program)."""
WHERE = 'extra_mod from the _extra directory'
