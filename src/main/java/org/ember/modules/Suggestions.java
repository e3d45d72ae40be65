package org.ember.modules;

import java.nio.charset.StandardCharsets;

import org.ember.objects.PyList;
import org.ember.objects.PyObject;
import org.ember.objects.PyStr;

/**
 * "Did you mean" suggestions (CPython 3.11's suggestions.c): the closest candidate name under a
 * Levenshtein distance where a case change costs 1 and other edits cost 2, on UTF-8 bytes.
 */
final class Suggestions {
    private Suggestions() {}

    private static final int MAX_CANDIDATE_ITEMS = 750;
    private static final int MAX_STRING_SIZE = 40;
    private static final int MOVE_COST = 2;
    private static final int CASE_COST = 1;

    private static int substitutionCost(byte a, byte b) {
        if ((a & 31) != (b & 31)) {
            return MOVE_COST;
        }
        if (a == b) {
            return 0;
        }
        if ('A' <= a && a <= 'Z') {
            a += 'a' - 'A';
        }
        if ('A' <= b && b <= 'Z') {
            b += 'a' - 'A';
        }
        return a == b ? CASE_COST : MOVE_COST;
    }

    static long distance(byte[] a0, byte[] b0, long maxCost) {
        int as = 0;
        int ae = a0.length;
        int bs = 0;
        int be = b0.length;
        while (as < ae && bs < be && a0[as] == b0[bs]) {
            as++;
            bs++;
        }
        while (as < ae && bs < be && a0[ae - 1] == b0[be - 1]) {
            ae--;
            be--;
        }
        int aSize = ae - as;
        int bSize = be - bs;
        if (aSize == 0 || bSize == 0) {
            return (long) (aSize + bSize) * MOVE_COST;
        }
        if (aSize > MAX_STRING_SIZE || bSize > MAX_STRING_SIZE) {
            return maxCost + 1;
        }
        byte[] a = java.util.Arrays.copyOfRange(a0, as, ae);
        byte[] b = java.util.Arrays.copyOfRange(b0, bs, be);
        if (b.length < a.length) {
            byte[] t = a;
            a = b;
            b = t;
        }
        if ((long) (b.length - a.length) * MOVE_COST > maxCost) {
            return maxCost + 1;
        }
        long[] buffer = new long[a.length];
        long tmp = MOVE_COST;
        for (int i = 0; i < a.length; i++) {
            buffer[i] = tmp;
            tmp += MOVE_COST;
        }
        long result = 0;
        for (int bi = 0; bi < b.length; bi++) {
            byte code = b[bi];
            long dist = result = (long) bi * MOVE_COST;
            long minimum = Long.MAX_VALUE;
            for (int idx = 0; idx < a.length; idx++) {
                long substitute = dist + substitutionCost(code, a[idx]);
                dist = buffer[idx];
                long insertDelete = Math.min(result, dist) + MOVE_COST;
                result = Math.min(insertDelete, substitute);
                buffer[idx] = result;
                if (result < minimum) {
                    minimum = result;
                }
            }
            if (minimum > maxCost) {
                return maxCost + 1;
            }
        }
        return result;
    }

    /** The best suggestion for name among the str items of dir (a list), or null. */
    static PyObject calculate(PyObject dir, String name) {
        if (!(dir instanceof PyList list) || list.size() >= MAX_CANDIDATE_ITEMS) {
            return null;
        }
        byte[] nameBytes = name.getBytes(StandardCharsets.UTF_8);
        long best = Long.MAX_VALUE;
        PyObject suggestion = null;
        for (int i = 0; i < list.size(); i++) {
            if (!(list.get(i) instanceof PyStr item)) {
                continue;
            }
            if (item.value.equals(name)) {
                continue;
            }
            byte[] itemBytes = item.value.getBytes(StandardCharsets.UTF_8);
            long maxDistance = (long) (nameBytes.length + itemBytes.length + 3) * MOVE_COST / 6;
            maxDistance = Math.min(maxDistance, best - 1);
            long d = distance(nameBytes, itemBytes, maxDistance);
            if (d > maxDistance) {
                continue;
            }
            if (suggestion == null || d < best) {
                suggestion = item;
                best = d;
            }
        }
        return suggestion;
    }
}
