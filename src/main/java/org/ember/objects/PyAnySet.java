package org.ember.objects;

import java.util.Arrays;

/**
 * The hash table shared by set and frozenset (CPython's PySetObject), with CPython's exact
 * layout policy so that iteration order matches CPython for the same insertion history: a
 * table of 8 slots to start, linear probing of up to 9 neighbours then perturbed probing,
 * resizing when fill reaches 3/5 of the mask, dummies left by deletions, and the same
 * rebuild order on resize. {@code instanceof PyAnySet} is CPython's PyAnySet_Check.
 *
 * <p>Slots: {@code keys[i] == null} is unused; {@link #DUMMY} with hash -1 is a deleted
 * slot; anything else is active. The operations of both types live in {@link SetMethods}.
 */
public abstract class PyAnySet extends PyObject {
    static final int MINSIZE = 8;
    private static final int LINEAR_PROBES = 9;
    private static final int PERTURB_SHIFT = 5;

    /** Marks deleted slots (never visible to Python). */
    static final PyObject DUMMY = new Dummy();

    private static final class Dummy extends PyObject {
        Dummy() {
            super(PyObject.TYPE);
        }

        @Override
        public boolean isImmortal() {
            return true;
        }
    }

    /** Slot keys; null until the first insertion (then an 8-slot "small table"). */
    PyObject[] keys;
    long[] hashes;
    int mask = MINSIZE - 1;
    /** Active plus dummy slots. */
    int fill;
    /** Active slots. */
    int used;
    /** Where set.pop() starts looking. */
    int finger;
    /** Cached frozenset hash, -1 when not computed. */
    long hash = -1;

    protected PyAnySet(PyType type) {
        super(type);
    }

    public final int size() {
        return used;
    }

    // ---- probing -------------------------------------------------------------------------

    /**
     * The slot holding key, or {@code ~slot} of the unused slot ending its probe sequence
     * (CPython's set_lookkey). May run Python __eq__; restarts if that mutates the table.
     */
    final int lookup(PyObject key, long hash) {
        restart:
        while (true) {
            PyObject[] table = keys;
            if (table == null) {
                return ~((int) hash & (MINSIZE - 1));
            }
            long[] hs = hashes;
            int m = mask;
            long perturb = hash;
            int i = (int) hash & m;
            while (true) {
                int probes = i + LINEAR_PROBES <= m ? LINEAR_PROBES : 0;
                int j = i;
                while (true) {
                    PyObject k = table[j];
                    if (k == null) {
                        return ~j;
                    }
                    if (hs[j] == hash) {
                        if (k == key) {
                            return j;
                        }
                        if (k.type == PyStr.TYPE && key.type == PyStr.TYPE) {
                            if (((PyStr) k).value.equals(((PyStr) key).value)) {
                                return j;
                            }
                        } else {
                            boolean eq = Abstract.richCompareBool(k, key, CompareOp.EQ);
                            if (table != keys || table[j] != k) {
                                continue restart;
                            }
                            if (eq) {
                                return j;
                            }
                        }
                    }
                    if (probes-- == 0) {
                        break;
                    }
                    j++;
                }
                perturb >>>= PERTURB_SHIFT;
                i = (int) ((i * 5L + 1 + perturb) & m);
            }
        }
    }

    /** True when key (with its hash) is in the set. */
    final boolean containsEntry(PyObject key, long hash) {
        return used > 0 && lookup(key, hash) >= 0;
    }

