package org.ember.modules;

import org.ember.objects.Abstract;
import org.ember.objects.ArgParser;
import org.ember.objects.Builtins;
import org.ember.objects.CompareOp;
import org.ember.objects.Err;
import org.ember.objects.ExtensibleObject;
import org.ember.objects.NativeFunction;
import org.ember.objects.Py;
import org.ember.objects.PyBool;
import org.ember.objects.PyBuiltinFunction;
import org.ember.objects.PyComplex;
import org.ember.objects.PyDict;
import org.ember.objects.PyException;
import org.ember.objects.PyExc;
import org.ember.objects.PyInt;
import org.ember.objects.PyList;
import org.ember.objects.PyModule;
import org.ember.objects.PyObject;
import org.ember.objects.PyStr;
import org.ember.objects.PyTuple;
import org.ember.objects.PyType;
import org.ember.objects.Sequences;
import org.ember.objects.Slots;
import org.ember.objects.GenericAlias;
import org.ember.objects.Instance;
import org.ember.runtime.Interpreter;

/**
 * The itertools module (CPython's Modules/itertoolsmodule.c): every iterator type of 3.11 with
 * CPython's semantics, reprs, argument errors and pickling support (__reduce__/__setstate__).
 */
public final class ItertoolsModule {
    private ItertoolsModule() {}

    private static final String MODULE = "itertools";

    // ---- helpers -------------------------------------------------------------------------------

    /** next(it) or null at exhaustion. */
    private static PyObject next(PyObject it) {
        return it.type.tp_iternext.next(it);
    }

    private static int npos(PyObject[] args, String[] kw) {
        return args.length - (kw == null ? 0 : kw.length);
    }

    /** CPython's "if (type == X_type && !_PyArg_NoKeywords(name, kwds))" in tp_new. */
    private static void noKeywordsFor(PyType type, PyType own, String name, String[] kw) {
        if ((type == own || type.tp_init == own.tp_init) && kw != null && kw.length > 0) {
            throw Err.type("%s() takes no keyword arguments", name);
        }
    }

    private static PyObject[] positionalOnly(PyType type, PyType own, String name, PyObject[] args, String[] kw, int min, int max) {
        noKeywordsFor(type, own, name, kw);
        int n = npos(args, kw);
        ArgParser.checkPositional(name, n, min, max);
        return n == args.length ? args : java.util.Arrays.copyOf(args, n);
    }

    private static PyObject iterFn() {
        return Builtins.builtin("iter");
    }

    private static PyType define(String name, Class<?> cls, java.util.function.Consumer<PyType> body) {
        return PyType.builtin(name, cls, t -> {
            t.module(MODULE);
            t.flags(PyType.BASETYPE);
            t.tp_iter = self -> self;
            body.accept(t);
        });
    }

    private static boolean isNumber(PyObject o) {
        PyType t = o.type;
        return t.nb_index != null || t.nb_int != null || t.nb_float != null || o instanceof PyInt || o instanceof PyComplex;
    }

    private static boolean isIterator(PyObject o) {
        return o.type.tp_iternext != null;
    }

    private static PyTuple requireTuple(PyObject state) {
        if (!(state instanceof PyTuple t)) {
            throw Err.type("state is not a tuple");
        }
        return t;
    }

    // ---- count -----------------------------------------------------------------------------------

    /** count(start=0, step=1) */
    public static final class Count extends ExtensibleObject {
        static final ArgParser ARGS = new ArgParser("count", "start=NULL, step=NULL");
        public static final PyType TYPE = define("count", Count.class, t -> {
            t.doc("Return a count object whose .__next__() method returns consecutive values.\n\n"
                    + "Equivalent to:\n    def count(firstval=0, step=1):\n        x = firstval\n"
                    + "        while 1:\n            yield x\n            x += step");
            t.tp_new = (type, args, kw) -> {
                PyObject[] a = ARGS.bind(args, kw);
                PyObject start = a[0];
                PyObject step = a[1];
                if (start != null && !isNumber(start) || step != null && !isNumber(step)) {
                    throw Err.type("a number is required");
                }
                return new Count(type, start == null ? PyInt.ZERO : start, step == null ? PyInt.ONE : step);
            };
            t.tp_iternext = self -> ((Count) self).next();
            t.tp_repr = self -> ((Count) self).repr();
            t.method0("__reduce__", self -> {
                Count c = (Count) self;
                if (c.longCnt == null) {
                    return PyTuple.of(self.type, PyTuple.of(PyInt.of(c.cnt)));
                }
                return PyTuple.of(self.type, PyTuple.of(c.longCnt, c.step));
            });
        });

        /** Fast mode: the count as a long (valid while longCnt is null). */
        private long cnt;
        /** Slow mode: the count as an object, or null in fast mode. */
        private PyObject longCnt;
        private final PyObject step;

        Count(PyType type, PyObject start, PyObject step) {
            super(type);
            this.step = step;
            boolean fast = start instanceof PyInt si && si.isSmall() && si.longValue() != Long.MAX_VALUE
                    && step instanceof PyInt st && st.isSmall() && st.longValue() == 1;
            if (fast) {
                cnt = ((PyInt) start).longValue();
            } else {
                longCnt = start;
            }
        }

        private boolean stepIsOne() {
            return step instanceof PyInt si && si.isSmall() && si.longValue() == 1;
        }

        PyObject current() {
            return longCnt == null ? PyInt.of(cnt) : longCnt;
        }

        private PyObject next() {
            if (longCnt == null) {
                if (cnt != Long.MAX_VALUE) {
                    return PyInt.of(cnt++);
                }
                longCnt = PyInt.of(Long.MAX_VALUE);
            }
            PyObject r = longCnt;
            longCnt = Abstract.add(r, step);
            return r;
        }

        private PyObject repr() {
            String name = type.getName();
            if (longCnt == null) {
                return PyStr.of(name + "(" + cnt + ")");
            }
            if (stepIsOne()) {
                return PyStr.of(name + "(" + Abstract.reprJava(longCnt) + ")");
            }
            return PyStr.of(name + "(" + Abstract.reprJava(longCnt) + ", " + Abstract.reprJava(step) + ")");
        }
    }

    // ---- cycle -------------------------------------------------------------------------------------

    /** cycle(iterable, /) */
    public static final class Cycle extends ExtensibleObject {
        public static final PyType TYPE = define("cycle", Cycle.class, t -> {
            t.doc("Return elements from the iterable until it is exhausted. Then repeat the sequence indefinitely.");
            t.tp_new = (type, args, kw) -> {
                PyObject[] a = positionalOnly(type, Cycle.TYPE, "cycle", args, kw, 1, 1);
                return new Cycle(type, Abstract.iter(a[0]));
            };
            t.tp_iternext = self -> ((Cycle) self).next();
            t.method0("__reduce__", self -> {
                Cycle c = (Cycle) self;
                if (c.it == null) {
                    PyObject it = Abstract.iter(c.saved);
                    if (c.index != 0) {
                        Abstract.callMethod(it, "__setstate__", PyInt.of(c.index));
                    }
                    return PyTuple.of(self.type, PyTuple.of(it), PyTuple.of(c.saved, Py.True));
                }
                return PyTuple.of(self.type, PyTuple.of(c.it), PyTuple.of(c.saved, Py.bool(c.firstpass)));
            });
            t.method1("__setstate__", (self, state) -> {
                Cycle c = (Cycle) self;
                PyTuple st = requireTuple(state);
                if (st.size() != 2 || !(st.get(0) instanceof PyList saved)) {
                    throw Err.type("state is not a tuple");
                }
                c.saved = saved;
                c.firstpass = Abstract.asInt(st.get(1)) != 0;
                c.index = 0;
                return Py.None;
            });
        });

        private PyObject it;
        private PyList saved = new PyList();
        private int index;
        private boolean firstpass;

