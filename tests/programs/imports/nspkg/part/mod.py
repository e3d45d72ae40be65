"""Module inside a namespace package portion (not a test program)."""
WHERE = 'nspkg.part.mod in the first portion'
