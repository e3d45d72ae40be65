package org.ember.modules;

import java.lang.ref.ReferenceQueue;
import java.lang.ref.WeakReference;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;

import org.ember.objects.Abstract;
import org.ember.objects.Err;
import org.ember.objects.NativeFunction;
import org.ember.objects.Py;
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
import org.ember.runtime.Interpreter;
import org.ember.runtime.ThreadState;

/**
 * Module _abc: the accelerator behind abc.ABCMeta (CPython's Modules/_abc.c). Each ABC keeps
 * an {@code _abc_impl} object holding its registry and its positive and negative caches (weak
 * sets of classes); the negative caches are invalidated by a per-interpreter counter bumped
 * by every register(). It also maintains the SEQUENCE/MAPPING type flags that match
 * statements test: from {@code __abc_tpflags__} in an ABC's namespace, and for classes
 * registered with such an ABC (and their subclasses).
 */
public final class AbcModule {
    private AbcModule() {}

    /** CPython's Py_TPFLAGS_SEQUENCE and Py_TPFLAGS_MAPPING, as written in __abc_tpflags__. */
    private static final long CPY_SEQUENCE = 1L << 5;
    private static final long CPY_MAPPING = 1L << 6;
    private static final int COLLECTION_FLAGS = PyType.SEQUENCE | PyType.MAPPING;

    /** Per-interpreter invalidation counter (abc.get_cache_token()). */
    public static final class State {
        long invalidationCounter;
    }

    static State state(Interpreter interp) {
        return interp.moduleState(State.class, i -> new State());
    }

    /** A set of objects held weakly and compared by identity. */
    static final class WeakSet {
        private final HashMap<Key, Key> map = new HashMap<>();
        private final ReferenceQueue<PyObject> queue = new ReferenceQueue<>();

        static final class Key extends WeakReference<PyObject> {
            final int hash;

            Key(PyObject o, ReferenceQueue<PyObject> q) {
                super(o, q);
                hash = System.identityHashCode(o);
            }

            @Override
            public int hashCode() {
                return hash;
            }

            @Override
            public boolean equals(Object other) {
                if (this == other) {
                    return true;
                }
                if (!(other instanceof Key k) || k.hash != hash) {
                    return false;
                }
                PyObject a = get();
                return a != null && a == k.get();
            }
        }

        private void expunge() {
            for (Object r; (r = queue.poll()) != null;) {
                map.remove(r);
            }
        }

        synchronized boolean contains(PyObject o) {
            if (map.isEmpty()) {
                return false;
            }
            expunge();
            return map.containsKey(new Key(o, null));
        }

        synchronized void add(PyObject o) {
            expunge();
            Key k = new Key(o, queue);
            map.putIfAbsent(k, k);
        }

        synchronized void clear() {
            map.clear();
        }

        synchronized boolean isEmpty() {
            expunge();
            return map.isEmpty();
        }

        synchronized List<PyObject> snapshot() {
            expunge();
            List<PyObject> out = new ArrayList<>();
            for (Key k : map.keySet()) {
                PyObject o = k.get();
                if (o != null) {
                    out.add(o);
                }
            }
            return out;
        }
    }

    /** The _abc_data object stored as cls._abc_impl. */
    static final class AbcData extends PyObject {
        static final PyType TYPE = PyType.builtin("_abc_data", AbcData.class, AbcData::define);

        final WeakSet registry = new WeakSet();
        final WeakSet cache = new WeakSet();
        final WeakSet negativeCache = new WeakSet();
        long negativeCacheVersion;

        AbcData(long version) {
            super(TYPE);
            this.negativeCacheVersion = version;
        }

        private static void define(PyType t) {
            t.doc("Internal state held by ABC machinery.");
            t.flags(PyType.DISALLOW_INSTANTIATION);
            t.module("_abc");
        }
    }

    private static final PyStr S_ABC_IMPL = PyStr.immortal("_abc_impl");
    private static final PyStr S_TPFLAGS = PyStr.immortal("__abc_tpflags__");
    private static final PyStr S_ISABSTRACT = PyStr.immortal("__isabstractmethod__");
    private static final PyStr S_ABSTRACTMETHODS = PyStr.immortal("__abstractmethods__");
    private static final PyStr S_SUBCLASSCHECK = PyStr.immortal("__subclasscheck__");
    private static final PyStr S_SUBCLASSHOOK = PyStr.immortal("__subclasshook__");
    private static final PyStr S_CLASS = PyStr.immortal("__class__");

    static AbcData impl(PyObject self) {
        PyObject o = Abstract.getAttr(self, S_ABC_IMPL);
        if (!(o instanceof AbcData d)) {
            throw Err.type("_abc_impl is set to a wrong type");
        }
        return d;
    }

