"""Evaluation order of operands, arguments, subscripts, attribute targets, dict displays and calls."""

log = []
def t(label, value=None):
    log.append(label)
    return value if value is not None else label

def show(title):
    print(f'{title}: {log}')
    log.clear()

t('a', 1) + t('b', 2) * t('c', 3)
show('binary operands left to right')
t('base', 2) ** t('exp', 3)
show('power operands')
t('f', lambda *a, **k: None)(t('arg1'), *[t('star')], kw=t('kwarg'), **{t('key'): t('val')})
show('call: function, then args in order')
{t('k1'): t('v1'), t('k2'): t('v2')}
show('dict display: key then value')
{**{t('inner'): 1}, t('k3'): t('v3')}
show('dict unpacking in display')
[t('x'), *t('iter', [1]), t('y')]
show('list display with starred')
t('obj', {'a': [0, 1]})[t('key', 'a')][t('idx', 0)]
show('subscript chain')
t('cond', True) and t('right')
show('and')
t('left', 0) if t('test', False) else t('else')
show('conditional: test first')
x = [0, 0]
x[t('index', 0)] = t('rhs', 5)
show('assignment: rhs before target subscript')
class O: pass
o = O()
t('target obj', o).attr = t('value', 1)
show('attribute assignment')
t('a', 1) < t('b', 2) < t('c', 3)
show('chained comparison')
[t(f'elem{i}') for i in range(2)]
show('comprehension')
print(t('print arg'), t('second arg'))
show('print args')
f'{t("fa")}{t("fb")}'
show('f-string pieces')
(t('tuple1'), t('tuple2'))
show('tuple display')
t('lam', lambda a, b: None)(b=t('kwb'), a=t('kwa'))
show('keyword args evaluated in source order')

def defaults(a=t('default a'), b=t('default b')):
    pass
show('defaults at definition time')

@t('decorator1', lambda f: f)
@t('decorator2', lambda f: f)
def decorated(): pass
show('decorators evaluated top down')

class Meta(type):
    pass
class K(t('base1', object), metaclass=t('meta', Meta)):
    log.append('class body')
show('class statement')

x = t('aug target', [1])
x[t('aug idx', 0)] += t('aug rhs', 1)
show('augmented subscript')
