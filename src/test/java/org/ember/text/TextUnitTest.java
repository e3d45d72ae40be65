package org.ember.text;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Random;

import org.ember.objects.BufferView;
import org.ember.objects.PyByteArray;
import org.ember.objects.PyBytes;
import org.ember.objects.PyException;
import org.ember.objects.PyStr;
import org.ember.objects.UnicodeNames;
import org.ember.objects.UnicodeTables;
import org.junit.jupiter.api.Test;

/** Java-level invariants of the text layer (the Python-visible behaviour is in tests/text). */
class TextUnitTest {

    @Test
    void asciiFastPathAgreesWithTables() {
        // flags(cp) answers ASCII from a hand-written table; the generated data must agree.
        for (int c = 0; c < 128; c++) {
            int fast = UnicodeTables.flags(c);
            String s = Character.toString(c);
            StringBuilder up = new StringBuilder();
            UnicodeTables.appendMapping(up, c, UnicodeTables.MAP_UPPER);
            assertEquals(s.toUpperCase(java.util.Locale.ROOT), up.toString());
            int[] viaTable = UnicodeTables.mapping(c, UnicodeTables.MAP_LOWER);
            String lower = viaTable == null ? s : new String(viaTable, 0, viaTable.length);
            assertEquals(s.toLowerCase(java.util.Locale.ROOT), lower);
            assertEquals(fast & ~0, fast);
        }
        assertTrue(UnicodeTables.isCaseIgnorable('\''));
        assertTrue(UnicodeTables.isSpace(0x1c));
        assertTrue(UnicodeTables.isLinebreak(0x1e));
        assertTrue(!UnicodeTables.isPrintable(0x7f));
    }

    @Test
    void codePointIndexOfAstralStrings() {
        Random r = new Random(42);
        for (int trial = 0; trial < 200; trial++) {
            StringBuilder sb = new StringBuilder();
            int n = r.nextInt(300);
            for (int i = 0; i < n; i++) {
                int k = r.nextInt(10);
                int cp = k < 5 ? 'a' + k : k < 8 ? 0x1f600 + k : k == 8 ? 0xdc80 : 0xe9;
                sb.appendCodePoint(cp);
            }
            PyStr s = PyStr.of(sb.toString());
            int[] cps = sb.codePoints().toArray();
            assertEquals(cps.length, s.length());
            int off = 0;
            for (int i = 0; i <= cps.length; i++) {
                assertEquals(off, s.offsetOf(i));
                assertEquals(i, s.indexOfOffset(off));
                if (i < cps.length) {
                    assertEquals(cps[i], s.codePointAt(i));
                    off += Character.charCount(cps[i]);
                }
            }
            assertArrayEquals(cps, s.codePoints());
        }
    }

    @Test
    void namesFollowUnicode14() {
        assertEquals("LATIN SMALL LETTER A", UnicodeNames.name('a'));
        assertEquals("CJK UNIFIED IDEOGRAPH-4E00", UnicodeNames.name(0x4e00));
        assertEquals("HANGUL SYLLABLE GAG", UnicodeNames.name(0xac01));
        assertNull(UnicodeNames.name(0));
        assertNull(UnicodeNames.name(0x17000));
        assertNull(UnicodeNames.name(0x0897));
        assertEquals(0xac01, UnicodeNames.lookup("HANGUL SYLLABLE GAG"));
        assertEquals(0xa0, UnicodeNames.lookup("nbsp"));
        assertEquals(-1, UnicodeNames.lookup("CJK UNIFIED IDEOGRAPHS 4E00"));
    }

    @Test
    void bytearrayExportsBlockResizing() {
        TextCasesTest.onPythonThread(() -> {
            PyByteArray b = new PyByteArray(new byte[] {1, 2, 3});
            BufferView v = b.getBuffer(0);
            assertEquals(3, v.len);
            assertTrue(v.isCContiguous());
            assertThrows(PyException.class, () -> org.ember.objects.Abstract.callMethod(b, "append", org.ember.objects.PyInt.of(4)));
            v.release();
            org.ember.objects.Abstract.callMethod(b, "append", org.ember.objects.PyInt.of(4));
            assertEquals(4, b.size());
            PyBytes bytes = PyBytes.of(new byte[] {9, 8});
            assertThrows(PyException.class, () -> bytes.getBuffer(org.ember.objects.BufferProtocol.WRITABLE));
        });
    }
}
