"""random with a fixed seed: the Mersenne Twister stream and derived functions must match CPython exactly."""

import random

random.seed(12345)
print([random.random() for _ in range(3)])
print([random.randint(1, 100) for _ in range(10)], random.randrange(0, 1000, 7), random.getrandbits(64), random.getrandbits(200))
print(random.choice('abcdefg'), random.choices(range(10), k=5), random.choices('abc', weights=[10, 1, 1], k=6), random.choices('xy', cum_weights=[1, 2], k=4))
items = list(range(10))
random.shuffle(items)
print(items, random.sample(range(100), 5), random.sample('abcdef', k=3), random.sample(['a', 'b'], 2, counts=[2, 3]))
print(round(random.uniform(1, 2), 12), round(random.triangular(0, 10, 3), 12), round(random.gauss(0, 1), 12), round(random.normalvariate(5, 2), 12))
print(round(random.expovariate(1.5), 12), round(random.betavariate(2, 3), 12), round(random.gammavariate(2, 2), 12), round(random.lognormvariate(0, 1), 12))
print(round(random.vonmisesvariate(1, 2), 12), round(random.paretovariate(3), 12), round(random.weibullvariate(1, 1.5), 12), random.randbytes(6))

r1 = random.Random('string seed')
r2 = random.Random(b'string seed')
r3 = random.Random(2 ** 100)
print(r1.random(), r2.random(), r3.random(), random.Random(0).random(), random.Random(-5).random() == random.Random(5).random())
state = r1.getstate()
a = [r1.random() for _ in range(3)]
r1.setstate(state)
print(a == [r1.random() for _ in range(3)], type(state).__name__, state[0], len(state[1]))
random.seed(7, version=1)
print(random.random())
for call in [lambda: random.randint(5, 1), lambda: random.choice([]), lambda: random.sample(range(3), 5), lambda: random.randrange(0), lambda: random.seed({})]:
    try:
        call()
    except (ValueError, IndexError, TypeError) as e:
        print(type(e).__name__, e)
