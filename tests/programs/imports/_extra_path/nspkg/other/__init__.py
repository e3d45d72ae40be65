"""Regular package inside the second portion of the nspkg namespace package (not a test program)."""
WHERE = 'nspkg.other from _extra_path'
