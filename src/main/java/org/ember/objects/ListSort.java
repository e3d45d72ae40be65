package org.ember.objects;

/**
 * list.sort: CPython 3.11's timsort (listsort.txt) with the powersort merge policy: natural
 * runs extended to minrun by binary insertion, merges with galloping, comparisons made only
 * with {@code <}. It makes the same comparisons in the same order as CPython, so comparisons
 * with side effects, inconsistent orderings and exceptions behave alike (the list always ends
 * as a permutation of its items).
 *
 * <p>While sorting, the list is empty; a list that is not empty (or was replaced) afterwards
 * was modified during the sort.
 */
public final class ListSort {
    private static final PyObject[] SORTING = new PyObject[0];
    private static final int MIN_GALLOP = 7;
    private static final int MAX_MERGE_PENDING = 85;

    /** How keys are compared: decided once per sort from the key types (CPython's pre-sort check). */
    private enum Cmp { GENERIC, INT, STR, FLOAT }

    private final Cmp cmp;
    /** Keys being sorted (the items themselves when there is no key function). */
    private final PyObject[] keys;
    /** Items permuted alongside the keys, or null when keys are the items. */
    private final PyObject[] values;
    private final int listlen;
    private int minGallop = MIN_GALLOP;
    private PyObject[] tmpKeys = SORTING;
    private PyObject[] tmpValues = SORTING;
    private final int[] runBase = new int[MAX_MERGE_PENDING];
    private final int[] runLen = new int[MAX_MERGE_PENDING];
    private final int[] runPower = new int[MAX_MERGE_PENDING];
    private int n;

    private ListSort(PyObject[] keys, PyObject[] values, int listlen, Cmp cmp) {
        this.keys = keys;
        this.values = values;
        this.listlen = listlen;
        this.cmp = cmp;
    }

    private boolean lt(PyObject a, PyObject b) {
        switch (cmp) {
            case INT: {
                PyInt x = (PyInt) a;
                PyInt y = (PyInt) b;
                if (x.big == null && y.big == null) {
                    return x.value < y.value;
                }
                return IntMethods.compare(x, y) < 0;
            }
            case STR:
                return PyStr.compare(((PyStr) a).value, ((PyStr) b).value) < 0;
            case FLOAT:
                return ((PyFloat) a).value < ((PyFloat) b).value;
            default:
                return Abstract.richCompareBool(a, b, CompareOp.LT);
        }
    }

    private static Cmp chooseCompare(PyObject[] keys, int n) {
        PyType t = keys[0].type;
        for (int i = 1; i < n; i++) {
            if (keys[i].type != t) {
                return Cmp.GENERIC;
            }
        }
        if (t == PyInt.TYPE) {
            return Cmp.INT;
        }
        if (t == PyStr.TYPE) {
            return Cmp.STR;
        }
        if (t == PyFloat.TYPE) {
            return Cmp.FLOAT;
        }
        return Cmp.GENERIC;
    }

    /** list.sort(key=key, reverse=reverse) */
    public static void sort(PyList list, PyObject key, boolean reverse) {
        int size = list.size;
        PyObject[] items = list.items;
        list.items = SORTING;
        list.size = 0;
        PyObject[] keys = null;
        PyException failure = null;
        boolean keysDone = false;
        try {
            if (key != null && key != Py.None) {
                keys = new PyObject[size];
                for (int i = 0; i < size; i++) {
                    keys[i] = Abstract.call(key, new PyObject[] {items[i]}, null);
                }
            }
            keysDone = true;
            if (reverse) {
                if (keys != null) {
                    reverse(keys, 0, size);
                }
                reverse(items, 0, size);
            }
            if (size > 1) {
                PyObject[] k = keys != null ? keys : items;
                ListSort ms = new ListSort(k, keys != null ? items : null, size, chooseCompare(k, size));
                ms.run();
            }
        } catch (PyException e) {
            failure = e;
        } catch (StackOverflowError e) {
            failure = Err.recursion("maximum recursion depth exceeded in comparison");
        }
        boolean modified = list.items != SORTING || list.size != 0;
        if (keysDone && reverse && size > 1) {
            reverse(items, 0, size);
        }
        list.items = items;
        list.size = size;
        if (failure != null) {
            throw failure;
        }
        if (modified) {
            throw Err.value("list modified during sort");
        }
    }

    private static void reverse(PyObject[] a, int lo, int hi) {
        for (int i = lo, j = hi - 1; i < j; i++, j--) {
            PyObject x = a[i];
            a[i] = a[j];
            a[j] = x;
        }
    }

    // ---- the main loop -----------------------------------------------------------------------

    private static int minrun(int n) {
        int r = 0;
        while (n >= 64) {
            r |= n & 1;
            n >>= 1;
        }
        return n + r;
    }

