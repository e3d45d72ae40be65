package org.ember.objects;

/**
 * Python dict: an insertion-ordered hash table with CPython's compact layout (a sparse index
 * array pointing into dense, ordered entry arrays).
 *
 * <p>Keys compare by identity first, then by hash and {@code __eq__}, which may run Python
 * code that mutates the dict; lookups then restart, as in CPython. {@link #keysVersion}
 * changes whenever the set of keys changes, so caches (e.g. of globals) can remember an entry
 * position and re-read its value cheaply. Python methods live in {@link DictMethods}.
 */
public class PyDict extends PyObject {
    public static final PyType TYPE = PyType.builtin("dict", PyDict.class, DictMethods::define);

    private static final int EMPTY = -1;
    private static final int DUMMY = -2;
    private static final int MIN_INDEX = 8;

    private int[] index;
    private PyObject[] keys;
    private PyObject[] vals;
    private long[] hashes;
    /** Entry slots used, including deleted ones. */
    private int used;
    /** Live entries. */
    private int size;
    /** Changes whenever a key is added or removed (not when a value is replaced). */
    public int keysVersion;
    /** A key other than an exact str was inserted since the last clear (CPython's general keys layout). */
    private boolean generalKeys;

    public PyDict() {
        super(TYPE);
    }

    protected PyDict(PyType type) {
        super(type);
    }

    public PyDict(int expected) {
        super(TYPE);
        if (expected > 0) {
            allocate(indexSizeFor(expected));
        }
    }

    private static int indexSizeFor(int n) {
        int need = n * 3 / 2 + 1;
        int s = MIN_INDEX;
        while (s < need) {
            s <<= 1;
        }
        return s;
    }

    private void allocate(int indexSize) {
        index = new int[indexSize];
        java.util.Arrays.fill(index, EMPTY);
        int cap = (indexSize << 1) / 3;
        keys = new PyObject[cap];
        vals = new PyObject[cap];
        hashes = new long[cap];
        used = 0;
    }

    public final int size() {
        return size;
    }

    // ---- lookup ---------------------------------------------------------------------------

    /**
     * The index slot holding {@code key}, or {@code ~slot} of the first empty slot on its
     * probe sequence when absent. May run Python __eq__.
     */
    private int lookupSlot(PyObject key, long hash) {
        restart:
        while (true) {
            int[] idx = index;
            int mask = idx.length - 1;
            int i = (int) (hash & mask);
            long perturb = hash;
            while (true) {
                int ix = idx[i];
                if (ix == EMPTY) {
                    return ~i;
                }
                if (ix >= 0) {
                    PyObject k = keys[ix];
                    if (k == key) {
                        return i;
                    }
                    if (hashes[ix] == hash && k != null) {
                        if (k instanceof PyStr ks && key instanceof PyStr kk && ks.type == PyStr.TYPE && kk.type == PyStr.TYPE) {
                            if (ks.value.equals(kk.value)) {
                                return i;
                            }
                        } else {
                            PyObject[] savedKeys = keys;
                            boolean eq = Abstract.richCompareBool(k, key, CompareOp.EQ);
                            if (savedKeys != keys || keys[ix] != k || index != idx) {
                                continue restart;
                            }
                            if (eq) {
                                return i;
                            }
                        }
                    }
                }
                perturb >>>= 5;
                i = (int) ((i * 5L + perturb + 1) & mask);
            }
        }
    }

    /** Entry index of a str key (no Python code can run: str equality is value equality). */
    private int findStr(PyStr key, long hash) {
        int[] idx = index;
        if (idx == null) {
            return -1;
        }
        int mask = idx.length - 1;
        int i = (int) (hash & mask);
        long perturb = hash;
        while (true) {
            int ix = idx[i];
            if (ix == EMPTY) {
                return -1;
            }
            if (ix >= 0) {
                PyObject k = keys[ix];
                if (k == key) {
                    return ix;
                }
                if (hashes[ix] == hash && k != null) {
                    if (k instanceof PyStr ks && ks.type == PyStr.TYPE) {
                        if (ks.value.equals(key.value)) {
                            return ix;
                        }
                    } else if (Abstract.richCompareBool(k, key, CompareOp.EQ)) {
                        return ix;
                    }
                }
            }
            perturb >>>= 5;
            i = (int) ((i * 5L + perturb + 1) & mask);
        }
    }

