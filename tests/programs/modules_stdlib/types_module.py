"""types: SimpleNamespace, MappingProxyType, ModuleType, FunctionType/MethodType, new_class, GeneratorType checks, coroutine, DynamicClassAttribute."""

import types

ns = types.SimpleNamespace(a=1, b='two')
ns.c = [3]
print(ns, ns.a, vars(ns), ns == types.SimpleNamespace(a=1, b='two', c=[3]), repr(types.SimpleNamespace()))
del ns.b
print(ns, hasattr(ns, 'b'))

mp = types.MappingProxyType({'k': 1})
print(mp['k'], len(mp), list(mp.items()), mp.get('z', 0), type(mp).__name__, mp.copy())
try:
    mp['k'] = 2
except TypeError as e:
    print(type(e).__name__, e)

mod = types.ModuleType('dyn_mod', 'A dynamic module.')
mod.x = 5
print(mod.__name__, mod.__doc__, mod.x, repr(mod), isinstance(mod, types.ModuleType))

def f(x): return x + 1
g = types.FunctionType(f.__code__, {'__builtins__': __builtins__}, 'renamed')
print(g(1), g.__name__, isinstance(f, types.FunctionType), isinstance(len, types.BuiltinFunctionType), isinstance(print, types.BuiltinMethodType))
class K: pass
k = K()
m = types.MethodType(lambda self, y: (type(self).__name__, y), k)
print(m(2), isinstance(m, types.MethodType), isinstance([].append, types.BuiltinMethodType), isinstance(K.__init__, types.WrapperDescriptorType))
print(isinstance(str.join, types.MethodDescriptorType), isinstance('x'.join, types.BuiltinMethodType), isinstance((1).__add__, types.MethodWrapperType))
print(isinstance(dict.__dict__['fromkeys'], types.ClassMethodDescriptorType), isinstance(types.FunctionType.__code__, types.GetSetDescriptorType))

def gen():
    yield 1
async def coro():
    pass
c = coro()
print(isinstance(gen(), types.GeneratorType), isinstance(c, types.CoroutineType), isinstance(f.__code__, types.CodeType), types.NoneType is type(None),
      types.EllipsisType is type(...), types.NotImplementedType is type(NotImplemented))
c.close()

Dyn = types.new_class('Dyn', (K,), {}, lambda ns: ns.update({'attr': 'from exec_body'}))
print(Dyn.__name__, Dyn.attr, Dyn.__mro__[1].__name__, types.resolve_bases((K,)))
print(types.prepare_class('P', (), {})[0].__name__)
print(isinstance(int | str, types.UnionType), isinstance(list[int], types.GenericAlias), types.GenericAlias(list, (int,)))
try:
    import sys
    tb = None
    try:
        1 / 0
    except ZeroDivisionError as e:
        tb = e.__traceback__
    print(isinstance(tb, types.TracebackType), isinstance(tb.tb_frame, types.FrameType), tb.tb_frame.f_code.co_name)
finally:
    pass