    private void run() {
        int lo = 0;
        int remaining = listlen;
        int minrun = minrun(remaining);
        do {
            boolean[] descending = {false};
            int len = countRun(lo, lo + remaining, descending);
            if (descending[0]) {
                reverse(keys, lo, lo + len);
                if (values != null) {
                    reverse(values, lo, lo + len);
                }
            }
            if (len < minrun) {
                int force = Math.min(remaining, minrun);
                binarySort(lo, lo + force, lo + len);
                len = force;
            }
            foundNewRun(len);
            runBase[n] = lo;
            runLen[n] = len;
            n++;
            lo += len;
            remaining -= len;
        } while (remaining > 0);
        forceCollapse();
    }

    private int countRun(int lo, int hi, boolean[] descending) {
        int k = lo + 1;
        if (k == hi) {
            return 1;
        }
        int count = 2;
        if (lt(keys[k], keys[k - 1])) {
            descending[0] = true;
            for (k = k + 1; k < hi; k++, count++) {
                if (!lt(keys[k], keys[k - 1])) {
                    break;
                }
            }
        } else {
            for (k = k + 1; k < hi; k++, count++) {
                if (lt(keys[k], keys[k - 1])) {
                    break;
                }
            }
        }
        return count;
    }

    /** Sorts [lo, hi) given that [lo, start) is sorted, by binary insertion. */
    private void binarySort(int lo, int hi, int start) {
        if (lo == start) {
            start++;
        }
        for (; start < hi; start++) {
            int l = lo;
            int r = start;
            PyObject pivot = keys[r];
            do {
                int p = l + ((r - l) >> 1);
                if (lt(pivot, keys[p])) {
                    r = p;
                } else {
                    l = p + 1;
                }
            } while (l < r);
            System.arraycopy(keys, l, keys, l + 1, start - l);
            keys[l] = pivot;
            if (values != null) {
                PyObject pv = values[start];
                System.arraycopy(values, l, values, l + 1, start - l);
                values[l] = pv;
            }
        }
    }

    private static int powerloop(long s1, long n1, long n2, long n) {
        int result = 0;
        long a = 2 * s1 + n1;
        long b = a + n1 + n2;
        while (true) {
            result++;
            if (a >= n) {
                a -= n;
                b -= n;
            } else if (b >= n) {
                break;
            }
            a <<= 1;
            b <<= 1;
        }
        return result;
    }

    private void foundNewRun(int n2) {
        if (n > 0) {
            int s1 = runBase[n - 1];
            int n1 = runLen[n - 1];
            int power = powerloop(s1, n1, n2, listlen);
            while (n > 1 && runPower[n - 2] > power) {
                mergeAt(n - 2);
            }
            runPower[n - 1] = power;
        }
    }

    private void forceCollapse() {
        while (n > 1) {
            int k = n - 2;
            if (k > 0 && runLen[k - 1] < runLen[k + 1]) {
                k--;
            }
            mergeAt(k);
        }
    }

    // ---- merging -------------------------------------------------------------------------------

    private void mergeAt(int i) {
        int baseA = runBase[i];
        int na = runLen[i];
        int baseB = runBase[i + 1];
        int nb = runLen[i + 1];
        runLen[i] = na + nb;
        if (i == n - 3) {
            runBase[i + 1] = runBase[i + 2];
            runLen[i + 1] = runLen[i + 2];
            runPower[i + 1] = runPower[i + 2];
        }
        n--;
        int k = gallopRight(keys[baseB], keys, baseA, na, 0);
        baseA += k;
        na -= k;
        if (na == 0) {
            return;
        }
        nb = gallopLeft(keys[baseA + na - 1], keys, baseB, nb, nb - 1);
        if (nb <= 0) {
            return;
        }
        if (na <= nb) {
            mergeLo(baseA, na, baseB, nb);
        } else {
            mergeHi(baseA, na, baseB, nb);
        }
    }

    /** The leftmost k in a[base, base+len) with a[k-1] < key <= a[k], searching from hint. */
    private int gallopLeft(PyObject key, PyObject[] a, int base, int len, int hint) {
        int lastofs = 0;
        int ofs = 1;
        if (lt(a[base + hint], key)) {
            int maxofs = len - hint;
            while (ofs < maxofs) {
                if (lt(a[base + hint + ofs], key)) {
                    lastofs = ofs;
                    ofs = (ofs << 1) + 1;
                    if (ofs <= 0) {
                        ofs = maxofs;
                    }
                } else {
                    break;
                }
            }
            if (ofs > maxofs) {
                ofs = maxofs;
            }
            lastofs += hint;
            ofs += hint;
        } else {
            int maxofs = hint + 1;
            while (ofs < maxofs) {
                if (lt(a[base + hint - ofs], key)) {
                    break;
                }
                lastofs = ofs;
                ofs = (ofs << 1) + 1;
                if (ofs <= 0) {
                    ofs = maxofs;
                }
            }
            if (ofs > maxofs) {
                ofs = maxofs;
            }
            int k = lastofs;
            lastofs = hint - ofs;
            ofs = hint - k;
        }
        lastofs++;
        while (lastofs < ofs) {
            int m = lastofs + ((ofs - lastofs) >> 1);
            if (lt(a[base + m], key)) {
                lastofs = m + 1;
            } else {
                ofs = m;
            }
        }
        return ofs;
    }