    static boolean isAbstract(PyObject value) {
        PyObject v = Abstract.lookupAttr(value, S_ISABSTRACT);
        return v != null && Abstract.isTrue(v);
    }

    /** __abstractmethods__ of a new ABC: abstract names of its namespace and inherited abstract names still abstract. */
    static void computeAbstractMethods(PyObject self) {
        List<PyObject> abstracts = new ArrayList<>();
        PyObject nsd = Abstract.getAttr(self, "__dict__");
        PyObject items = Abstract.callMethod(nsd, "items");
        PyObject it = Abstract.iter(items);
        for (PyObject item = Abstract.next(it); item != null; item = Abstract.next(it)) {
            if (!(item instanceof PyTuple t) || t.size() != 2) {
                throw Err.type("items() returned item which is not a 2-tuple");
            }
            if (isAbstract(t.get(1))) {
                abstracts.add(t.get(0));
            }
        }
        PyObject bases = Abstract.getAttr(self, "__bases__");
        if (!(bases instanceof PyTuple bt)) {
            throw Err.type("__bases__ is not tuple");
        }
        for (PyObject base : bt.items()) {
            PyObject baseAbstracts = Abstract.lookupAttr(base, S_ABSTRACTMETHODS);
            if (baseAbstracts == null) {
                continue;
            }
            PyObject bit = Abstract.iter(baseAbstracts);
            for (PyObject name = Abstract.next(bit); name != null; name = Abstract.next(bit)) {
                if (!(name instanceof PyStr ns)) {
                    throw Err.type("attribute name must be string, not '%s'", Err.tn(name));
                }
                PyObject value = Abstract.lookupAttr(self, ns);
                if (value != null && isAbstract(value)) {
                    abstracts.add(name);
                }
            }
        }
        PyObject fs = Abstract.call(org.ember.objects.PyFrozenSet.TYPE, new PyList(abstracts));
        Abstract.setAttr(self, S_ABSTRACTMETHODS, fs);
    }

    static PyObject abcInit(PyObject self) {
        computeAbstractMethods(self);
        State st = state(ThreadState.current().interp);
        AbcData data = new AbcData(st.invalidationCounter);
        Abstract.setAttr(self, S_ABC_IMPL, data);
        if (self instanceof PyType cls) {
            PyDict dict = cls.getDict();
            PyObject flags = dict.getItem(S_TPFLAGS);
            if (flags != null) {
                if (flags.type == PyInt.TYPE) {
                    long val = Abstract.asLong(flags);
                    if ((val & (CPY_SEQUENCE | CPY_MAPPING)) == (CPY_SEQUENCE | CPY_MAPPING)) {
                        throw Err.type("__abc_tpflags__ cannot be both Py_TPFLAGS_SEQUENCE and Py_TPFLAGS_MAPPING");
                    }
                    if ((val & CPY_SEQUENCE) != 0) {
                        cls.flags |= PyType.SEQUENCE;
                    }
                    if ((val & CPY_MAPPING) != 0) {
                        cls.flags |= PyType.MAPPING;
                    }
                }
                dict.pop(S_TPFLAGS);
            }
        }
        return Py.None;
    }

    static void setCollectionFlagRecursive(PyType child, int flag) {
        if ((child.flags & PyType.IMMUTABLE) != 0 || (child.flags & COLLECTION_FLAGS) == flag) {
            return;
        }
        child.flags = (child.flags & ~COLLECTION_FLAGS) | flag;
        PyObject subs = Abstract.callMethod(child, "__subclasses__");
        if (subs instanceof PyList l) {
            for (PyObject g : l.toArray()) {
                if (g instanceof PyType gt) {
                    setCollectionFlagRecursive(gt, flag);
                }
            }
        }
    }

    static PyObject abcRegister(PyObject self, PyObject subclass) {
        if (!(subclass instanceof PyType)) {
            throw Err.type("Can only register classes");
        }
        if (Abstract.isSubclass(subclass, self)) {
            return subclass;
        }
        if (Abstract.isSubclass(self, subclass)) {
            throw Err.runtime("Refusing to create an inheritance cycle");
        }
        AbcData impl = impl(self);
        impl.registry.add(subclass);
        state(ThreadState.current().interp).invalidationCounter++;
        if (self instanceof PyType cls) {
            int flag = cls.flags & COLLECTION_FLAGS;
            if (flag != 0) {
                setCollectionFlagRecursive((PyType) subclass, flag);
            }
        }
        return subclass;
    }

