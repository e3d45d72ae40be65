"""Uncaught AttributeError raised inside a property getter (reported as the inner error, not routed to a missing attribute)."""

class Config:
    def __init__(self, data):
        self._data = data
    @property
    def port(self):
        return int(self._data['port'])
    @property
    def url(self):
        return f'http://{self._data["host"]}:{self.port}'

print(Config({'host': 'h', 'port': '80'}).url)
print(Config({'host': 'h', 'port': 'eighty'}).url)