        Cycle(PyType type, PyObject it) {
            super(type);
            this.it = it;
        }

        private PyObject next() {
            if (it != null) {
                PyObject item = ItertoolsModule.next(it);
                if (item != null) {
                    if (!firstpass) {
                        saved.append(item);
                    }
                    return item;
                }
                it = null;
            }
            if (saved.size() == 0) {
                return null;
            }
            PyObject item = saved.get(index);
            index++;
            if (index >= saved.size()) {
                index = 0;
            }
            return item;
        }
    }

    // ---- repeat -----------------------------------------------------------------------------------

    /** repeat(object [,times]) */
    public static final class Repeat extends ExtensibleObject {
        static final ArgParser ARGS = new ArgParser("repeat", "object, times=NULL");
        public static final PyType TYPE = define("repeat", Repeat.class, t -> {
            t.doc("repeat(object [,times]) -> create an iterator which returns the object\n"
                    + "for the specified number of times.  If not specified, returns the object\nendlessly.");
            t.tp_new = (type, args, kw) -> {
                PyObject[] a = ARGS.bind(args, kw);
                long cnt = -1;
                if (a[1] != null) {
                    cnt = Abstract.asSsize(a[1], PyExc.OverflowError);
                    if (cnt < 0) {
                        cnt = 0;
                    }
                }
                return new Repeat(type, a[0], cnt);
            };
            t.tp_iternext = self -> {
                Repeat r = (Repeat) self;
                if (r.cnt == 0) {
                    return null;
                }
                if (r.cnt > 0) {
                    r.cnt--;
                }
                return r.element;
            };
            t.tp_repr = self -> {
                Repeat r = (Repeat) self;
                PyType tp = self.type;
                org.ember.runtime.ThreadState ts = org.ember.runtime.ThreadState.current();
                if (!ts.reprEnter(self)) {
                    return PyStr.of("...");
                }
                try {
                    if (r.cnt == -1) {
                        return PyStr.of(tp.getName() + "(" + Abstract.reprJava(r.element) + ")");
                    }
                    return PyStr.of(tp.getName() + "(" + Abstract.reprJava(r.element) + ", " + r.cnt + ")");
                } finally {
                    ts.reprLeave(self);
                }
            };
            t.method0("__length_hint__", self -> {
                Repeat r = (Repeat) self;
                if (r.cnt == -1) {
                    throw Err.type("len() of unsized object");
                }
                return PyInt.of(r.cnt);
            });
            t.method0("__reduce__", self -> {
                Repeat r = (Repeat) self;
                if (r.cnt >= 0) {
                    return PyTuple.of(self.type, PyTuple.of(r.element, PyInt.of(r.cnt)));
                }
                return PyTuple.of(self.type, PyTuple.of(r.element));
            });
        });

        private final PyObject element;
        private long cnt;

        Repeat(PyType type, PyObject element, long cnt) {
            super(type);
            this.element = element;
            this.cnt = cnt;
        }
    }

    // ---- accumulate -------------------------------------------------------------------------------

    /** accumulate(iterable, func=None, *, initial=None) */
    public static final class Accumulate extends ExtensibleObject {
        static final ArgParser ARGS = new ArgParser("accumulate", "iterable, func=None, *, initial=None");
        public static final PyType TYPE = define("accumulate", Accumulate.class, t -> {
            t.doc("Return series of accumulated sums (or other binary function results).");
            t.tp_new = (type, args, kw) -> {
                PyObject[] a = ARGS.bind(args, kw);
                PyObject it = Abstract.iter(a[0]);
                return new Accumulate(type, it, a[1] == Py.None ? null : a[1], a[2]);
            };
            t.tp_iternext = self -> ((Accumulate) self).next();
            t.method0("__reduce__", self -> {
                Accumulate a = (Accumulate) self;
                PyObject binop = a.binop == null ? Py.None : a.binop;
                if (a.initial != Py.None) {
                    PyObject it = Abstract.call(Chain.TYPE, PyTuple.of(a.initial), a.it);
                    return PyTuple.of(self.type, PyTuple.of(it, binop), Py.None);
                }
                if (a.total == Py.None) {
                    PyObject it = Abstract.call(Chain.TYPE, PyTuple.of(a.total), a.it);
                    it = Abstract.call(Islice.TYPE, it, PyInt.ONE, Py.None);
                    return PyTuple.of(self.type, PyTuple.of(it, binop), Py.None);
                }
                return PyTuple.of(self.type, PyTuple.of(a.it, binop), a.total == null ? Py.None : a.total);
            });
            t.method1("__setstate__", (self, state) -> {
                ((Accumulate) self).total = state;
                return Py.None;
            });
        });

        private final PyObject it;
        private final PyObject binop;
        private PyObject initial;
        private PyObject total;

        Accumulate(PyType type, PyObject it, PyObject binop, PyObject initial) {
            super(type);
            this.it = it;
            this.binop = binop;
            this.initial = initial;
        }

        private PyObject next() {
            if (initial != Py.None) {
                total = initial;
                initial = Py.None;
                return total;
            }
            PyObject val = ItertoolsModule.next(it);
            if (val == null) {
                return null;
            }
            if (total == null) {
                total = val;
                return val;
            }
            total = binop == null ? Abstract.add(total, val) : Abstract.call(binop, total, val);
            return total;
        }
    }

    // ---- chain ---------------------------------------------------------------------------------------

    /** chain(*iterables) and chain.from_iterable(iterable) */
    public static final class Chain extends ExtensibleObject {
        public static final PyType TYPE = define("chain", Chain.class, t -> {
            t.doc("chain(*iterables) --> chain object\n\nReturn a chain object whose .__next__() method returns elements from the\n"
                    + "first iterable until it is exhausted, then elements from the next\niterable, until all of the iterables are exhausted.");
            t.tp_new = (type, args, kw) -> {
                noKeywordsFor(type, Chain.TYPE, "chain", kw);
                PyObject[] a = java.util.Arrays.copyOf(args, npos(args, kw));
                return new Chain(type, Abstract.iter(PyTuple.of(a)));
            };
            t.tp_iternext = self -> ((Chain) self).next();
            t.classMethod("from_iterable", NativeFunction.of("from_iterable",
                    (cls, iterable) -> new Chain((PyType) cls, Abstract.iter(iterable))));
            t.method0("__reduce__", self -> {
                Chain c = (Chain) self;
                if (c.source != null) {
                    if (c.active != null) {
                        return PyTuple.of(self.type, PyTuple.EMPTY, PyTuple.of(c.source, c.active));
                    }
                    return PyTuple.of(self.type, PyTuple.EMPTY, PyTuple.of(c.source));
                }
                return PyTuple.of(self.type, PyTuple.EMPTY);
            });
            t.method1("__setstate__", (self, state) -> {
                Chain c = (Chain) self;
                PyTuple st = requireTuple(state);
                ArgParser.checkPositional("__setstate__", st.size(), 1, 2);
                PyObject source = st.get(0);
                PyObject active = st.size() > 1 ? st.get(1) : null;
                if (!isIterator(source) || (active != null && !isIterator(active))) {
                    throw Err.type("Arguments must be iterators.");
                }
                c.source = source;
                c.active = active;
                return Py.None;
            });
            t.classMethod("__class_getitem__", NativeFunction.of("__class_getitem__", (cls, item) -> GenericAlias.of(cls, item)));
        });

        private PyObject source;
        private PyObject active;

        Chain(PyType type, PyObject source) {
            super(type);
            this.source = source;
        }

        private PyObject next() {
            while (source != null) {
                if (active == null) {
                    PyObject iterable = ItertoolsModule.next(source);
                    if (iterable == null) {
                        source = null;
                        return null;
                    }
                    try {
                        active = Abstract.iter(iterable);
                    } catch (PyException e) {
                        source = null;
                        throw e;
                    }
                }
                PyObject item = ItertoolsModule.next(active);
                if (item != null) {
                    return item;
                }
                active = null;
            }
            return null;
        }
    }

