"""Uncaught TypeError from comparing mixed types inside sorted(): no key frame, the error comes from the comparison itself."""

class Record:
    def __init__(self, priority):
        self.priority = priority
    def key(self):
        return self.priority

records = [Record(3), Record(1), Record('high')]
print(sorted([r.key() for r in records[:2]]))
print(sorted(records, key=Record.key))
