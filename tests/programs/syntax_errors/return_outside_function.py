"""SyntaxError: 'return' at module level (detected by the compiler, not the parser)."""

x = 1
return x