    // ---- compress ----------------------------------------------------------------------------------

    /** compress(data, selectors) */
    public static final class Compress extends ExtensibleObject {
        static final ArgParser ARGS = new ArgParser("compress", "data, selectors");
        public static final PyType TYPE = define("compress", Compress.class, t -> {
            t.doc("Return data elements corresponding to true selector elements.\n\n"
                    + "Forms a shorter iterator from selected data elements using the selectors to\n"
                    + "choose the data elements.");
            t.tp_new = (type, args, kw) -> {
                PyObject[] a = ARGS.bind(args, kw);
                PyObject data = Abstract.iter(a[0]);
                PyObject sel = Abstract.iter(a[1]);
                return new Compress(type, data, sel);
            };
            t.tp_iternext = self -> {
                Compress c = (Compress) self;
                while (true) {
                    PyObject datum = ItertoolsModule.next(c.data);
                    if (datum == null) {
                        return null;
                    }
                    PyObject selector = ItertoolsModule.next(c.selectors);
                    if (selector == null) {
                        return null;
                    }
                    if (Abstract.isTrue(selector)) {
                        return datum;
                    }
                }
            };
            t.method0("__reduce__", self -> {
                Compress c = (Compress) self;
                return PyTuple.of(self.type, PyTuple.of(c.data, c.selectors));
            });
        });

        private final PyObject data;
        private final PyObject selectors;

        Compress(PyType type, PyObject data, PyObject selectors) {
            super(type);
            this.data = data;
            this.selectors = selectors;
        }
    }

    // ---- dropwhile / takewhile / filterfalse / starmap ---------------------------------------------------

    /** dropwhile(predicate, iterable, /) */
    public static final class DropWhile extends ExtensibleObject {
        public static final PyType TYPE = define("dropwhile", DropWhile.class, t -> {
            t.doc("Drop items from the iterable while predicate(item) is true.\n\n"
                    + "Afterwards, return every element until the iterable is exhausted.");
            t.tp_new = (type, args, kw) -> {
                PyObject[] a = positionalOnly(type, DropWhile.TYPE, "dropwhile", args, kw, 2, 2);
                return new DropWhile(type, a[0], Abstract.iter(a[1]));
            };
            t.tp_iternext = self -> {
                DropWhile d = (DropWhile) self;
                Slots.Next nx = d.it.type.tp_iternext;
                while (true) {
                    PyObject item = nx.next(d.it);
                    if (item == null) {
                        return null;
                    }
                    if (d.start) {
                        return item;
                    }
                    if (!Abstract.isTrue(Abstract.call(d.func, item))) {
                        d.start = true;
                        return item;
                    }
                }
            };
            t.method0("__reduce__", self -> {
                DropWhile d = (DropWhile) self;
                return PyTuple.of(self.type, PyTuple.of(d.func, d.it), PyInt.of(d.start ? 1 : 0));
            });
            t.method1("__setstate__", (self, state) -> {
                ((DropWhile) self).start = Abstract.isTrue(state);
                return Py.None;
            });
        });

        private final PyObject func;
        private final PyObject it;
        private boolean start;

        DropWhile(PyType type, PyObject func, PyObject it) {
            super(type);
            this.func = func;
            this.it = it;
        }
    }

    /** takewhile(predicate, iterable, /) */
    public static final class TakeWhile extends ExtensibleObject {
        public static final PyType TYPE = define("takewhile", TakeWhile.class, t -> {
            t.doc("Return successive entries from an iterable as long as the predicate evaluates to true for each entry.");
            t.tp_new = (type, args, kw) -> {
                PyObject[] a = positionalOnly(type, TakeWhile.TYPE, "takewhile", args, kw, 2, 2);
                return new TakeWhile(type, a[0], Abstract.iter(a[1]));
            };
            t.tp_iternext = self -> {
                TakeWhile d = (TakeWhile) self;
                if (d.stop) {
                    return null;
                }
                PyObject item = ItertoolsModule.next(d.it);
                if (item == null) {
                    return null;
                }
                if (Abstract.isTrue(Abstract.call(d.func, item))) {
                    return item;
                }
                d.stop = true;
                return null;
            };
            t.method0("__reduce__", self -> {
                TakeWhile d = (TakeWhile) self;
                return PyTuple.of(self.type, PyTuple.of(d.func, d.it), PyInt.of(d.stop ? 1 : 0));
            });
            t.method1("__setstate__", (self, state) -> {
                ((TakeWhile) self).stop = Abstract.isTrue(state);
                return Py.None;
            });
        });

        private final PyObject func;
        private final PyObject it;
        private boolean stop;

        TakeWhile(PyType type, PyObject func, PyObject it) {
            super(type);
            this.func = func;
            this.it = it;
        }
    }

    /** filterfalse(function, iterable, /) */
    public static final class FilterFalse extends ExtensibleObject {
        public static final PyType TYPE = define("filterfalse", FilterFalse.class, t -> {
            t.doc("Return those items of iterable for which function(item) is false.\n\n"
                    + "If function is None, return the items that are false.");
            t.tp_new = (type, args, kw) -> {
                PyObject[] a = positionalOnly(type, FilterFalse.TYPE, "filterfalse", args, kw, 2, 2);
                return new FilterFalse(type, a[0], Abstract.iter(a[1]));
            };
            t.tp_iternext = self -> {
                FilterFalse f = (FilterFalse) self;
                boolean truth = f.func == Py.None || f.func == PyBool.TYPE;
                while (true) {
                    PyObject item = ItertoolsModule.next(f.it);
                    if (item == null) {
                        return null;
                    }
                    boolean ok = truth ? Abstract.isTrue(item) : Abstract.isTrue(Abstract.call(f.func, item));
                    if (!ok) {
                        return item;
                    }
                }
            };
            t.method0("__reduce__", self -> {
                FilterFalse f = (FilterFalse) self;
                return PyTuple.of(self.type, PyTuple.of(f.func, f.it));
            });
        });

        private final PyObject func;
        private final PyObject it;

        FilterFalse(PyType type, PyObject func, PyObject it) {
            super(type);
            this.func = func;
            this.it = it;
        }
    }

    /** starmap(function, iterable, /) */
    public static final class StarMap extends ExtensibleObject {
        public static final PyType TYPE = define("starmap", StarMap.class, t -> {
            t.doc("Return an iterator whose values are returned from the function evaluated with an argument tuple taken from the given sequence.");
            t.tp_new = (type, args, kw) -> {
                PyObject[] a = positionalOnly(type, StarMap.TYPE, "starmap", args, kw, 2, 2);
                return new StarMap(type, a[0], Abstract.iter(a[1]));
            };
            t.tp_iternext = self -> {
                StarMap s = (StarMap) self;
                PyObject args = ItertoolsModule.next(s.it);
                if (args == null) {
                    return null;
                }
                PyTuple targs = args.type == PyTuple.TYPE ? (PyTuple) args : PyTuple.fromIterable(args);
                return Abstract.call(s.func, targs.items().clone(), null);
            };
            t.method0("__reduce__", self -> {
                StarMap s = (StarMap) self;
                return PyTuple.of(self.type, PyTuple.of(s.func, s.it));
            });
        });

        private final PyObject func;
        private final PyObject it;

        StarMap(PyType type, PyObject func, PyObject it) {
            super(type);
            this.func = func;
            this.it = it;
        }
    }

    // ---- groupby --------------------------------------------------------------------------------------

