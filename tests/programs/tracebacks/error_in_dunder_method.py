"""Uncaught exception raised inside __eq__ invoked implicitly by list.index and the 'in' operator."""

class Item:
    def __init__(self, key):
        self.key = key
    def __eq__(self, other):
        return self.key.lower() == other.key.lower()

items = [Item('Alpha'), Item('Beta')]
print(items.index(Item('BETA')))
print(Item('gamma') in items)
print(items.index(Item(None)))