    /** Adds key unless present (CPython's set_add_entry): may resize. */
    final void addEntry(PyObject key, long hash) {
        restart:
        while (true) {
            if (keys == null) {
                keys = new PyObject[MINSIZE];
                hashes = new long[MINSIZE];
            }
            PyObject[] table = keys;
            long[] hs = hashes;
            int m = mask;
            long perturb = hash;
            int i = (int) hash & m;
            int freeslot = -1;
            while (true) {
                int probes = i + LINEAR_PROBES <= m ? LINEAR_PROBES : 0;
                int j = i;
                while (true) {
                    PyObject k = table[j];
                    if (k == null) {
                        if (freeslot >= 0) {
                            used++;
                            table[freeslot] = key;
                            hs[freeslot] = hash;
                            return;
                        }
                        fill++;
                        used++;
                        table[j] = key;
                        hs[j] = hash;
                        if ((long) fill * 5 >= (long) m * 3) {
                            resize(used > 50000 ? used * 2 : used * 4);
                        }
                        return;
                    }
                    long h = hs[j];
                    if (h == hash) {
                        if (k == key) {
                            return;
                        }
                        if (k.type == PyStr.TYPE && key.type == PyStr.TYPE) {
                            if (((PyStr) k).value.equals(((PyStr) key).value)) {
                                return;
                            }
                        } else {
                            boolean eq = Abstract.richCompareBool(k, key, CompareOp.EQ);
                            if (eq) {
                                return;
                            }
                            if (table != keys || table[j] != k) {
                                continue restart;
                            }
                            m = mask;
                        }
                    } else if (h == -1) {
                        freeslot = j;
                    }
                    if (probes-- == 0) {
                        break;
                    }
                    j++;
                }
                perturb >>>= PERTURB_SHIFT;
                i = (int) ((i * 5L + 1 + perturb) & m);
            }
        }
    }

    /** Inserts a key known to be absent into a table without dummies (set_insert_clean). */
    private static void insertClean(PyObject[] table, long[] hs, int m, PyObject key, long hash) {
        long perturb = hash;
        int i = (int) hash & m;
        while (true) {
            if (table[i] == null) {
                table[i] = key;
                hs[i] = hash;
                return;
            }
            if (i + LINEAR_PROBES <= m) {
                for (int j = 1; j <= LINEAR_PROBES; j++) {
                    if (table[i + j] == null) {
                        table[i + j] = key;
                        hs[i + j] = hash;
                        return;
                    }
                }
            }
            perturb >>>= PERTURB_SHIFT;
            i = (int) ((i * 5L + 1 + perturb) & m);
        }
    }

    /** Rebuilds the table with the smallest power of two above minused (set_table_resize). */
    final void resize(long minused) {
        long newsize = MINSIZE;
        while (newsize <= minused) {
            newsize <<= 1;
        }
        if (newsize > (1L << 30)) {
            throw Err.memory();
        }
        PyObject[] old = keys;
        long[] oldh = hashes;
        if (newsize == MINSIZE && mask == MINSIZE - 1 && fill == used) {
            return;
        }
        int n = (int) newsize;
        PyObject[] table = new PyObject[n];
        long[] hs = new long[n];
        int m = n - 1;
        if (old != null) {
            for (int i = 0; i < old.length; i++) {
                PyObject k = old[i];
                if (k != null && k != DUMMY) {
                    insertClean(table, hs, m, k, oldh[i]);
                }
            }
        }
        fill = used;
        keys = table;
        hashes = hs;
        mask = m;
    }

    /** Removes the key in slot (a lookup result >= 0). */
    final void discardSlot(int slot) {
        keys[slot] = DUMMY;
        hashes[slot] = -1;
        used--;
    }

    /** Discards key if present; true when it was (set_discard_entry). */
    final boolean discardEntry(PyObject key, long hash) {
        if (used == 0) {
            return false;
        }
        int slot = lookup(key, hash);
        if (slot < 0) {
            return false;
        }
        discardSlot(slot);
        return true;
    }

    /** Empties the set (back to the small table). */
    final void clearTable() {
        keys = null;
        hashes = null;
        mask = MINSIZE - 1;
        fill = 0;
        used = 0;
        hash = -1;
    }

    /** The next active slot index at or after pos, or -1 (set_next). */
    final int nextSlot(int pos) {
        PyObject[] table = keys;
        if (table == null) {
            return -1;
        }
        int m = mask;
        for (int i = pos; i <= m; i++) {
            PyObject k = table[i];
            if (k != null && k != DUMMY) {
                return i;
            }
        }
        return -1;
    }

    final PyObject keyAt(int slot) {
        return keys[slot];
    }

    final long hashAt(int slot) {
        return hashes[slot];
    }

