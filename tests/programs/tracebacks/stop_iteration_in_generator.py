"""StopIteration escaping a generator becomes RuntimeError with the StopIteration as the direct cause."""

def first_items(iterables):
    for it in iterables:
        yield next(iter(it))

print(list(first_items(['ab', 'cd'])))
print(list(first_items(['ab', '', 'cd'])))
