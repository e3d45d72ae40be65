"""Class-level state: instance counters, registries keyed by subclass, class attributes shadowed per subclass, and __init_subclass__ tallies."""

class Tracked:
    created = 0
    live_names = []
    def __init__(self, name):
        type(self).created += 1          # creates a per-subclass counter on first use
        Tracked.live_names.append(name)
        self.name = name

class A(Tracked): pass
class B(Tracked): pass
objs = [A('a1'), A('a2'), B('b1'), Tracked('t1')]
print(Tracked.created, A.created, B.created, 'created' in vars(A), 'created' in vars(B), Tracked.live_names)

class Registry:
    by_kind = {}
    def __init_subclass__(cls, kind=None, **kwargs):
        super().__init_subclass__(**kwargs)
        cls.kind = kind or cls.__name__.lower()
        Registry.by_kind.setdefault(cls.kind, []).append(cls.__name__)
class Csv(Registry, kind='table'): pass
class Tsv(Csv): pass
class Json(Registry): pass
print(Registry.by_kind, Tsv.kind, Json.kind)

class Config:
    defaults = {'debug': False}
    def __init__(self, **overrides):
        self.values = {**self.defaults, **overrides}
class DevConfig(Config):
    defaults = {**Config.defaults, 'debug': True, 'reload': True}
print(Config().values, DevConfig().values, DevConfig(reload=False).values, Config.defaults)

class Shared:
    items = []
    def add(self, x):
        self.items.append(x)        # mutates the shared class-level list
class Separate:
    def __init__(self):
        self.items = []
    def add(self, x):
        self.items.append(x)
s1, s2 = Shared(), Shared()
s1.add(1); s2.add(2)
p1, p2 = Separate(), Separate()
p1.add(1); p2.add(2)
print(s1.items, s2.items, p1.items, p2.items)
