"""Uncaught exception raised in a method called through another method, with a call-chain of attributes."""

class Parser:
    def __init__(self, text):
        self.text = text
        self.pos = 0

    def parse_number(self):
        start = self.pos
        while self.pos < len(self.text) and self.text[self.pos].isdigit():
            self.pos += 1
        return int(self.text[start:self.pos])

    def parse_all(self):
        numbers = []
        for part in self.text.split(','):
            self.text, self.pos = part, 0
            numbers.append(self.parse_number())
        return numbers

print(Parser('1,22,333').parse_all())
print(Parser('4,x5').parse_all())
