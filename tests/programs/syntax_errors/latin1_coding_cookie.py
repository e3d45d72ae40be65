# -*- coding: latin-1 -*-
"""A valid program whose source is Latin-1 encoded, declared with a PEP 263 coding cookie."""
text = "café naïve £"
print(text, len(text), [hex(ord(c)) for c in text if ord(c) > 127])
print(text.encode("utf-8"))
