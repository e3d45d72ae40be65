"""Uncaught error deep inside map() with a lambda calling a method calling a function: all frames are listed."""

def parse_price(text):
    amount, currency = text.split()
    return float(amount), currency

class Order:
    def __init__(self, lines):
        self.lines = lines
    def totals(self):
        return list(map(lambda line: parse_price(line)[0], self.lines))

print(Order(['1.50 EUR', '2 EUR']).totals())
print(Order(['3 USD', 'free']).totals())