    /** The k in a[base, base+len) with a[k-1] <= key < a[k], searching from hint. */
    private int gallopRight(PyObject key, PyObject[] a, int base, int len, int hint) {
        int lastofs = 0;
        int ofs = 1;
        if (lt(key, a[base + hint])) {
            int maxofs = hint + 1;
            while (ofs < maxofs) {
                if (lt(key, a[base + hint - ofs])) {
                    lastofs = ofs;
                    ofs = (ofs << 1) + 1;
                    if (ofs <= 0) {
                        ofs = maxofs;
                    }
                } else {
                    break;
                }
            }
            if (ofs > maxofs) {
                ofs = maxofs;
            }
            int k = lastofs;
            lastofs = hint - ofs;
            ofs = hint - k;
        } else {
            int maxofs = len - hint;
            while (ofs < maxofs) {
                if (lt(key, a[base + hint + ofs])) {
                    break;
                }
                lastofs = ofs;
                ofs = (ofs << 1) + 1;
                if (ofs <= 0) {
                    ofs = maxofs;
                }
            }
            if (ofs > maxofs) {
                ofs = maxofs;
            }
            lastofs += hint;
            ofs += hint;
        }
        lastofs++;
        while (lastofs < ofs) {
            int m = lastofs + ((ofs - lastofs) >> 1);
            if (lt(key, a[base + m])) {
                ofs = m;
            } else {
                lastofs = m + 1;
            }
        }
        return ofs;
    }

    private void ensureTmp(int need) {
        if (tmpKeys.length < need) {
            tmpKeys = new PyObject[Math.max(need, Math.min(listlen / 2 + 1, need * 2))];
            if (values != null) {
                tmpValues = new PyObject[tmpKeys.length];
            }
        }
    }

    /** Moves one element: k/v[d] = src k/v[s]. */
    private void move(PyObject[] srcK, PyObject[] srcV, int s, int d) {
        keys[d] = srcK[s];
        if (values != null) {
            values[d] = srcV[s];
        }
    }

    private void moveRange(PyObject[] srcK, PyObject[] srcV, int s, int d, int len) {
        System.arraycopy(srcK, s, keys, d, len);
        if (values != null) {
            System.arraycopy(srcV, s, values, d, len);
        }
    }

    /** Merges adjacent runs A = [pa, pa+na) and B = [pb, pb+nb) with na <= nb, A copied to temp. */
    private void mergeLo(int pa, int na, int pb, int nb) {
        ensureTmp(na);
        PyObject[] tk = tmpKeys;
        PyObject[] tv = tmpValues;
        System.arraycopy(keys, pa, tk, 0, na);
        if (values != null) {
            System.arraycopy(values, pa, tv, 0, na);
        }
        int dest = pa;
        int a = 0; // index into temp
        int b = pb;
        int mg = minGallop;
        try {
            move(keys, values, b++, dest++);
            nb--;
            if (nb == 0) {
                return;
            }
            if (na == 1) {
                copyBLo(tk, tv, a, b, dest, nb);
                na = 0;
                return;
            }
            outer:
            while (true) {
                int acount = 0;
                int bcount = 0;
                while (true) {
                    if (lt(keys[b], tk[a])) {
                        move(keys, values, b++, dest++);
                        bcount++;
                        acount = 0;
                        nb--;
                        if (nb == 0) {
                            return;
                        }
                        if (bcount >= mg) {
                            break;
                        }
                    } else {
                        move(tk, tv, a++, dest++);
                        acount++;
                        bcount = 0;
                        na--;
                        if (na == 1) {
                            copyBLo(tk, tv, a, b, dest, nb);
                            na = 0;
                            return;
                        }
                        if (acount >= mg) {
                            break;
                        }
                    }
                }
                mg++;
                do {
                    mg -= mg > 1 ? 1 : 0;
                    minGallop = mg;
                    int k = gallopRight(keys[b], tk, a, na, 0);
                    acount = k;
                    if (k > 0) {
                        moveRange(tk, tv, a, dest, k);
                        dest += k;
                        a += k;
                        na -= k;
                        if (na == 1) {
                            copyBLo(tk, tv, a, b, dest, nb);
                            na = 0;
                            return;
                        }
                        if (na == 0) {
                            return;
                        }
                    }
                    move(keys, values, b++, dest++);
                    nb--;
                    if (nb == 0) {
                        return;
                    }
                    k = gallopLeft(tk[a], keys, b, nb, 0);
                    bcount = k;
                    if (k > 0) {
                        moveRange(keys, values, b, dest, k);
                        dest += k;
                        b += k;
                        nb -= k;
                        if (nb == 0) {
                            return;
                        }
                    }
                    move(tk, tv, a++, dest++);
                    na--;
                    if (na == 1) {
                        copyBLo(tk, tv, a, b, dest, nb);
                        na = 0;
                        return;
                    }
                } while (acount >= MIN_GALLOP || bcount >= MIN_GALLOP);
                mg++;
                minGallop = mg;
                continue outer;
            }
        } finally {
            if (na > 0) {
                moveRange(tk, tv, a, dest, na);
            }
        }
    }