    /** groupby(iterable, key=None) */
    public static final class GroupBy extends ExtensibleObject {
        static final ArgParser ARGS = new ArgParser("groupby", "iterable, key=None");
        public static final PyType TYPE = define("groupby", GroupBy.class, t -> {
            t.doc("make an iterator that returns consecutive keys and groups from the iterable\n\n  iterable\n"
                    + "    Elements to divide into groups according to the key function.\n  key\n"
                    + "    A function for computing the group category for each element.\n"
                    + "    If the key function is not specified or is None, the element itself\n    is used for grouping.");
            t.tp_new = (type, args, kw) -> {
                PyObject[] a = ARGS.bind(args, kw);
                return new GroupBy(type, Abstract.iter(a[0]), a[1]);
            };
            t.tp_iternext = self -> ((GroupBy) self).next();
            t.method0("__reduce__", self -> {
                GroupBy g = (GroupBy) self;
                if (g.tgtkey != null && g.currkey != null && g.currvalue != null) {
                    return PyTuple.of(self.type, PyTuple.of(g.it, g.keyfunc), PyTuple.of(g.currkey, g.currvalue, g.tgtkey));
                }
                return PyTuple.of(self.type, PyTuple.of(g.it, g.keyfunc));
            });
            t.method1("__setstate__", (self, state) -> {
                GroupBy g = (GroupBy) self;
                PyTuple st = requireTuple(state);
                ArgParser.checkPositional("__setstate__", st.size(), 3, 3);
                g.currkey = st.get(0);
                g.currvalue = st.get(1);
                g.tgtkey = st.get(2);
                return Py.None;
            });
        });

        private final PyObject it;
        private final PyObject keyfunc;
        private PyObject tgtkey;
        private PyObject currkey;
        private PyObject currvalue;
        private Grouper currgrouper;

        GroupBy(PyType type, PyObject it, PyObject keyfunc) {
            super(type);
            this.it = it;
            this.keyfunc = keyfunc;
        }

        /** Reads the next value; false at exhaustion. */
        private boolean step() {
            PyObject newvalue = ItertoolsModule.next(it);
            if (newvalue == null) {
                return false;
            }
            PyObject newkey = keyfunc == Py.None ? newvalue : Abstract.call(keyfunc, newvalue);
            currvalue = newvalue;
            currkey = newkey;
            return true;
        }

        private PyObject next() {
            currgrouper = null;
            while (true) {
                if (currkey == null) {
                    // pass
                } else if (tgtkey == null) {
                    break;
                } else if (!Abstract.richCompareBool(tgtkey, currkey, CompareOp.EQ)) {
                    break;
                }
                if (!step()) {
                    return null;
                }
            }
            tgtkey = currkey;
            Grouper g = new Grouper(Grouper.TYPE, this, tgtkey);
            currgrouper = g;
            return PyTuple.of(currkey, g);
        }
    }

    /** _grouper: one group of a groupby. */
    public static final class Grouper extends PyObject {
        public static final PyType TYPE = PyType.builtin("_grouper", Grouper.class, t -> {
            t.module(MODULE);
            t.tp_new = (type, args, kw) -> {
                PyObject[] a = positionalOnly(type, Grouper.TYPE, "_grouper", args, kw, 2, 2);
                if (!(a[0] instanceof GroupBy gb)) {
                    throw Err.type("_grouper() argument 1 must be itertools.groupby, not %s", Err.tn(a[0]));
                }
                Grouper g = new Grouper(Grouper.TYPE, gb, a[1]);
                gb.currgrouper = g;
                return g;
            };
            t.tp_iter = self -> self;
            t.tp_iternext = self -> {
                Grouper g = (Grouper) self;
                GroupBy gb = g.parent;
                if (gb.currgrouper != g) {
                    return null;
                }
                if (gb.currvalue == null) {
                    if (!gb.step()) {
                        return null;
                    }
                }
                if (!Abstract.richCompareBool(g.tgtkey, gb.currkey, CompareOp.EQ)) {
                    return null;
                }
                PyObject r = gb.currvalue;
                gb.currvalue = null;
                gb.currkey = null;
                return r;
            };
            t.method0("__reduce__", self -> {
                Grouper g = (Grouper) self;
                if (g.parent.currgrouper != g) {
                    return PyTuple.of(iterFn(), PyTuple.of(PyTuple.EMPTY));
                }
                return PyTuple.of(self.type, PyTuple.of(g.parent, g.tgtkey));
            });
        });

        private final GroupBy parent;
        private final PyObject tgtkey;

        Grouper(PyType type, GroupBy parent, PyObject tgtkey) {
            super(type);
            this.parent = parent;
            this.tgtkey = tgtkey;
        }
    }

    // ---- islice ---------------------------------------------------------------------------------------

    /** islice(iterable, stop) / islice(iterable, start, stop[, step]) */
    public static final class Islice extends ExtensibleObject {
        private static final String STOP_ERR = "Stop argument for islice() must be None or an integer: 0 <= x <= sys.maxsize.";

        public static final PyType TYPE = define("islice", Islice.class, t -> {
            t.doc("islice(iterable, stop) --> islice object\nislice(iterable, start, stop[, step]) --> islice object\n\n"
                    + "Return an iterator whose next() method returns selected values from an\n"
                    + "iterable.  If start is specified, will skip all preceding elements;\n"
                    + "otherwise, start defaults to zero.  Step defaults to one.  If\n"
                    + "specified as another value, step determines how many values are\n"
                    + "skipped between successive calls.  Works like a slice() on a list\n"
                    + "but returns an iterator.");
            t.tp_new = (type, args, kw) -> {
                PyObject[] a = positionalOnly(type, Islice.TYPE, "islice", args, kw, 2, 4);
                long start = 0;
                long stop = -1;
                long step = 1;
                if (a.length == 2) {
                    if (a[1] != Py.None) {
                        stop = ssizeOrMinusOne(a[1]);
                        if (stop == -1) {
                            throw Err.value(STOP_ERR);
                        }
                    }
                } else {
                    if (a[1] != Py.None) {
                        start = ssizeOrMinusOne(a[1]);
                    }
                    if (a[2] != Py.None) {
                        stop = ssizeOrMinusOne(a[2]);
                        if (stop == -1) {
                            throw Err.value(STOP_ERR);
                        }
                    }
                }
                if (start < 0 || stop < -1) {
                    throw Err.value("Indices for islice() must be None or an integer: 0 <= x <= sys.maxsize.");
                }
                if (a.length == 4 && a[3] != Py.None) {
                    step = ssizeOrMinusOne(a[3]);
                }
                if (step < 1) {
                    throw Err.value("Step for islice() must be a positive integer or None.");
                }
                return new Islice(type, Abstract.iter(a[0]), start, stop, step);
            };
            t.tp_iternext = self -> ((Islice) self).next();
            t.method0("__reduce__", self -> {
                Islice s = (Islice) self;
                if (s.it == null) {
                    return PyTuple.of(self.type, PyTuple.of(Abstract.iter(new PyList()), PyInt.ZERO));
                }
                PyObject stop = s.stop == -1 ? Py.None : PyInt.of(s.stop);
                return PyTuple.of(self.type, PyTuple.of(s.it, PyInt.of(s.nextIndex), stop, PyInt.of(s.step)), PyInt.of(s.cnt));
            });
            t.method1("__setstate__", (self, state) -> {
                ((Islice) self).cnt = Sequences.asSsizeT(state);
                return Py.None;
            });
        });

        /** PyNumber_AsSsize_t(o, NULL) with errors mapped to -1 (as islice does). */
        private static long ssizeOrMinusOne(PyObject o) {
            try {
                return Abstract.asSsize(o, null);
            } catch (PyException e) {
                return -1;
            }
        }

        private PyObject it;
        private long nextIndex;
        private final long stop;
        private final long step;
        private long cnt;

