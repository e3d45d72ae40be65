"""SyntaxError: an opening parenthesis that is never closed (reported at the opening position)."""

numbers = [1, 2, 3]
total = sum(
    n * 2 for n in numbers

print(total)
