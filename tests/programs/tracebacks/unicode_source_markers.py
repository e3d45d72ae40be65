"""Position markers on a source line containing non-ASCII characters before the failing expression."""

prices = {'café': 3.5, 'thé': 2.0}
def price_of(name):
    return prices['café'] + prices['thé'] * prices['crème']

print('« prices »', prices)
print(price_of('x'))