        Islice(PyType type, PyObject it, long start, long stop, long step) {
            super(type);
            this.it = it;
            this.nextIndex = start;
            this.stop = stop;
            this.step = step;
        }

        private PyObject next() {
            PyObject i = it;
            if (i == null) {
                return null;
            }
            Slots.Next nx = i.type.tp_iternext;
            while (cnt < nextIndex) {
                PyObject item = nx.next(i);
                if (item == null) {
                    it = null;
                    return null;
                }
                cnt++;
            }
            if (stop != -1 && cnt >= stop) {
                it = null;
                return null;
            }
            PyObject item = nx.next(i);
            if (item == null) {
                it = null;
                return null;
            }
            cnt++;
            long old = nextIndex;
            nextIndex += step;
            if (nextIndex < old || (stop != -1 && nextIndex > stop)) {
                nextIndex = stop;
            }
            return item;
        }
    }

    // ---- pairwise -------------------------------------------------------------------------------------

    /** pairwise(iterable, /) */
    public static class Pairwise extends PyObject {
        public static final PyType TYPE = define("pairwise", Pairwise.class, t -> {
            t.doc("Return an iterator of overlapping pairs taken from the input iterator.\n\n"
                    + "    s -> (s0,s1), (s1,s2), (s2, s3), ...");
            t.tp_new = (type, args, kw) -> {
                PyObject[] a = positionalOnly(type, Pairwise.TYPE, "pairwise", args, kw, 1, 1);
                PyObject it = Abstract.iter(a[0]);
                return type == Pairwise.TYPE ? new Pairwise(type, it) : new Derived(type, it);
            };
            t.tp_iternext = self -> {
                Pairwise p = (Pairwise) self;
                PyObject it = p.it;
                if (it == null) {
                    return null;
                }
                if (p.old == null) {
                    p.old = ItertoolsModule.next(it);
                    if (p.old == null) {
                        p.it = null;
                        return null;
                    }
                }
                PyObject nw = ItertoolsModule.next(it);
                if (nw == null) {
                    p.it = null;
                    p.old = null;
                    return null;
                }
                PyObject r = PyTuple.of(p.old, nw);
                p.old = nw;
                return r;
            };
        });

        private PyObject it;
        private PyObject old;

        Pairwise(PyType type, PyObject it) {
            super(type);
            this.it = it;
        }

        /** Instances of Python subclasses of pairwise. */
        public static final class Derived extends Pairwise implements Instance {
            private PyDict dict;
            private final PyObject[] slots;

            Derived(PyType type, PyObject it) {
                super(type, it);
                this.slots = type.slotCount == 0 ? null : new PyObject[type.slotCount];
            }

            @Override
            public PyDict getDict() {
                return dict == null ? dict = new PyDict() : dict;
            }

            @Override
            public PyDict getDictOrNull() {
                return dict;
            }

            @Override
            public void setDict(PyDict d) {
                dict = d;
            }

            @Override
            public PyObject[] slotValues() {
                return slots;
            }
        }
    }

    // ---- tee --------------------------------------------------------------------------------------------

    private static final int LINKCELLS = 57;

    /** _tee_dataobject: a link of up to 57 values read from the shared iterator. */
    public static final class TeeData extends PyObject {
        public static final PyType TYPE = PyType.builtin("_tee_dataobject", TeeData.class, t -> {
            t.module(MODULE);
            t.doc("teedataobject(iterable, values, next, /)\n--\n\nData container common to multiple tee objects.");
            t.tp_new = (type, args, kw) -> {
                PyObject[] a = positionalOnly(type, TeeData.TYPE, "teedataobject", args, kw, 3, 3);
                if (!(a[1] instanceof PyList values)) {
                    throw Err.type("teedataobject() argument 2 must be list, not %s", Err.tn(a[1]));
                }
                TeeData td = new TeeData(Abstract.iter(a[0]));
                int n = values.size();
                if (n > LINKCELLS) {
                    throw Err.value("_tee_dataobject too long to unpickle");
                }
                for (int i = 0; i < n; i++) {
                    td.values[i] = values.get(i);
                }
                td.numread = n;
                if (n == LINKCELLS) {
                    if (a[2] instanceof TeeData nx) {
                        td.nextlink = nx;
                    } else if (a[2] != Py.None) {
                        throw Err.value("_tee_dataobject next link must be a _tee_dataobject");
                    }
                } else if (a[2] != Py.None) {
                    throw Err.value("_tee_dataobject should not have a next link");
                }
                return td;
            };
            t.method0("__reduce__", self -> {
                TeeData td = (TeeData) self;
                PyObject[] vals = java.util.Arrays.copyOf(td.values, td.numread);
                return PyTuple.of(self.type, PyTuple.of(td.it, new PyList(vals), td.nextlink == null ? Py.None : td.nextlink));
            });
        });

        private final PyObject it;
        private final PyObject[] values = new PyObject[LINKCELLS];
        private int numread;
        private boolean running;
        private TeeData nextlink;

        TeeData(PyObject it) {
            super(TYPE);
            this.it = it;
        }

        TeeData jumplink() {
            if (nextlink == null) {
                nextlink = new TeeData(it);
            }
            return nextlink;
        }

        PyObject getItem(int i) {
            if (i < numread) {
                return values[i];
            }
            if (running) {
                throw Err.runtime("cannot re-enter the tee iterator");
            }
            running = true;
            PyObject value;
            try {
                value = ItertoolsModule.next(it);
            } finally {
                running = false;
            }
            if (value == null) {
                return null;
            }
            values[numread++] = value;
            return value;
        }
    }

    /** _tee: one of the iterators returned by tee(). */
    public static final class Tee extends PyObject {
        public static final PyType TYPE = PyType.builtin("_tee", Tee.class, t -> {
            t.module(MODULE);
            t.flags(PyType.HAS_WEAKREF);
            t.doc("Iterator wrapped to make it copyable.");
            t.tp_new = (type, args, kw) -> {
                PyObject[] a = positionalOnly(type, Tee.TYPE, "_tee", args, kw, 1, 1);
                return fromIterable(a[0]);
            };
            t.tp_iter = self -> self;
            t.tp_iternext = self -> {
                Tee to = (Tee) self;
                if (to.index >= LINKCELLS) {
                    to.data = to.data.jumplink();
                    to.index = 0;
                }
                PyObject v = to.data.getItem(to.index);
                if (v == null) {
                    return null;
                }
                to.index++;
                return v;
            };
            t.method0("__copy__", self -> ((Tee) self).copy());
            t.method0("__reduce__", self -> {
                Tee to = (Tee) self;
                return PyTuple.of(self.type, PyTuple.of(PyTuple.EMPTY), PyTuple.of(to.data, PyInt.of(to.index)));
            });
            t.method1("__setstate__", (self, state) -> {
                Tee to = (Tee) self;
                PyTuple st = requireTuple(state);
                if (st.size() != 2 || !(st.get(0) instanceof TeeData td)) {
                    throw Err.type("state is not a tuple");
                }
                int index = Abstract.asInt(st.get(1));
                if (index < 0 || index > LINKCELLS) {
                    throw Err.value("Index out of range");
                }
                to.data = td;
                to.index = index;
                return Py.None;
            });
        });

        private TeeData data;
        private int index;

        Tee(TeeData data, int index) {
            super(TYPE);
            this.data = data;
            this.index = index;
        }

        Tee copy() {
            return new Tee(data, index);
        }

        static Tee fromIterable(PyObject iterable) {
            PyObject it = Abstract.iter(iterable);
            if (it instanceof Tee t) {
                return t.copy();
            }
            return new Tee(new TeeData(it), 0);
        }
    }

