"""Cooperative multiple inheritance with mixins: super() chains through __init__ with **kwargs, method resolution and ordering effects."""

class Base:
    def __init__(self, **kwargs):
        self.log = ['Base']
        if kwargs:
            raise TypeError(f'unexpected arguments: {sorted(kwargs)}')
    def describe(self):
        return ['Base.describe']

class LoggingMixin:
    def __init__(self, *, log_level='INFO', **kwargs):
        super().__init__(**kwargs)
        self.log_level = log_level
        self.log.append(f'LoggingMixin({log_level})')
    def describe(self):
        return ['LoggingMixin'] + super().describe()

class CacheMixin:
    def __init__(self, *, cache_size=10, **kwargs):
        super().__init__(**kwargs)
        self.cache_size = cache_size
        self.log.append(f'CacheMixin({cache_size})')
    def describe(self):
        return ['CacheMixin'] + super().describe()

class Service(LoggingMixin, CacheMixin, Base):
    def __init__(self, name, **kwargs):
        super().__init__(**kwargs)
        self.name = name
        self.log.append(f'Service({name})')
    def describe(self):
        return [f'Service {self.name}'] + super().describe()

s = Service('api', log_level='DEBUG', cache_size=99)
print(s.log, s.describe(), [c.__name__ for c in Service.__mro__])
print(Service('x').log)
try:
    Service('y', unknown=1)
except TypeError as e:
    print(type(e).__name__, e)

class Reordered(CacheMixin, LoggingMixin, Base):
    pass
print(Reordered().log, Reordered().describe())

class JSONMixin:
    def to_dict(self):
        return {k: v for k, v in vars(self).items() if not k.startswith('_') and k != 'log'}
class EqualityMixin:
    def __eq__(self, other):
        return type(self) is type(other) and self.to_dict() == other.to_dict()
    def __hash__(self):
        return hash(tuple(sorted(self.to_dict().items())))
class Record(EqualityMixin, JSONMixin):
    def __init__(self, **fields):
        self.__dict__.update(fields)
r1, r2 = Record(a=1, b=2), Record(b=2, a=1)
print(r1.to_dict(), r1 == r2, len({r1, r2}), r1 == Record(a=1))
