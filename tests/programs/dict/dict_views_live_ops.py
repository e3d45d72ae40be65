"""Dict views stay live across mutations; set operations between keys views of different dicts; comparisons of items views."""

inventory = {'apple': 3, 'pear': 0, 'kiwi': 12}
keys, values, items = inventory.keys(), inventory.values(), inventory.items()
inventory['plum'] = 7
del inventory['pear']
print(list(keys), list(values), list(items), len(keys))
shop_a = {'apple': 1, 'kiwi': 2, 'fig': 3}
shop_b = {'kiwi': 5, 'fig': 3, 'date': 9}
print(sorted(shop_a.keys() & shop_b.keys()), sorted(shop_a.keys() - shop_b.keys()), sorted(shop_a.keys() ^ shop_b.keys()), sorted(shop_a.keys() | shop_b))
print(sorted(shop_a.items() & shop_b.items()), sorted(shop_a.items() - shop_b.items()), shop_a.keys() == {'apple', 'kiwi', 'fig'})
print({'a': 1}.items() == {('a', 1)}, {'a': 1}.items() <= {('a', 1), ('b', 2)}, {'a': [1]}.items() == {'a': [1]}.items())
print('kiwi' in keys, 12 in values, ('kiwi', 12) in items, ('kiwi', 13) in items, list(reversed(items))[0])
print(sum(values), max(keys), sorted(items, key=lambda kv: kv[1]), dict(items) == inventory, list(map(len, keys)))