    private static PyObject tee(PyObject self, PyObject[] a) {
        long n = Sequences.asSsizeT(a[1]);
        if (n < 0) {
            throw Err.value("n must be >= 0");
        }
        PyObject[] result = new PyObject[(int) n];
        if (n == 0) {
            return PyTuple.EMPTY;
        }
        PyObject it = Abstract.iter(a[0]);
        PyObject copyfunc = Abstract.lookupAttr(it, PyStr.of("__copy__"));
        PyObject copyable;
        if (copyfunc != null) {
            copyable = it;
        } else {
            copyable = Tee.fromIterable(it);
            copyfunc = Abstract.getAttr(copyable, "__copy__");
        }
        result[0] = copyable;
        for (int i = 1; i < n; i++) {
            result[i] = Abstract.call(copyfunc);
        }
        return PyTuple.of(result);
    }

    // ---- zip_longest -------------------------------------------------------------------------------------

    /** zip_longest(*iterables, fillvalue=None) */
    public static final class ZipLongest extends ExtensibleObject {
        public static final PyType TYPE = define("zip_longest", ZipLongest.class, t -> {
            t.doc("zip_longest(iter1 [,iter2 [...]], [fillvalue=None]) --> zip_longest object\n\n"
                    + "Return a zip_longest object whose .__next__() method returns a tuple where\n"
                    + "the i-th element comes from the i-th iterable argument.  The .__next__()\n"
                    + "method continues until the longest iterable in the argument sequence\n"
                    + "is exhausted and then it raises StopIteration.  When the shorter iterables\n"
                    + "are exhausted, the fillvalue is substituted in their place.  The fillvalue\n"
                    + "defaults to None or can be specified by a keyword argument.\n");
            t.tp_new = (type, args, kw) -> {
                int n = npos(args, kw);
                PyObject fill = Py.None;
                if (kw != null && kw.length > 0) {
                    if (kw.length != 1 || !kw[0].equals("fillvalue")) {
                        throw Err.type("zip_longest() got an unexpected keyword argument");
                    }
                    fill = args[n];
                }
                PyObject[] its = new PyObject[n];
                for (int i = 0; i < n; i++) {
                    its[i] = Abstract.iter(args[i]);
                }
                return new ZipLongest(type, its, fill);
            };
            t.tp_iternext = self -> ((ZipLongest) self).next();
            t.method0("__reduce__", self -> {
                ZipLongest z = (ZipLongest) self;
                PyObject[] a = new PyObject[z.its.length];
                for (int i = 0; i < a.length; i++) {
                    a[i] = z.its[i] == null ? PyTuple.EMPTY : z.its[i];
                }
                return PyTuple.of(self.type, PyTuple.of(a), z.fill);
            });
            t.method1("__setstate__", (self, state) -> {
                ((ZipLongest) self).fill = state;
                return Py.None;
            });
        });

        private final PyObject[] its;
        private int numactive;
        private PyObject fill;

        ZipLongest(PyType type, PyObject[] its, PyObject fill) {
            super(type);
            this.its = its;
            this.numactive = its.length;
            this.fill = fill;
        }

        private PyObject next() {
            int n = its.length;
            if (n == 0 || numactive == 0) {
                return null;
            }
            PyObject[] r = new PyObject[n];
            for (int i = 0; i < n; i++) {
                PyObject it = its[i];
                PyObject item;
                if (it == null) {
                    item = fill;
                } else {
                    try {
                        item = ItertoolsModule.next(it);
                    } catch (PyException e) {
                        numactive = 0;
                        throw e;
                    }
                    if (item == null) {
                        numactive--;
                        if (numactive == 0) {
                            return null;
                        }
                        item = fill;
                        its[i] = null;
                    }
                }
                r[i] = item;
            }
            return PyTuple.of(r);
        }
    }

    // ---- combinatorics -------------------------------------------------------------------------------------

    /** product(*iterables, repeat=1) */
    public static final class Product extends ExtensibleObject {
        public static final PyType TYPE = define("product", Product.class, t -> {
            t.doc("product(*iterables, repeat=1) --> product object\n\n"
                    + "Cartesian product of input iterables.  Equivalent to nested for-loops.\n\n"
                    + "For example, product(A, B) returns the same as:  ((x,y) for x in A for y in B).\n"
                    + "The leftmost iterators are in the outermost for-loop, so the output tuples\n"
                    + "cycle in a manner similar to an odometer (with the rightmost element changing\n"
                    + "on every iteration).\n\n"
                    + "To compute the product of an iterable with itself, specify the number\n"
                    + "of repetitions with the optional repeat keyword argument. For example,\n"
                    + "product(A, repeat=4) means the same as product(A, A, A, A).\n\n"
                    + "product('ab', range(3)) --> ('a',0) ('a',1) ('a',2) ('b',0) ('b',1) ('b',2)\n"
                    + "product((0,1), (0,1), (0,1)) --> (0,0,0) (0,0,1) (0,1,0) (0,1,1) (1,0,0) ...");
            t.tp_new = (type, args, kw) -> {
                int n = npos(args, kw);
                long repeat = 1;
                if (kw != null && kw.length > 0) {
                    for (String k : kw) {
                        if (!k.equals("repeat")) {
                            throw Err.type("'%s' is an invalid keyword argument for product()", k);
                        }
                    }
                    if (kw.length > 1) {
                        throw Err.type("product() takes at most 1 keyword argument (%d given)", kw.length);
                    }
                    repeat = Abstract.asSsize(args[n], PyExc.OverflowError);
                    if (repeat < 0) {
                        throw Err.value("repeat argument cannot be negative");
                    }
                }
                int npools;
                if (repeat == 0) {
                    npools = 0;
                } else {
                    if (n > 0 && repeat > (Integer.MAX_VALUE / 8) / n) {
                        throw Err.overflow("repeat argument too large");
                    }
                    npools = (int) (n * repeat);
                }
                PyTuple[] base = new PyTuple[n];
                for (int i = 0; i < n; i++) {
                    base[i] = PyTuple.fromIterable(args[i]);
                }
                PyObject[] pools = new PyObject[npools];
                for (int i = 0; i < npools; i++) {
                    pools[i] = base[i % Math.max(n, 1)];
                }
                return new Product(type, PyTuple.of(pools));
            };
            t.tp_iternext = self -> ((Product) self).next();
            t.method0("__reduce__", self -> {
                Product p = (Product) self;
                if (p.stopped) {
                    return PyTuple.of(self.type, PyTuple.of(PyTuple.EMPTY));
                }
                if (p.result == null) {
                    return PyTuple.of(self.type, p.pools);
                }
                PyObject[] idx = new PyObject[p.indices.length];
                for (int i = 0; i < idx.length; i++) {
                    idx[i] = PyInt.of(p.indices[i]);
                }
                return PyTuple.of(self.type, p.pools, PyTuple.of(idx));
            });
            t.method1("__setstate__", (self, state) -> {
                Product p = (Product) self;
                int n = p.pools.size();
                if (!(state instanceof PyTuple st) || st.size() != n) {
                    throw Err.value("invalid arguments");
                }
                for (int i = 0; i < n; i++) {
                    long index = Sequences.asSsizeT(st.get(i));
                    int poolsize = ((PyTuple) p.pools.get(i)).size();
                    if (poolsize == 0) {
                        p.stopped = true;
                        return Py.None;
                    }
                    if (index < 0) {
                        index = 0;
                    } else if (index > poolsize - 1) {
                        index = poolsize - 1;
                    }
                    p.indices[i] = (int) index;
                }
                PyObject[] r = new PyObject[n];
                for (int i = 0; i < n; i++) {
                    r[i] = ((PyTuple) p.pools.get(i)).get(p.indices[i]);
                }
                p.result = r;
                return Py.None;
            });
        });

        private final PyTuple pools;
        private final int[] indices;
        private PyObject[] result;
        private boolean stopped;

        Product(PyType type, PyTuple pools) {
            super(type);
            this.pools = pools;
            this.indices = new int[pools.size()];
        }

