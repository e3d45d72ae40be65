"""Uncaught NameError at module level with a 'Did you mean' suggestion for a similar global name."""

total_count = 10
items = [1, 2, 3]
print('about to use a misspelled name')
print(total_cont + len(items))
