"""SyntaxError: invalid token deep inside a multi-line expression, reported on its own line."""

result = compute(
    alpha=1,
    beta=[1, 2,
          3 4],
)