        private PyObject next() {
            if (stopped) {
                return null;
            }
            int npools = pools.size();
            if (result == null) {
                PyObject[] r = new PyObject[npools];
                for (int i = 0; i < npools; i++) {
                    PyTuple pool = (PyTuple) pools.get(i);
                    if (pool.size() == 0) {
                        stopped = true;
                        return null;
                    }
                    r[i] = pool.get(0);
                }
                result = r;
            } else {
                PyObject[] r = result.clone();
                int i;
                for (i = npools - 1; i >= 0; i--) {
                    PyTuple pool = (PyTuple) pools.get(i);
                    indices[i]++;
                    if (indices[i] == pool.size()) {
                        indices[i] = 0;
                        r[i] = pool.get(0);
                    } else {
                        r[i] = pool.get(indices[i]);
                        break;
                    }
                }
                if (i < 0) {
                    stopped = true;
                    return null;
                }
                result = r;
            }
            return PyTuple.of(result.clone());
        }
    }

    /** combinations(iterable, r) */
    public static final class Combinations extends ExtensibleObject {
        static final ArgParser ARGS = new ArgParser("combinations", "iterable, r");
        public static final PyType TYPE = define("combinations", Combinations.class, t -> {
            t.doc("Return successive r-length combinations of elements in the iterable.\n\n"
                    + "combinations(range(4), 3) --> (0,1,2), (0,1,3), (0,2,3), (1,2,3)");
            t.tp_new = (type, args, kw) -> {
                PyObject[] a = ARGS.bind(args, kw);
                PyTuple pool = PyTuple.fromIterable(a[0]);
                long r = Sequences.asSsizeT(a[1]);
                if (r < 0) {
                    throw Err.value("r must be non-negative");
                }
                return new Combinations(type, pool, (int) Math.min(r, Integer.MAX_VALUE - 8));
            };
            t.tp_iternext = self -> ((Combinations) self).next();
            t.method0("__reduce__", self -> {
                Combinations c = (Combinations) self;
                if (c.result == null) {
                    return PyTuple.of(self.type, PyTuple.of(c.pool, PyInt.of(c.r)));
                }
                if (c.stopped) {
                    return PyTuple.of(self.type, PyTuple.of(PyTuple.EMPTY, PyInt.of(c.r)));
                }
                return PyTuple.of(self.type, PyTuple.of(c.pool, PyInt.of(c.r)), intTuple(c.indices, c.r));
            });
            t.method1("__setstate__", (self, state) -> {
                Combinations c = (Combinations) self;
                if (!(state instanceof PyTuple st) || st.size() != c.r) {
                    throw Err.value("invalid arguments");
                }
                int n = c.pool.size();
                for (int i = 0; i < c.r; i++) {
                    long index = Sequences.asSsizeT(st.get(i));
                    long max = i + n - c.r;
                    if (index > max) {
                        index = max;
                    }
                    if (index < 0) {
                        index = 0;
                    }
                    c.indices[i] = (int) index;
                }
                c.result = fill(c.pool, c.indices, c.r);
                return Py.None;
            });
        });

        private final PyTuple pool;
        private final int r;
        private final int[] indices;
        private PyObject[] result;
        private boolean stopped;

        Combinations(PyType type, PyTuple pool, int r) {
            super(type);
            this.pool = pool;
            this.r = r;
            this.indices = new int[r];
            for (int i = 0; i < r; i++) {
                indices[i] = i;
            }
            this.stopped = r > pool.size();
        }

        private PyObject next() {
            if (stopped) {
                return null;
            }
            int n = pool.size();
            if (result == null) {
                result = fill(pool, indices, r);
            } else {
                int i = r - 1;
                while (i >= 0 && indices[i] == i + n - r) {
                    i--;
                }
                if (i < 0) {
                    stopped = true;
                    return null;
                }
                indices[i]++;
                for (int j = i + 1; j < r; j++) {
                    indices[j] = indices[j - 1] + 1;
                }
                PyObject[] res = result.clone();
                for (; i < r; i++) {
                    res[i] = pool.get(indices[i]);
                }
                result = res;
            }
            return PyTuple.of(result.clone());
        }
    }

    private static PyObject[] fill(PyTuple pool, int[] indices, int r) {
        PyObject[] res = new PyObject[r];
        for (int i = 0; i < r; i++) {
            res[i] = pool.get(indices[i]);
        }
        return res;
    }

    private static PyTuple intTuple(int[] a, int n) {
        PyObject[] r = new PyObject[n];
        for (int i = 0; i < n; i++) {
            r[i] = PyInt.of(a[i]);
        }
        return PyTuple.of(r);
    }

    /** combinations_with_replacement(iterable, r) */
    public static final class CombinationsWithReplacement extends ExtensibleObject {
        static final ArgParser ARGS = new ArgParser("combinations_with_replacement", "iterable, r");
        public static final PyType TYPE = define("combinations_with_replacement", CombinationsWithReplacement.class, t -> {
            t.doc("Return successive r-length combinations of elements in the iterable allowing individual elements to have successive repeats.\n\n"
                    + "combinations_with_replacement('ABC', 2) --> ('A','A'), ('A','B'), ('A','C'), ('B','B'), ('B','C'), ('C','C')");
            t.tp_new = (type, args, kw) -> {
                PyObject[] a = ARGS.bind(args, kw);
                PyTuple pool = PyTuple.fromIterable(a[0]);
                long r = Sequences.asSsizeT(a[1]);
                if (r < 0) {
                    throw Err.value("r must be non-negative");
                }
                return new CombinationsWithReplacement(type, pool, (int) Math.min(r, Integer.MAX_VALUE - 8));
            };
            t.tp_iternext = self -> ((CombinationsWithReplacement) self).next();
            t.method0("__reduce__", self -> {
                CombinationsWithReplacement c = (CombinationsWithReplacement) self;
                if (c.result == null) {
                    return PyTuple.of(self.type, PyTuple.of(c.pool, PyInt.of(c.r)));
                }
                if (c.stopped) {
                    return PyTuple.of(self.type, PyTuple.of(PyTuple.EMPTY, PyInt.of(c.r)));
                }
                return PyTuple.of(self.type, PyTuple.of(c.pool, PyInt.of(c.r)), intTuple(c.indices, c.r));
            });
            t.method1("__setstate__", (self, state) -> {
                CombinationsWithReplacement c = (CombinationsWithReplacement) self;
                if (!(state instanceof PyTuple st) || st.size() != c.r) {
                    throw Err.value("invalid arguments");
                }
                int n = c.pool.size();
                for (int i = 0; i < c.r; i++) {
                    long index = Sequences.asSsizeT(st.get(i));
                    if (index < 0) {
                        index = 0;
                    } else if (index > n - 1) {
                        index = n - 1;
                    }
                    c.indices[i] = (int) index;
                }
                c.result = fill(c.pool, c.indices, c.r);
                return Py.None;
            });
        });

        private final PyTuple pool;
        private final int r;
        private final int[] indices;
        private PyObject[] result;
        private boolean stopped;

        CombinationsWithReplacement(PyType type, PyTuple pool, int r) {
            super(type);
            this.pool = pool;
            this.r = r;
            this.indices = new int[r];
            this.stopped = pool.size() == 0 && r > 0;
        }

        private PyObject next() {
            if (stopped) {
                return null;
            }
            int n = pool.size();
            if (result == null) {
                PyObject[] res = new PyObject[r];
                if (n > 0) {
                    java.util.Arrays.fill(res, pool.get(0));
                }
                result = res;
            } else {
                int i = r - 1;
                while (i >= 0 && indices[i] == n - 1) {
                    i--;
                }
                if (i < 0) {
                    stopped = true;
                    return null;
                }
                int index = indices[i] + 1;
                PyObject elem = pool.get(index);
                PyObject[] res = result.clone();
                for (; i < r; i++) {
                    indices[i] = index;
                    res[i] = elem;
                }
                result = res;
            }
            return PyTuple.of(result.clone());
        }
    }