    static PyObject abcInstancecheck(PyObject self, PyObject instance) {
        AbcData impl = impl(self);
        PyObject subclass = Abstract.getAttr(instance, S_CLASS);
        if (impl.cache.contains(subclass)) {
            return Py.True;
        }
        PyObject subtype = instance.type;
        if (subtype == subclass) {
            long counter = state(ThreadState.current().interp).invalidationCounter;
            if (impl.negativeCacheVersion == counter && impl.negativeCache.contains(subclass)) {
                return Py.False;
            }
            return Abstract.callMethod(self, S_SUBCLASSCHECK, subclass);
        }
        PyObject result = Abstract.callMethod(self, S_SUBCLASSCHECK, subclass);
        if (Abstract.isTrue(result)) {
            return result;
        }
        return Abstract.callMethod(self, S_SUBCLASSCHECK, subtype);
    }

    static PyObject abcSubclasscheck(PyObject self, PyObject subclass) {
        if (!(subclass instanceof PyType sub)) {
            throw Err.type("issubclass() arg 1 must be a class");
        }
        AbcData impl = impl(self);
        if (impl.cache.contains(subclass)) {
            return Py.True;
        }
        State st = state(ThreadState.current().interp);
        if (impl.negativeCacheVersion < st.invalidationCounter) {
            impl.negativeCache.clear();
            impl.negativeCacheVersion = st.invalidationCounter;
        } else if (impl.negativeCache.contains(subclass)) {
            return Py.False;
        }
        PyObject ok = Abstract.callMethod(self, S_SUBCLASSHOOK, subclass);
        if (ok == Py.True) {
            impl.cache.add(subclass);
            return Py.True;
        }
        if (ok == Py.False) {
            impl.negativeCache.add(subclass);
            return Py.False;
        }
        if (ok != Py.NotImplemented) {
            throw Err.format(PyExc.AssertionError, "__subclasshook__ must return either False, True, or NotImplemented");
        }
        for (PyType t : sub.getMro()) {
            if (t == self) {
                impl.cache.add(subclass);
                return Py.True;
            }
        }
        if (impl.registry.contains(subclass)) {
            return Py.True;
        }
        for (PyObject rkey : impl.registry.snapshot()) {
            if (Abstract.isSubclass(subclass, rkey)) {
                impl.cache.add(subclass);
                return Py.True;
            }
        }
        PyObject subclasses = Abstract.callMethod(self, "__subclasses__");
        if (!(subclasses instanceof PyList sl)) {
            throw Err.type("__subclasses__() must return a list");
        }
        for (PyObject scls : sl.toArray()) {
            if (Abstract.isSubclass(subclass, scls)) {
                impl.cache.add(subclass);
                return Py.True;
            }
        }
        impl.negativeCache.add(subclass);
        return Py.False;
    }

    private static PyObject weakSetOf(WeakSet s) {
        PyList refs = new PyList();
        for (PyObject o : s.snapshot()) {
            try {
                refs.append(Abstract.call(WeakrefModule.Ref.TYPE, o));
            } catch (PyException e) {
                // not weakly referenceable: leave it out
            }
        }
        return Abstract.call(org.ember.objects.PySet.TYPE, refs);
    }

    private static final NativeFunction[] FUNCTIONS = {
        NativeFunction.of("get_cache_token", s -> PyInt.of(state(ThreadState.current().interp).invalidationCounter)),
        NativeFunction.of("_abc_init", (s, self) -> abcInit(self)),
        NativeFunction.of("_abc_register", (s, self, sub) -> abcRegister(self, sub)),
        NativeFunction.of("_abc_instancecheck", (s, self, inst) -> abcInstancecheck(self, inst)),
        NativeFunction.of("_abc_subclasscheck", (s, self, sub) -> abcSubclasscheck(self, sub)),
        NativeFunction.of("_get_dump", (s, self) -> {
            AbcData impl = impl(self);
            return PyTuple.of(weakSetOf(impl.registry), weakSetOf(impl.cache), weakSetOf(impl.negativeCache),
                    PyInt.of(impl.negativeCacheVersion));
        }),
        NativeFunction.of("_reset_registry", (s, self) -> {
            impl(self).registry.clear();
            return Py.None;
        }),
        NativeFunction.of("_reset_caches", (s, self) -> {
            AbcData impl = impl(self);
            impl.cache.clear();
            impl.negativeCache.clear();
            return Py.None;
        }),
    };

    public static PyModule create(Interpreter interp) {
        PyType.ready(AbcData.TYPE);
        PyModule m = new PyModule("_abc");
        m.put("__doc__", PyStr.of("Module contains faster C implementation of abc.ABCMeta"));
        for (NativeFunction f : FUNCTIONS) {
            m.function(f);
        }
        m.put("_abc_data", AbcData.TYPE);
        return m;
    }
}
