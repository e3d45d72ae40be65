"""Uncaught NameError inside a method, suggestion comes from a module-level function name."""

def calculate_total(prices):
    return sum(prices)

class Cart:
    def __init__(self, prices):
        self.prices = prices
    def total(self):
        return calcualte_total(self.prices)

print(Cart([1, 2]).prices)
Cart([1, 2]).total()
