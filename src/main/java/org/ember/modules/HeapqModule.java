package org.ember.modules;

import org.ember.objects.Abstract;
import org.ember.objects.CompareOp;
import org.ember.objects.Err;
import org.ember.objects.NativeFunction;
import org.ember.objects.PyBuiltinFunction;
import org.ember.objects.PyList;
import org.ember.objects.PyModule;
import org.ember.objects.PyObject;
import org.ember.objects.PyStr;
import org.ember.runtime.Interpreter;

/**
 * The _heapq module (CPython's Modules/_heapqmodule.c): a binary min-heap on a list, with the
 * same comparisons in the same order as CPython (and the max-heap helpers heapq.py uses).
 */
public final class HeapqModule {
    private HeapqModule() {}

    private static final String MODULE = "_heapq";

    private static PyList heapArg(String fname, PyObject o, boolean only) {
        if (!(o instanceof PyList l)) {
            throw Err.type("%s() argument%s must be list, not %s", fname, only ? "" : " 1", Err.tn(o));
        }
        return l;
    }

    private static boolean lt(PyObject a, PyObject b, boolean max) {
        return max ? Abstract.richCompareBool(b, a, CompareOp.LT) : Abstract.richCompareBool(a, b, CompareOp.LT);
    }

    /** Moves the item at pos up towards startpos (siftdown / siftdown_max). */
    private static void siftDown(PyList heap, int startpos, int pos, boolean max) {
        int size = heap.size();
        if (pos >= size) {
            throw Err.index("index out of range");
        }
        PyObject newitem = heap.get(pos);
        while (pos > startpos) {
            int parentpos = (pos - 1) >> 1;
            PyObject parent = heap.get(parentpos);
            boolean cmp = lt(newitem, parent, max);
            if (size != heap.size()) {
                throw Err.runtime("list changed size during iteration");
            }
            if (!cmp) {
                break;
            }
            parent = heap.get(parentpos);
            newitem = heap.get(pos);
            heap.set(parentpos, newitem);
            heap.set(pos, parent);
            pos = parentpos;
        }
    }

    /** Moves the smaller child up until a leaf, then sifts down (siftup / siftup_max). */
    private static void siftUp(PyList heap, int pos, boolean max) {
        int endpos = heap.size();
        int startpos = pos;
        if (pos >= endpos) {
            throw Err.index("index out of range");
        }
        int limit = endpos >> 1;
        while (pos < limit) {
            int childpos = 2 * pos + 1;
            if (childpos + 1 < endpos) {
                PyObject a = heap.get(childpos);
                PyObject b = heap.get(childpos + 1);
                boolean cmp = lt(a, b, max);
                if (!cmp) {
                    childpos++;
                }
                if (endpos != heap.size()) {
                    throw Err.runtime("list changed size during iteration");
                }
            }
            PyObject t1 = heap.get(childpos);
            PyObject t2 = heap.get(pos);
            heap.set(childpos, t2);
            heap.set(pos, t1);
            pos = childpos;
        }
        siftDown(heap, startpos, pos, max);
    }

    private static PyObject pop(PyList heap, boolean max) {
        int n = heap.size();
        if (n == 0) {
            throw Err.index("index out of range");
        }
        PyObject last = heap.get(n - 1);
        heap.deleteRange(n - 1, n);
        n--;
        if (n == 0) {
            return last;
        }
        PyObject ret = heap.get(0);
        heap.set(0, last);
        siftUp(heap, 0, max);
        return ret;
    }

    private static PyObject replace(PyList heap, PyObject item, boolean max) {
        if (heap.size() == 0) {
            throw Err.index("index out of range");
        }
        PyObject ret = heap.get(0);
        heap.set(0, item);
        siftUp(heap, 0, max);
        return ret;
    }

    private static int keepTopBit(int n) {
        int i = 0;
        while (n > 1) {
            n >>= 1;
            i++;
        }
        return n << i;
    }

