"""SyntaxError: an unknown __future__ feature, and the famous 'braces' easter egg is separate."""

from __future__ import goto
