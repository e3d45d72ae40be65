package org.ember.interp;

import java.nio.file.Files;
import java.nio.file.Path;

/** Micro-benchmark driver (not a unit test): java ... org.ember.interp.Bench file.py */
public final class Bench {
    public static void main(String[] a) throws Exception {
        String src = Files.readString(Path.of(a[0]));
        src += "\n" + """
                import_time = None
                for name, f, args in [("loop", loop, ()), ("fib", fib, (25,)), ("attrs", attrs, ()), ("gens", gens, ())]:
                    best = 1e9
                    for _ in range(40):
                        t0 = clock()
                        f(*args)
                        t = clock() - t0
                        if t < best:
                            best = t
                    print(name, best, "ms")
                """;
        System.out.print(PyRunner.run(src, "bench.py"));
    }
}