    /** The entry index for key, or -1 (for caches that re-read {@link #valueAt}). */
    public final int entryIndex(PyObject key) {
        if (index == null) {
            return -1;
        }
        if (key instanceof PyStr s && s.type == PyStr.TYPE) {
            return findStr(s, s.hash());
        }
        int slot = lookupSlot(key, Abstract.hash(key));
        return slot < 0 ? -1 : index[slot];
    }

    /** d[key] or null when absent (no __missing__). */
    public final PyObject getItem(PyObject key) {
        if (index == null) {
            if (!(key instanceof PyStr)) {
                Abstract.hash(key); // unhashable keys raise even on an empty dict
            }
            return null;
        }
        if (key instanceof PyStr s && s.type == PyStr.TYPE) {
            int ix = findStr(s, s.hash());
            return ix < 0 ? null : vals[ix];
        }
        long h = Abstract.hash(key);
        int slot = lookupSlot(key, h);
        return slot < 0 ? null : vals[index[slot]];
    }

    /** Lookup with a precomputed hash. */
    public final PyObject getItem(PyObject key, long hash) {
        if (index == null) {
            return null;
        }
        int slot = lookupSlot(key, hash);
        return slot < 0 ? null : vals[index[slot]];
    }

    /** Lookup by Java string (for Java callers; hashes the string). */
    public final PyObject getStr(String key) {
        if (index == null) {
            return null;
        }
        PyStr k = PyStr.of(key);
        int ix = findStr(k, k.hash());
        return ix < 0 ? null : vals[ix];
    }

    public final boolean containsKey(PyObject key) {
        return getItem(key) != null;
    }

    // ---- mutation -------------------------------------------------------------------------

    public final void setItem(PyObject key, PyObject value) {
        long h = key instanceof PyStr s ? s.hash() : Abstract.hash(key);
        setItem(key, h, value);
    }

    public final void setItem(PyObject key, long hash, PyObject value) {
        if (index == null) {
            allocate(MIN_INDEX);
        }
        int slot = lookupSlot(key, hash);
        if (slot >= 0) {
            vals[index[slot]] = value;
            return;
        }
        if (used == keys.length) {
            resize(growthSize());
            slot = emptySlot(hash);
        } else {
            slot = ~slot;
        }
        int ix = used++;
        keys[ix] = key;
        vals[ix] = value;
        hashes[ix] = hash;
        index[slot] = ix;
        size++;
        keysVersion++;
        if (key.type != PyStr.TYPE) {
            generalKeys = true;
        }
    }

    /** dict.__sizeof__ as CPython 3.11 computes it for a combined table. */
    public final long sizeOf() {
        if (index == null) {
            return 48;
        }
        int n = index.length;
        int idxBytes = n <= 128 ? 1 : n <= 0x8000 ? 2 : n <= 0x80000000L ? 4 : 8;
        return 48 + 32 + (long) n * idxBytes + (long) keys.length * (generalKeys ? 24 : 16);
    }

    public final void putStr(String key, PyObject value) {
        setItem(PyStr.of(key), value);
    }

    private int emptySlot(long hash) {
        int[] idx = index;
        int mask = idx.length - 1;
        int i = (int) (hash & mask);
        long perturb = hash;
        while (idx[i] != EMPTY) {
            perturb >>>= 5;
            i = (int) ((i * 5L + perturb + 1) & mask);
        }
        return i;
    }

    /** CPython's GROWTH_RATE: an index of at least 3 * size slots (entries for about 2 * size). */
    private int growthSize() {
        int need = Math.max(size * 3, MIN_INDEX);
        return Integer.highestOneBit(need - 1) << 1;
    }

    private void resize(int newIndexSize) {
        PyObject[] ok = keys;
        PyObject[] ov = vals;
        long[] oh = hashes;
        int n = used;
        allocate(newIndexSize);
        int j = 0;
        for (int i = 0; i < n; i++) {
            if (ok[i] != null) {
                keys[j] = ok[i];
                vals[j] = ov[i];
                hashes[j] = oh[i];
                index[emptySlot(oh[i])] = j;
                j++;
            }
        }
        used = j;
        keysVersion++;
    }

