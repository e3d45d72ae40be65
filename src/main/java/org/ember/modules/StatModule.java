package org.ember.modules;

import org.ember.objects.Abstract;
import org.ember.objects.Err;
import org.ember.objects.NativeFunction;
import org.ember.objects.Py;
import org.ember.objects.PyInt;
import org.ember.objects.PyModule;
import org.ember.objects.PyObject;
import org.ember.objects.PyStr;
import org.ember.runtime.Interpreter;

/** Module _stat: S_IS* tests, S_IMODE/S_IFMT, filemode() and the stat constants (Linux values). */
public final class StatModule {
    private StatModule() {}

    private static final Object[] CONSTANTS = {
        "S_IFDIR", 16384,
        "S_IFCHR", 8192,
        "S_IFBLK", 24576,
        "S_IFREG", 32768,
        "S_IFIFO", 4096,
        "S_IFLNK", 40960,
        "S_IFSOCK", 49152,
        "S_IFDOOR", 0,
        "S_IFPORT", 0,
        "S_IFWHT", 0,
        "S_ISUID", 2048,
        "S_ISGID", 1024,
        "S_ISVTX", 512,
        "S_ENFMT", 1024,
        "S_IREAD", 256,
        "S_IWRITE", 128,
        "S_IEXEC", 64,
        "S_IRWXU", 448,
        "S_IRUSR", 256,
        "S_IWUSR", 128,
        "S_IXUSR", 64,
        "S_IRWXG", 56,
        "S_IRGRP", 32,
        "S_IWGRP", 16,
        "S_IXGRP", 8,
        "S_IRWXO", 7,
        "S_IROTH", 4,
        "S_IWOTH", 2,
        "S_IXOTH", 1,
        "UF_NODUMP", 1,
        "UF_IMMUTABLE", 2,
        "UF_APPEND", 4,
        "UF_OPAQUE", 8,
        "UF_NOUNLINK", 16,
        "UF_COMPRESSED", 32,
        "UF_HIDDEN", 32768,
        "SF_ARCHIVED", 65536,
        "SF_IMMUTABLE", 131072,
        "SF_APPEND", 262144,
        "SF_NOUNLINK", 1048576,
        "SF_SNAPSHOT", 2097152,
        "ST_MODE", 0,
        "ST_INO", 1,
        "ST_DEV", 2,
        "ST_NLINK", 3,
        "ST_UID", 4,
        "ST_GID", 5,
        "ST_SIZE", 6,
        "ST_ATIME", 7,
        "ST_MTIME", 8,
        "ST_CTIME", 9
    };

    static long mode(PyObject o) {
        PyInt i = Abstract.index(o);
        if (!i.isSmall() || i.longValue() < 0 || i.longValue() > 0xffffffffL) {
            if (i.signum() < 0) {
                throw Err.overflow("mode out of range");
            }
            throw Err.overflow("mode out of range");
        }
        return i.longValue();
    }

    private static NativeFunction test(String name, int fmt) {
        return NativeFunction.of(name, (s, m) -> Py.bool(fmt != 0 && (mode(m) & 0170000) == fmt));
    }

    /** stat.filemode(): "-rwxr-xr-x" and friends. */
    public static String filemode(long mode) {
        char[] buf = new char[10];
        long fmt = mode & 0170000;
        buf[0] = fmt == 0140000 ? 's' : fmt == 0120000 ? 'l' : fmt == 0100000 ? '-' : fmt == 0060000 ? 'b'
                : fmt == 0040000 ? 'd' : fmt == 0020000 ? 'c' : fmt == 0010000 ? 'p' : '?';
        buf[1] = (mode & 0400) != 0 ? 'r' : '-';
        buf[2] = (mode & 0200) != 0 ? 'w' : '-';
        buf[3] = (mode & 04000) != 0 ? ((mode & 0100) != 0 ? 's' : 'S') : ((mode & 0100) != 0 ? 'x' : '-');
        buf[4] = (mode & 040) != 0 ? 'r' : '-';
        buf[5] = (mode & 020) != 0 ? 'w' : '-';
        buf[6] = (mode & 02000) != 0 ? ((mode & 010) != 0 ? 's' : 'S') : ((mode & 010) != 0 ? 'x' : '-');
        buf[7] = (mode & 04) != 0 ? 'r' : '-';
        buf[8] = (mode & 02) != 0 ? 'w' : '-';
        buf[9] = (mode & 01000) != 0 ? ((mode & 01) != 0 ? 't' : 'T') : ((mode & 01) != 0 ? 'x' : '-');
        return new String(buf);
    }

