"""Attribute lookup order in detail: type(obj).__mro__ data descriptors, instance __dict__, non-data descriptors, class attributes, __getattr__."""

log = []
class DataDesc:
    def __init__(self, tag): self.tag = tag
    def __get__(self, obj, cls):
        log.append(f'data {self.tag}')
        return f'data:{self.tag}'
    def __set__(self, obj, value):
        log.append(f'data set {self.tag}')
class NonDataDesc:
    def __init__(self, tag): self.tag = tag
    def __get__(self, obj, cls):
        log.append(f'nondata {self.tag}')
        return f'nondata:{self.tag}'

class Base:
    inherited_data = DataDesc('base')
    plain = 'class attribute'
class Child(Base):
    own_nondata = NonDataDesc('child')
    def __getattr__(self, name):
        log.append(f'__getattr__ {name}')
        return f'fallback:{name}'

c = Child()
c.__dict__.update({'inherited_data': 'instance value', 'own_nondata': 'instance value', 'plain': 'instance plain'})
print(c.inherited_data, c.own_nondata, c.plain, c.missing, log)
log.clear()
del c.__dict__['own_nondata'], c.__dict__['plain']
print(c.own_nondata, c.plain, log)
log.clear()
c.inherited_data = 'assigned'
print(c.__dict__['inherited_data'], log)
log.clear()

# a descriptor in the instance dict is not invoked
c.__dict__['stored_desc'] = NonDataDesc('instance')
print(type(c.stored_desc).__name__, log)

# a subclass class attribute shadows a base data descriptor
class Grandchild(Child):
    inherited_data = 'plain override'
print(Grandchild().inherited_data)

# class-level access passes obj=None
print(Child.inherited_data, Child.own_nondata, log)
log.clear()

# metaclass data descriptors take priority over class dict attributes for class access
class Meta(type):
    meta_data = DataDesc('meta')
class WithMeta(metaclass=Meta):
    meta_data = 'class dict value'
print(WithMeta.meta_data, WithMeta().meta_data, log)