    /** Removes key; returns the old value or null when absent (an empty dict does not hash the key). */
    public final PyObject pop(PyObject key) {
        if (index == null || size == 0) {
            return null;
        }
        long h = key instanceof PyStr s ? s.hash() : Abstract.hash(key);
        int slot = lookupSlot(key, h);
        if (slot < 0) {
            return null;
        }
        int ix = index[slot];
        PyObject v = vals[ix];
        keys[ix] = null;
        vals[ix] = null;
        index[slot] = DUMMY;
        size--;
        keysVersion++;
        return v;
    }

    /** del d[key]: KeyError when absent. */
    public final void delItem(PyObject key) {
        if (size == 0) {
            Abstract.hash(key);
        }
        if (pop(key) == null) {
            throw Err.key(key);
        }
    }

    public final void clear() {
        index = null;
        keys = null;
        vals = null;
        hashes = null;
        used = 0;
        size = 0;
        keysVersion++;
        generalKeys = false;
    }

    /** Removes and returns the last entry as {key, value}, or null when empty. */
    public final PyObject[] popLast() {
        if (size == 0) {
            return null;
        }
        int ix = used - 1;
        while (keys[ix] == null) {
            ix--;
        }
        PyObject k = keys[ix];
        PyObject v = vals[ix];
        int slot = lookupSlot(k, hashes[ix]);
        index[slot] = DUMMY;
        keys[ix] = null;
        vals[ix] = null;
        used = ix;
        size--;
        keysVersion++;
        return new PyObject[] {k, v};
    }

    // ---- iteration over entries -------------------------------------------------------------

    /** The first live entry index >= pos, or -1. Use with keyAt/valueAt. */
    public final int nextIndex(int pos) {
        PyObject[] k = keys;
        for (int i = pos; i < used; i++) {
            if (k[i] != null) {
                return i;
            }
        }
        return -1;
    }

    /** The last live entry index <= pos, or -1 (for reversed iteration). */
    public final int prevIndex(int pos) {
        PyObject[] k = keys;
        for (int i = Math.min(pos, used - 1); i >= 0; i--) {
            if (k[i] != null) {
                return i;
            }
        }
        return -1;
    }

    /** Number of entry slots in use (bound for entry indices). */
    public final int usedSlots() {
        return used;
    }

    public final PyObject keyAt(int i) {
        return keys[i];
    }

    public final PyObject valueAt(int i) {
        return vals[i];
    }

    public final long hashAt(int i) {
        return hashes[i];
    }

    /** Replaces the value of live entry i (caller guarantees i is live). */
    public final void setValueAt(int i, PyObject v) {
        vals[i] = v;
    }

    public final PyObject[] keysArray() {
        PyObject[] out = new PyObject[size];
        int j = 0;
        for (int i = 0; i < used; i++) {
            if (keys[i] != null) {
                out[j++] = keys[i];
            }
        }
        return out;
    }

    public final PyObject[] valuesArray() {
        PyObject[] out = new PyObject[size];
        int j = 0;
        for (int i = 0; i < used; i++) {
            if (keys[i] != null) {
                out[j++] = vals[i];
            }
        }
        return out;
    }

    /** d.update(other) for a dict argument. */
    public final void update(PyDict other) {
        for (int i = other.nextIndex(0); i >= 0; i = other.nextIndex(i + 1)) {
            setItem(other.keys[i], other.hashes[i], other.vals[i]);
        }
    }

    /** A plain dict with the same items (PyDict_Copy: clones the table when it is mostly clean). */
    public final PyDict copy() {
        PyDict d = new PyDict();
        if (size == 0) {
            return d;
        }
        if (size >= (used * 2) / 3) {
            d.index = index.clone();
            d.keys = keys.clone();
            d.vals = vals.clone();
            d.hashes = hashes.clone();
            d.used = used;
            d.size = size;
            d.generalKeys = generalKeys;
            return d;
        }
        d.allocate(indexSizeFor(size));
        d.update(this);
        return d;
    }

    @Override
    public String toString() {
        StringBuilder sb = new StringBuilder("{");
        for (int i = nextIndex(0); i >= 0; i = nextIndex(i + 1)) {
            if (sb.length() > 1) {
                sb.append(", ");
            }
            sb.append(keys[i]).append(": ").append(vals[i]);
        }
        return sb.append('}').toString();
    }

    /** Instances of Python subclasses of dict. */
    public static final class Derived extends PyDict implements Instance {
        private PyDict dict;
        private final PyObject[] slots;

        public Derived(PyType type) {
            super(type);
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