    /** permutations(iterable, r=None) */
    public static final class Permutations extends ExtensibleObject {
        static final ArgParser ARGS = new ArgParser("permutations", "iterable, r=None");
        public static final PyType TYPE = define("permutations", Permutations.class, t -> {
            t.doc("Return successive r-length permutations of elements in the iterable.\n\n"
                    + "permutations(range(3), 2) --> (0,1), (0,2), (1,0), (1,2), (2,0), (2,1)");
            t.tp_new = (type, args, kw) -> {
                PyObject[] a = ARGS.bind(args, kw);
                PyTuple pool = PyTuple.fromIterable(a[0]);
                long r = pool.size();
                if (a[1] != Py.None) {
                    if (!(a[1] instanceof PyInt ri)) {
                        throw Err.type("Expected int as r");
                    }
                    r = Sequences.asSsizeT(ri);
                }
                if (r < 0) {
                    throw Err.value("r must be non-negative");
                }
                return new Permutations(type, pool, (int) Math.min(r, Integer.MAX_VALUE - 8));
            };
            t.tp_iternext = self -> ((Permutations) self).next();
            t.method0("__reduce__", self -> {
                Permutations p = (Permutations) self;
                if (p.result == null) {
                    return PyTuple.of(self.type, PyTuple.of(p.pool, PyInt.of(p.r)));
                }
                if (p.stopped) {
                    return PyTuple.of(self.type, PyTuple.of(PyTuple.EMPTY, PyInt.of(p.r)));
                }
                return PyTuple.of(self.type, PyTuple.of(p.pool, PyInt.of(p.r)),
                        PyTuple.of(intTuple(p.indices, p.indices.length), intTuple(p.cycles, p.r)));
            });
            t.method1("__setstate__", (self, state) -> {
                Permutations p = (Permutations) self;
                PyTuple st = requireTuple(state);
                if (st.size() != 2 || !(st.get(0) instanceof PyTuple indices) || !(st.get(1) instanceof PyTuple cycles)) {
                    throw Err.type("state is not a tuple");
                }
                int n = p.pool.size();
                if (indices.size() != n || cycles.size() != p.r) {
                    throw Err.value("invalid arguments");
                }
                for (int i = 0; i < n; i++) {
                    long index = Sequences.asSsizeT(indices.get(i));
                    if (index < 0) {
                        index = 0;
                    } else if (index > n - 1) {
                        index = n - 1;
                    }
                    p.indices[i] = (int) index;
                }
                for (int i = 0; i < p.r; i++) {
                    long index = Sequences.asSsizeT(cycles.get(i));
                    if (index < 1) {
                        index = 1;
                    } else if (index > n - i) {
                        index = n - i;
                    }
                    p.cycles[i] = (int) index;
                }
                p.result = fill(p.pool, p.indices, p.r);
                return Py.None;
            });
        });

        private final PyTuple pool;
        private final int r;
        private final int[] indices;
        private final int[] cycles;
        private PyObject[] result;
        private boolean stopped;

        Permutations(PyType type, PyTuple pool, int r) {
            super(type);
            this.pool = pool;
            this.r = r;
            int n = pool.size();
            this.indices = new int[n];
            for (int i = 0; i < n; i++) {
                indices[i] = i;
            }
            this.cycles = new int[r];
            for (int i = 0; i < r; i++) {
                cycles[i] = n - i;
            }
            this.stopped = r > n;
        }

        private PyObject next() {
            if (stopped) {
                return null;
            }
            int n = pool.size();
            if (result == null) {
                result = fill(pool, indices, r);
            } else {
                if (n == 0) {
                    stopped = true;
                    return null;
                }
                PyObject[] res = result.clone();
                int i;
                for (i = r - 1; i >= 0; i--) {
                    cycles[i]--;
                    if (cycles[i] == 0) {
                        int index = indices[i];
                        System.arraycopy(indices, i + 1, indices, i, n - 1 - i);
                        indices[n - 1] = index;
                        cycles[i] = n - i;
                    } else {
                        int j = cycles[i];
                        int index = indices[i];
                        indices[i] = indices[n - j];
                        indices[n - j] = index;
                        for (int k = i; k < r; k++) {
                            res[k] = pool.get(indices[k]);
                        }
                        break;
                    }
                }
                if (i < 0) {
                    stopped = true;
                    return null;
                }
                result = res;
            }
            return PyTuple.of(result.clone());
        }
    }

    // ---- the module --------------------------------------------------------------------------------------

    private static final PyBuiltinFunction TEE = PyBuiltinFunction.function(MODULE,
            NativeFunction.of("tee", "iterable, n=2, /", ItertoolsModule::tee));

    private static final String DOC = "Functional tools for creating and using iterators.\n\nInfinite iterators:\n"
            + "count(start=0, step=1) --> start, start+step, start+2*step, ...\n"
            + "cycle(p) --> p0, p1, ... plast, p0, p1, ...\n"
            + "repeat(elem [,n]) --> elem, elem, elem, ... endlessly or up to n times\n\n"
            + "Iterators terminating on the shortest input sequence:\n"
            + "accumulate(p[, func]) --> p0, p0+p1, p0+p1+p2\n"
            + "chain(p, q, ...) --> p0, p1, ... plast, q0, q1, ...\n"
            + "chain.from_iterable([p, q, ...]) --> p0, p1, ... plast, q0, q1, ...\n"
            + "compress(data, selectors) --> (d[0] if s[0]), (d[1] if s[1]), ...\n"
            + "dropwhile(pred, seq) --> seq[n], seq[n+1], starting when pred fails\n"
            + "groupby(iterable[, keyfunc]) --> sub-iterators grouped by value of keyfunc(v)\n"
            + "filterfalse(pred, seq) --> elements of seq where pred(elem) is False\n"
            + "islice(seq, [start,] stop [, step]) --> elements from\n       seq[start:stop:step]\n"
            + "pairwise(s) --> (s[0],s[1]), (s[1],s[2]), (s[2], s[3]), ...\n"
            + "starmap(fun, seq) --> fun(*seq[0]), fun(*seq[1]), ...\n"
            + "tee(it, n=2) --> (it1, it2 , ... itn) splits one iterator into n\n"
            + "takewhile(pred, seq) --> seq[0], seq[1], until pred fails\n"
            + "zip_longest(p, q, ...) --> (p[0], q[0]), (p[1], q[1]), ...\n\n"
            + "Combinatoric generators:\n"
            + "product(p, q, ... [repeat=1]) --> cartesian product\n"
            + "permutations(p[, r])\n"
            + "combinations(p, r)\n"
            + "combinations_with_replacement(p, r)\n";

    private static final PyType[] TYPES = {Count.TYPE, Cycle.TYPE, Repeat.TYPE, Accumulate.TYPE, Chain.TYPE,
        Compress.TYPE, DropWhile.TYPE, TakeWhile.TYPE, FilterFalse.TYPE, StarMap.TYPE, GroupBy.TYPE, Grouper.TYPE,
        Islice.TYPE, Pairwise.TYPE, TeeData.TYPE, Tee.TYPE, ZipLongest.TYPE, Product.TYPE, Combinations.TYPE,
        CombinationsWithReplacement.TYPE, Permutations.TYPE};

    public static PyModule create(Interpreter interp) {
        PyType.ready(TYPES);
        PyModule m = new PyModule(MODULE);
        m.put("__doc__", PyStr.of(DOC));
        for (PyType t : TYPES) {
            m.put(t.getName(), t);
        }
        m.put("tee", TEE);
        return m;
    }
}