    /** The last element of A belongs after the remaining nb elements of B. */
    private void copyBLo(PyObject[] tk, PyObject[] tv, int a, int b, int dest, int nb) {
        moveRange(keys, values, b, dest, nb);
        move(tk, tv, a, dest + nb);
    }

    /** Merges adjacent runs A = [pa, pa+na) and B = [pb, pb+nb) with na > nb, B copied to temp. */
    private void mergeHi(int pa, int na, int pb, int nb) {
        ensureTmp(nb);
        PyObject[] tk = tmpKeys;
        PyObject[] tv = tmpValues;
        System.arraycopy(keys, pb, tk, 0, nb);
        if (values != null) {
            System.arraycopy(values, pb, tv, 0, nb);
        }
        int dest = pb + nb - 1;
        int b = nb - 1; // index into temp of B's last unmerged element
        int a = pa + na - 1; // index of A's last unmerged element
        int basea = pa;
        int mg = minGallop;
        try {
            move(keys, values, a--, dest--);
            na--;
            if (na == 0) {
                return;
            }
            if (nb == 1) {
                copyAHi(tk, tv, a, b, dest, na);
                nb = 0;
                return;
            }
            while (true) {
                int acount = 0;
                int bcount = 0;
                while (true) {
                    if (lt(tk[b], keys[a])) {
                        move(keys, values, a--, dest--);
                        acount++;
                        bcount = 0;
                        na--;
                        if (na == 0) {
                            return;
                        }
                        if (acount >= mg) {
                            break;
                        }
                    } else {
                        move(tk, tv, b--, dest--);
                        bcount++;
                        acount = 0;
                        nb--;
                        if (nb == 1) {
                            copyAHi(tk, tv, a, b, dest, na);
                            nb = 0;
                            return;
                        }
                        if (bcount >= mg) {
                            break;
                        }
                    }
                }
                mg++;
                do {
                    mg -= mg > 1 ? 1 : 0;
                    minGallop = mg;
                    int k = gallopRight(tk[b], keys, basea, na, na - 1);
                    k = na - k;
                    acount = k;
                    if (k > 0) {
                        dest -= k;
                        a -= k;
                        moveRange(keys, values, a + 1, dest + 1, k);
                        na -= k;
                        if (na == 0) {
                            return;
                        }
                    }
                    move(tk, tv, b--, dest--);
                    nb--;
                    if (nb == 1) {
                        copyAHi(tk, tv, a, b, dest, na);
                        nb = 0;
                        return;
                    }
                    k = gallopLeft(keys[a], tk, 0, nb, nb - 1);
                    k = nb - k;
                    bcount = k;
                    if (k > 0) {
                        dest -= k;
                        b -= k;
                        moveRange(tk, tv, b + 1, dest + 1, k);
                        nb -= k;
                        if (nb == 1) {
                            copyAHi(tk, tv, a, b, dest, na);
                            nb = 0;
                            return;
                        }
                        if (nb == 0) {
                            return;
                        }
                    }
                    move(keys, values, a--, dest--);
                    na--;
                    if (na == 0) {
                        return;
                    }
                } while (acount >= MIN_GALLOP || bcount >= MIN_GALLOP);
                mg++;
                minGallop = mg;
            }
        } finally {
            if (nb > 0) {
                moveRange(tk, tv, 0, dest - (nb - 1), nb);
            }
        }
    }

    /** The first element of B belongs before the remaining na elements of A. */
    private void copyAHi(PyObject[] tk, PyObject[] tv, int a, int b, int dest, int na) {
        moveRange(keys, values, a + 1 - na, dest + 1 - na, na);
        move(tk, tv, b, dest - na);
    }
}
