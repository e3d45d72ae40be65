package org.ember.objects;

import java.util.Arrays;

/**
 * list.sort: a stable merge sort using only {@code <}, as CPython's sort does. Python comparisons
 * may be inconsistent or raise; the sort never fails for inconsistency (unlike java.util's
 * TimSort), and the list is empty while sorting so that mutation can be detected.
 */
public final class ListSort {
    private ListSort() {}

    private static boolean lt(PyObject a, PyObject b) {
        if (a instanceof PyInt x && b instanceof PyInt y && x.type == PyInt.TYPE && y.type == PyInt.TYPE) {
            return IntMethods.compare(x, y) < 0;
        }
        if (a instanceof PyStr x && b instanceof PyStr y && x.type == PyStr.TYPE && y.type == PyStr.TYPE) {
            return PyStr.compare(x.value, y.value) < 0;
        }
        if (a instanceof PyFloat x && b instanceof PyFloat y && x.type == PyFloat.TYPE && y.type == PyFloat.TYPE) {
            return x.value < y.value;
        }
        return Abstract.richCompareBool(a, b, CompareOp.LT);
    }

    public static void sort(PyList list, PyObject key, boolean reverse) {
        int n = list.size;
        PyObject[] items = list.items;
        list.setArray(new PyObject[0], 0);
        PyObject[] keys = null;
        PyException failure = null;
        try {
            if (key != null && key != Py.None) {
                keys = new PyObject[n];
                for (int i = 0; i < n; i++) {
                    keys[i] = Abstract.call(key, items[i]);
                }
            }
            if (reverse) {
                reverse(items, n);
                if (keys != null) {
                    reverse(keys, n);
                }
            }
            PyObject[] k = keys != null ? keys : items;
            mergeSort(k, keys != null ? items : null, n);
            if (reverse) {
                reverse(items, n);
            }
        } catch (PyException e) {
            failure = e;
        }
        boolean modified = list.size != 0;
        list.setArray(items, n);
        if (failure != null) {
            throw failure;
        }
        if (modified) {
            throw Err.value("list modified during sort");
        }
    }

    private static void reverse(PyObject[] a, int n) {
        for (int i = 0, j = n - 1; i < j; i++, j--) {
            PyObject x = a[i];
            a[i] = a[j];
            a[j] = x;
        }
    }

    /** Sorts keys[0..n) stably; values (when non-null) are permuted alongside. */
    private static void mergeSort(PyObject[] keys, PyObject[] values, int n) {
        if (n < 2) {
            return;
        }
        PyObject[] tk = new PyObject[n];
        PyObject[] tv = values == null ? null : new PyObject[n];
        final int run = 32;
        for (int lo = 0; lo < n; lo += run) {
            insertionSort(keys, values, lo, Math.min(lo + run, n));
        }
        for (int width = run; width < n; width *= 2) {
            for (int lo = 0; lo < n - width; lo += 2 * width) {
                int mid = lo + width;
                int hi = Math.min(lo + 2 * width, n);
                if (!lt(keys[mid], keys[mid - 1])) {
                    continue;
                }
                System.arraycopy(keys, lo, tk, lo, hi - lo);
                if (values != null) {
                    System.arraycopy(values, lo, tv, lo, hi - lo);
                }
                int i = lo;
                int j = mid;
                int k = lo;
                while (i < mid && j < hi) {
                    if (lt(tk[j], tk[i])) {
                        keys[k] = tk[j];
                        if (values != null) {
                            values[k] = tv[j];
                        }
                        j++;
                    } else {
                        keys[k] = tk[i];
                        if (values != null) {
                            values[k] = tv[i];
                        }
                        i++;
                    }
                    k++;
                }
                while (i < mid) {
                    keys[k] = tk[i];
                    if (values != null) {
                        values[k] = tv[i];
                    }
                    i++;
                    k++;
                }
                while (j < hi) {
                    keys[k] = tk[j];
                    if (values != null) {
                        values[k] = tv[j];
                    }
                    j++;
                    k++;
                }
            }
        }
        Arrays.fill(tk, null);
    }

    private static void insertionSort(PyObject[] keys, PyObject[] values, int lo, int hi) {
        for (int i = lo + 1; i < hi; i++) {
            PyObject k = keys[i];
            PyObject v = values == null ? null : values[i];
            int left = lo;
            int right = i;
            while (left < right) {
                int mid = (left + right) >>> 1;
                if (lt(k, keys[mid])) {
                    right = mid;
                } else {
                    left = mid + 1;
                }
            }
            System.arraycopy(keys, left, keys, left + 1, i - left);
            keys[left] = k;
            if (values != null) {
                System.arraycopy(values, left, values, left + 1, i - left);
                values[left] = v;
            }
        }
    }
}