    /** Swaps contents with another set (set_swap_bodies). */
    final void swapBodies(PyAnySet b) {
        PyObject[] tk = keys;
        keys = b.keys;
        b.keys = tk;
        long[] th = hashes;
        hashes = b.hashes;
        b.hashes = th;
        int t = mask;
        mask = b.mask;
        b.mask = t;
        t = fill;
        fill = b.fill;
        b.fill = t;
        t = used;
        used = b.used;
        b.used = t;
        if (this instanceof PyFrozenSet && b instanceof PyFrozenSet) {
            long h = hash;
            hash = b.hash;
            b.hash = h;
        } else {
            hash = -1;
            b.hash = -1;
        }
    }

    // ---- merging ----------------------------------------------------------------------------

    /** Adds all of other's keys (set_merge). */
    final void merge(PyAnySet other) {
        if (other == this || other.used == 0) {
            return;
        }
        if ((long) (fill + other.used) * 5 >= (long) mask * 3) {
            resize((long) (used + other.used) * 2);
        }
        PyObject[] ok = other.keys;
        long[] oh = other.hashes;
        if (keys == null) {
            keys = new PyObject[MINSIZE];
            hashes = new long[MINSIZE];
        }
        if (fill == 0 && mask == other.mask && other.fill == other.used) {
            System.arraycopy(ok, 0, keys, 0, ok.length);
            System.arraycopy(oh, 0, hashes, 0, oh.length);
            fill = other.fill;
            used = other.used;
            return;
        }
        if (fill == 0) {
            fill = other.used;
            used = other.used;
            for (int i = 0; i <= other.mask; i++) {
                PyObject k = ok[i];
                if (k != null && k != DUMMY) {
                    insertClean(keys, hashes, mask, k, oh[i]);
                }
            }
            return;
        }
        for (int i = 0; i <= other.mask; i++) {
            PyObject k = other.keys[i];
            if (k != null && k != DUMMY) {
                addEntry(k, other.hashes[i]);
            }
        }
    }

    /** Adds the keys of an exact dict, with one resize first (set_update_dict). */
    final void mergeDict(PyDict d) {
        int n = d.size();
        if ((long) (fill + n) * 5 >= (long) mask * 3) {
            resize((long) (used + n) * 2);
        }
        for (int i = d.nextIndex(0); i >= 0; i = d.nextIndex(i + 1)) {
            addEntry(d.keyAt(i), d.hashAt(i));
        }
    }

    /** Keys in table order (a snapshot). */
    public final PyObject[] toArray() {
        PyObject[] out = new PyObject[used];
        int j = 0;
        PyObject[] table = keys;
        if (table != null) {
            for (int i = 0; i <= mask && j < out.length; i++) {
                PyObject k = table[i];
                if (k != null && k != DUMMY) {
                    out[j++] = k;
                }
            }
        }
        return j == out.length ? out : Arrays.copyOf(out, j);
    }

    // ---- frozenset hash ---------------------------------------------------------------------

    private static long shuffleBits(long h) {
        return ((h ^ 89869747L) ^ (h << 16)) * 3644798167L;
    }

    /** The hash of the equivalent frozenset (frozenset_hash's algorithm, uncached). */
    final long computeHash() {
        long h = 0;
        PyObject[] table = keys;
        if (table != null) {
            for (int i = 0; i <= mask; i++) {
                PyObject k = table[i];
                if (k != null && k != DUMMY) {
                    h ^= shuffleBits(hashes[i]);
                }
            }
        }
        h ^= ((long) used + 1) * 1927868237L;
        h ^= (h >>> 11) ^ (h >>> 25);
        h = h * 69069L + 907133923L;
        if (h == -1) {
            h = 590923713L;
        }
        return h;
    }

    @Override
    public String toString() {
        StringBuilder sb = new StringBuilder(type.getName()).append("({");
        PyObject[] a = toArray();
        for (int i = 0; i < a.length; i++) {
            if (i > 0) {
                sb.append(", ");
            }
            sb.append(a[i]);
        }
        return sb.append("})").toString();
    }
}
