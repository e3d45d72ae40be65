import time
exec(open('tests/bench/interp_micro.py').read())
for name, f, a in [("loop", loop, ()), ("fib", fib, (25,)), ("attrs", attrs, ()), ("gens", gens, ())]:
    best = 1e9
    for _ in range(5):
        t0 = time.perf_counter(); f(*a); best = min(best, time.perf_counter() - t0)
    print(name, round(best * 1000, 1), "ms")