    private static void heapify(PyList heap, boolean max) {
        int n = heap.size();
        if (n > 2500) {
            int m = n >> 1;
            int leftmost = keepTopBit(m + 1) - 1;
            int mhalf = m >> 1;
            for (int i = leftmost - 1; i >= mhalf; i--) {
                int j = i;
                while (true) {
                    siftUp(heap, j, max);
                    if ((j & 1) == 0) {
                        break;
                    }
                    j >>= 1;
                }
            }
            for (int i = m - 1; i >= leftmost; i--) {
                int j = i;
                while (true) {
                    siftUp(heap, j, max);
                    if ((j & 1) == 0) {
                        break;
                    }
                    j >>= 1;
                }
            }
            return;
        }
        for (int i = (n >> 1) - 1; i >= 0; i--) {
            siftUp(heap, i, max);
        }
    }

    private static PyBuiltinFunction f1(String name, NativeFunction.F1 f) {
        return PyBuiltinFunction.function(MODULE, NativeFunction.of(name, f));
    }

    private static PyBuiltinFunction f2(String name, NativeFunction.F2 f) {
        return PyBuiltinFunction.function(MODULE, NativeFunction.of(name, f));
    }

    private static final PyBuiltinFunction[] FUNCTIONS = {
        f2("heappush", (self, h, item) -> {
            PyList heap = heapArg("heappush", h, false);
            heap.append(item);
            siftDown(heap, 0, heap.size() - 1, false);
            return org.ember.objects.Py.None;
        }),
        f1("heappop", (self, h) -> pop(heapArg("heappop", h, true), false)),
        f2("heapreplace", (self, h, item) -> replace(heapArg("heapreplace", h, false), item, false)),
        f2("heappushpop", (self, h, item) -> {
            PyList heap = heapArg("heappushpop", h, false);
            if (heap.size() == 0) {
                return item;
            }
            PyObject top = heap.get(0);
            if (!Abstract.richCompareBool(top, item, CompareOp.LT)) {
                return item;
            }
            if (heap.size() == 0) {
                throw Err.index("index out of range");
            }
            PyObject ret = heap.get(0);
            heap.set(0, item);
            siftUp(heap, 0, false);
            return ret;
        }),
        f1("heapify", (self, h) -> {
            heapify(heapArg("heapify", h, true), false);
            return org.ember.objects.Py.None;
        }),
        f1("_heappop_max", (self, h) -> pop(heapArg("_heappop_max", h, true), true)),
        f2("_heapreplace_max", (self, h, item) -> replace(heapArg("_heapreplace_max", h, false), item, true)),
        f1("_heapify_max", (self, h) -> {
            heapify(heapArg("_heapify_max", h, true), true);
            return org.ember.objects.Py.None;
        }),
    };

    private static final String DOC = "Heap queue algorithm (a.k.a. priority queue).\n\n"
            + "Heaps are arrays for which a[k] <= a[2*k+1] and a[k] <= a[2*k+2] for\n"
            + "all k, counting elements from 0.  For the sake of comparison,\n"
            + "non-existing elements are considered to be infinite.  The interesting\n"
            + "property of a heap is that a[0] is always its smallest element.\n\n"
            + "Usage:\n\n"
            + "heap = []            # creates an empty heap\n"
            + "heappush(heap, item) # pushes a new item on the heap\n"
            + "item = heappop(heap) # pops the smallest item from the heap\n"
            + "item = heap[0]       # smallest item on the heap without popping it\n"
            + "heapify(x)           # transforms list into a heap, in-place, in linear time\n"
            + "item = heapreplace(heap, item) # pops and returns smallest item, and adds\n"
            + "                               # new item; the heap size is unchanged\n\n"
            + "Our API differs from textbook heap algorithms as follows:\n\n"
            + "- We use 0-based indexing.  This makes the relationship between the\n"
            + "  index for a node and the indexes for its children slightly less\n"
            + "  obvious, but is more suitable since Python uses 0-based indexing.\n\n"
            + "- Our heappop() method returns the smallest item, not the largest.\n\n"
            + "These two make it possible to view the heap as a regular Python list\n"
            + "without surprises: heap[0] is the smallest item, and heap.sort()\n"
            + "maintains the heap invariant!\n";

    public static PyModule create(Interpreter interp) {
        PyModule m = new PyModule(MODULE);
        m.put("__doc__", PyStr.of(DOC));
        for (PyBuiltinFunction f : FUNCTIONS) {
            m.put(f.fn.name, f);
        }
        return m;
    }
}
