"""SyntaxError: nonlocal declaration at module level (reported by the symbol table pass)."""

value = 1
nonlocal value