    private static final NativeFunction[] FUNCTIONS = {
        test("S_ISDIR", 0040000),
        test("S_ISCHR", 0020000),
        test("S_ISBLK", 0060000),
        test("S_ISREG", 0100000),
        test("S_ISFIFO", 0010000),
        test("S_ISLNK", 0120000),
        test("S_ISSOCK", 0140000),
        test("S_ISDOOR", 0),
        test("S_ISPORT", 0),
        test("S_ISWHT", 0),
        NativeFunction.of("S_IMODE", (s, m) -> PyInt.of(mode(m) & 07777)),
        NativeFunction.of("S_IFMT", (s, m) -> PyInt.of(mode(m) & 0170000)),
        NativeFunction.of("filemode", (s, m) -> PyStr.of(filemode(mode(m)))),
    };

    public static PyModule create(Interpreter interp) {
        PyModule m = new PyModule("_stat");
        m.put("__doc__", PyStr.of("S_IFMT_: file type bits\nS_IFDIR: directory\nS_IFCHR: character device\n"
                + "S_IFBLK: block device\nS_IFREG: regular file\nS_IFIFO: fifo (named pipe)\nS_IFLNK: symbolic link\n"
                + "S_IFSOCK: socket file\nS_IFDOOR: door\nS_IFPORT: event port\nS_IFWHT: whiteout\n\n"
                + "S_ISUID: set UID bit\nS_ISGID: set GID bit\nS_ENFMT: file locking enforcement\nS_ISVTX: sticky bit\n"
                + "S_IREAD: Unix V7 synonym for S_IRUSR\nS_IWRITE: Unix V7 synonym for S_IWUSR\n"
                + "S_IEXEC: Unix V7 synonym for S_IXUSR\nS_IRWXU: mask for owner permissions\n"
                + "S_IRUSR: read by owner\nS_IWUSR: write by owner\nS_IXUSR: execute by owner\n"
                + "S_IRWXG: mask for group permissions\nS_IRGRP: read by group\nS_IWGRP: write by group\n"
                + "S_IXGRP: execute by group\nS_IRWXO: mask for others (not in group) permissions\n"
                + "S_IROTH: read by others\nS_IWOTH: write by others\nS_IXOTH: execute by others\n\n"
                + "UF_NODUMP: do not dump file\nUF_IMMUTABLE: file may not be changed\n"
                + "UF_APPEND: file may only be appended to\nUF_OPAQUE: directory is opaque when viewed through a union stack\n"
                + "UF_NOUNLINK: file may not be renamed or deleted\nUF_COMPRESSED: OS X: file is hfs-compressed\n"
                + "UF_HIDDEN: OS X: file should not be displayed\nSF_ARCHIVED: file may be archived\n"
                + "SF_IMMUTABLE: file may not be changed\nSF_APPEND: file may only be appended to\n"
                + "SF_NOUNLINK: file may not be renamed or deleted\nSF_SNAPSHOT: file is a snapshot file\n\n"
                + "ST_MODE\nST_INO\nST_DEV\nST_NLINK\nST_UID\nST_GID\nST_SIZE\nST_ATIME\nST_MTIME\nST_CTIME\n\n"
                + "FILE_ATTRIBUTE_*: Windows file attribute constants\n                   (only available on Windows)\n"));
        for (NativeFunction f : FUNCTIONS) {
            m.function(f);
        }
        for (int i = 0; i < CONSTANTS.length; i += 2) {
            m.put((String) CONSTANTS[i], PyInt.of((Integer) CONSTANTS[i + 1]));
        }
        return m;
    }
}
