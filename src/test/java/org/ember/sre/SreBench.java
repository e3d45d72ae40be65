package org.ember.sre;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import org.ember.modules.sre.SreModule;
import org.ember.objects.Abstract;
import org.ember.objects.Py;
import org.ember.objects.PyBytes;
import org.ember.objects.PyDict;
import org.ember.objects.PyInt;
import org.ember.objects.PyList;
import org.ember.objects.PyObject;
import org.ember.objects.PyStr;
import org.ember.objects.PyTuple;

/**
 * The Java side of the regex benchmark (see tests/sre/bench.py): runs each workload on Ember's
 * _sre with the code CPython compiled, and prints Ember's time next to CPython's with the ratio
 * (Ember / CPython; below 1 means Ember is faster). Run with tools/sre-bench.
 */
public final class SreBench {
    private SreBench() {}

    @SuppressWarnings("unchecked")
    public static void main(String[] args) throws Exception {
        Path file = Path.of(args.length > 0 ? args[0] : "target/sre_bench_cases.json");
        List<Object> cases = (List<Object>) Json.parse(Files.readString(file, StandardCharsets.UTF_8));
        SreTestSupport.onPythonThread(() -> {
            SreModule.create(null);
            System.out.printf("%-32s %12s %12s %8s%n", "workload", "CPython us", "Ember us", "ratio");
            double logSum = 0;
            int n = 0;
            for (Object o : cases) {
                Map<String, Object> c = (Map<String, Object>) o;
                if (args.length > 1 && !((String) c.get("name")).contains(args[1])) {
                    continue;
                }
                double ratio = run(c);
                logSum += Math.log(ratio);
                n++;
            }
            System.out.printf("%-32s %12s %12s %8.2f%n", "geometric mean", "", "", Math.exp(logSum / n));
        });
    }

    /** Times the workload on CPython now (tests/sre/bench.py --time NAME), in ns per operation. */
    static double cpythonTime(String name) {
        try {
            Process p = new ProcessBuilder("python3", "tests/sre/bench.py", "--time", name)
                    .redirectError(ProcessBuilder.Redirect.INHERIT).start();
            String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8).trim();
            if (p.waitFor() != 0) {
                throw new IllegalStateException("bench.py failed for " + name);
            }
            return Double.parseDouble(out);
        } catch (java.io.IOException | InterruptedException e) {
            throw new IllegalStateException(e);
        }
    }

    @SuppressWarnings("unchecked")
    static double run(Map<String, Object> c) {
        boolean isBytes = (Boolean) c.get("bytes");
        PyObject pattern = isBytes ? PyBytes.of(((String) c.get("pattern")).getBytes(StandardCharsets.ISO_8859_1))
                : PyStr.of((String) c.get("pattern"));
        PyObject subject = isBytes ? PyBytes.of(((String) c.get("subject")).getBytes(StandardCharsets.ISO_8859_1))
                : PyStr.of((String) c.get("subject"));
        PyList code = new PyList();
        for (Object x : (List<Object>) c.get("code")) {
            code.append(PyInt.of((Long) x));
        }
        PyDict gi = new PyDict();
        for (Map.Entry<String, Object> e : ((Map<String, Object>) c.get("groupindex")).entrySet()) {
            gi.setItem(PyStr.of(e.getKey()), PyInt.of((Long) e.getValue()));
        }
        List<Object> igl = (List<Object>) c.get("indexgroup");
        PyObject[] ig = new PyObject[igl.size()];
        for (int i = 0; i < ig.length; i++) {
            ig[i] = igl.get(i) == null ? Py.None : PyStr.of((String) igl.get(i));
        }
        PyObject rx = SreModule.compile(pattern, PyInt.of((Long) c.get("flags")), code, PyInt.of((Long) c.get("groups")),
                gi, PyTuple.of(ig));
        String op = (String) c.get("op");
        Runnable f = switch (op) {
            case "search", "match", "fullmatch", "findall", "split" -> () -> Abstract.callMethod(rx, op, subject);
            case "sub" -> () -> Abstract.callMethod(rx, "sub", PyStr.of(" "), subject);
            case "finditer" -> () -> {
                PyObject it = Abstract.callMethod(rx, "finditer", subject);
                for (PyObject m = Abstract.next(it); m != null; m = Abstract.next(it)) {
                    Abstract.callMethod(m, "groups");
                }
            };
            case "scan" -> () -> {
                PyObject match = Abstract.getAttr(rx, "match");
                long len = Abstract.length(subject);
                long pos = 0;
                while (pos < len) {
                    PyObject m = Abstract.call(match, subject, PyInt.of(pos));
                    pos = ((PyInt) Abstract.callMethod(m, "end")).longValue();
                }
            };
            default -> throw new IllegalArgumentException(op);
        };
        // warm up for about two seconds, then take the best of five timed batches (thread CPU time,
        // so that other processes on the machine do not distort the result)
        java.lang.management.ThreadMXBean mx = java.lang.management.ManagementFactory.getThreadMXBean();
        long number = 1;
        long t0 = mx.getCurrentThreadCpuTime();
        while (mx.getCurrentThreadCpuTime() - t0 < 2_000_000_000L) {
            for (long i = 0; i < number; i++) {
                f.run();
            }
            number *= 2;
        }
        number = 1;
        for (;;) {
            long s = mx.getCurrentThreadCpuTime();
            for (long i = 0; i < number; i++) {
                f.run();
            }
            if (mx.getCurrentThreadCpuTime() - s > 200_000_000L) {
                break;
            }
            number *= 2;
        }
        double best = Double.MAX_VALUE;
        for (int r = 0; r < 5; r++) {
            long s = mx.getCurrentThreadCpuTime();
            for (long i = 0; i < number; i++) {
                f.run();
            }
            best = Math.min(best, (mx.getCurrentThreadCpuTime() - s) / (double) number);
        }
        double cpy = cpythonTime((String) c.get("name"));
        double ratio = best / cpy;
        System.out.printf("%-32s %12.1f %12.1f %8.2f%n", c.get("name"), cpy / 1000, best / 1000, ratio);
        return ratio;
    }
}
