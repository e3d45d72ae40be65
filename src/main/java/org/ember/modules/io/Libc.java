package org.ember.modules.io;

import java.lang.foreign.Arena;
import java.lang.foreign.FunctionDescriptor;
import java.lang.foreign.Linker;
import java.lang.foreign.MemoryLayout;
import java.lang.foreign.MemorySegment;
import java.lang.foreign.StructLayout;
import java.lang.foreign.SymbolLookup;
import java.lang.foreign.ValueLayout;
import java.lang.invoke.MethodHandle;
import java.lang.invoke.VarHandle;
import java.util.ArrayList;
import java.util.List;

import org.ember.objects.Err;

/**
 * The C library calls behind posix and _io (Linux, LP64), through the JDK's Foreign Function &
 * Memory API, so that Ember works on real file descriptors like CPython.
 *
 * <p>Every wrapper returns its result, or {@code -errno} when the call failed (the kernel's
 * convention), so callers raise the matching OSError. Method handles are created lazily, one
 * small holder class per group of functions, so start-up only pays for what is used.
 */
public final class Libc {
    private Libc() {}

    public static final int AT_FDCWD = -100;
    public static final int AT_SYMLINK_NOFOLLOW = 0x100;
    public static final int AT_REMOVEDIR = 0x200;
    public static final int AT_EACCESS = 0x200;
    public static final int AT_SYMLINK_FOLLOW = 0x400;
    public static final int AT_EMPTY_PATH = 0x1000;
    public static final int F_GETFD = 1;
    public static final int F_SETFD = 2;
    public static final int F_GETFL = 3;
    public static final int F_SETFL = 4;
    public static final int FD_CLOEXEC = 1;
    public static final int O_NONBLOCK = 2048;
    public static final int O_CLOEXEC = 524288;
    public static final int EINTR = 4;
    public static final int EAGAIN = 11;

    static final Linker LINKER = Linker.nativeLinker();
    static final SymbolLookup STD = LINKER.defaultLookup();
    static final StructLayout CAPTURE = Linker.Option.captureStateLayout();
    static final VarHandle ERRNO = CAPTURE.varHandle(MemoryLayout.PathElement.groupElement("errno"));

    static final ValueLayout.OfInt I = ValueLayout.JAVA_INT;
    static final ValueLayout.OfLong L = ValueLayout.JAVA_LONG;
    static final MemoryLayout P = ValueLayout.ADDRESS;

    /** A downcall handle that captures errno (first argument: the capture segment). */
    static MethodHandle fn(String name, MemoryLayout ret, MemoryLayout... args) {
        FunctionDescriptor fd = ret == null ? FunctionDescriptor.ofVoid(args) : FunctionDescriptor.of(ret, args);
        return LINKER.downcallHandle(find(name), fd, Linker.Option.captureCallState("errno"));
    }

    /** As {@link #fn} for a variadic function whose variadic part starts at argument {@code first}. */
    static MethodHandle fnVar(String name, int first, MemoryLayout ret, MemoryLayout... args) {
        return LINKER.downcallHandle(find(name), FunctionDescriptor.of(ret, args),
                Linker.Option.captureCallState("errno"), Linker.Option.firstVariadicArg(first));
    }

    /** A downcall handle without errno capture. */
    static MethodHandle plain(String name, MemoryLayout ret, MemoryLayout... args) {
        FunctionDescriptor fd = ret == null ? FunctionDescriptor.ofVoid(args) : FunctionDescriptor.of(ret, args);
        return LINKER.downcallHandle(find(name), fd);
    }

    private static MemorySegment find(String name) {
        return STD.find(name).orElseThrow(() -> new UnsatisfiedLinkError("libc has no " + name));
    }

    static RuntimeException fail(Throwable t) {
        if (t instanceof RuntimeException re) {
            return re;
        }
        if (t instanceof Error e) {
            throw e;
        }
        return Err.internal(t);
    }

    /** Native memory for one call: the errno capture area and temporary buffers. */
    static final class Scope implements AutoCloseable {
        final Arena arena = Arena.ofConfined();
        final MemorySegment state = arena.allocate(CAPTURE);

        int errno() {
            return (int) ERRNO.get(state, 0L);
        }

        /** A NUL-terminated copy of b (a path). */
        MemorySegment cstr(byte[] b) {
            if (b == null) {
                return MemorySegment.NULL;
            }
            MemorySegment s = arena.allocate(b.length + 1L);
            MemorySegment.copy(b, 0, s, ValueLayout.JAVA_BYTE, 0, b.length);
            s.set(ValueLayout.JAVA_BYTE, b.length, (byte) 0);
            return s;
        }

        MemorySegment alloc(long size) {
            return arena.allocate(Math.max(size, 1));
        }

        @Override
        public void close() {
            arena.close();
        }
    }

    private static final class ErrnoLoc {
        static final MethodHandle LOCATION = plain("__errno_location", P);
    }

    /** Sets the calling thread's C errno to 0 (for calls that only report errors through errno). */
    static void clearErrno() {
        try {
            MemorySegment p = ((MemorySegment) ErrnoLoc.LOCATION.invokeExact()).reinterpret(4);
            p.set(I, 0, 0);
        } catch (Throwable t) {
            throw fail(t);
        }
    }

    /** The bytes of a NUL-terminated C string at address p (null for NULL). */
    static byte[] cstring(MemorySegment p) {
        if (p.equals(MemorySegment.NULL)) {
            return null;
        }
        MemorySegment s = p.reinterpret(Long.MAX_VALUE);
        long n = 0;
        while (s.get(ValueLayout.JAVA_BYTE, n) != 0) {
            n++;
        }
        byte[] out = new byte[(int) n];
        MemorySegment.copy(s, ValueLayout.JAVA_BYTE, 0, out, 0, (int) n);
        return out;
    }

    static byte[] cstring(MemorySegment buf, long offset, int max) {
        int n = 0;
        while (n < max && buf.get(ValueLayout.JAVA_BYTE, offset + n) != 0) {
            n++;
        }
        byte[] out = new byte[n];
        MemorySegment.copy(buf, ValueLayout.JAVA_BYTE, offset, out, 0, n);
        return out;
    }

    // ---- file descriptors ------------------------------------------------------------------

    private static final class Fd {
        static final MethodHandle READ = fn("read", L, I, P, L);
        static final MethodHandle WRITE = fn("write", L, I, P, L);
        static final MethodHandle CLOSE = fn("close", I, I);
        static final MethodHandle LSEEK = fn("lseek", L, I, L, I);
        static final MethodHandle ISATTY = plain("isatty", I, I);
        static final MethodHandle OPENAT = fnVar("openat", 3, I, I, P, I, I);
        static final MethodHandle FCNTL = fnVar("fcntl", 2, I, I, I, I);
        static final MethodHandle FSTATX = fn("statx", I, I, P, I, I, P);
    }

    private static final class Fd2 {
        static final MethodHandle DUP = fn("dup", I, I);
        static final MethodHandle DUP2 = fn("dup2", I, I, I);
        static final MethodHandle DUP3 = fn("dup3", I, I, I, I);
        static final MethodHandle PIPE2 = fn("pipe2", I, P, I);
        static final MethodHandle FSYNC = fn("fsync", I, I);
        static final MethodHandle FDATASYNC = fn("fdatasync", I, I);
        static final MethodHandle FTRUNCATE = fn("ftruncate", I, I, L);
        static final MethodHandle PREAD = fn("pread", L, I, P, L, L);
        static final MethodHandle PWRITE = fn("pwrite", L, I, P, L, L);
        static final MethodHandle IOCTL_PTR = fnVar("ioctl", 2, I, I, L, P);
    }

    public static int openat(int dirfd, byte[] path, int flags, int mode) {
        try (Scope s = new Scope()) {
            int r = (int) Fd.OPENAT.invokeExact(s.state, dirfd, s.cstr(path), flags, mode);
            return r < 0 ? -s.errno() : r;
        } catch (Throwable t) {
            throw fail(t);
        }
    }

    /** read(2) into b[off, off+len); returns the count or -errno. */
    public static long read(int fd, byte[] b, int off, int len) {
        try (Scope s = new Scope()) {
            MemorySegment buf = s.alloc(len);
            long r = (long) Fd.READ.invokeExact(s.state, fd, buf, (long) len);
            if (r < 0) {
                return -s.errno();
            }
            MemorySegment.copy(buf, ValueLayout.JAVA_BYTE, 0, b, off, (int) r);
            return r;
        } catch (Throwable t) {
            throw fail(t);
        }
    }

    public static long write(int fd, byte[] b, int off, int len) {
        try (Scope s = new Scope()) {
            MemorySegment buf = s.alloc(len);
            MemorySegment.copy(b, off, buf, ValueLayout.JAVA_BYTE, 0, len);
            long r = (long) Fd.WRITE.invokeExact(s.state, fd, buf, (long) len);
            return r < 0 ? -s.errno() : r;
        } catch (Throwable t) {
            throw fail(t);
        }
    }

    public static long pread(int fd, byte[] b, int len, long offset) {
        try (Scope s = new Scope()) {
            MemorySegment buf = s.alloc(len);
            long r = (long) Fd2.PREAD.invokeExact(s.state, fd, buf, (long) len, offset);
            if (r < 0) {
                return -s.errno();
            }
            MemorySegment.copy(buf, ValueLayout.JAVA_BYTE, 0, b, 0, (int) r);
            return r;
        } catch (Throwable t) {
            throw fail(t);
        }
    }

    public static long pwrite(int fd, byte[] b, int len, long offset) {
        try (Scope s = new Scope()) {
            MemorySegment buf = s.alloc(len);
            MemorySegment.copy(b, 0, buf, ValueLayout.JAVA_BYTE, 0, len);
            long r = (long) Fd2.PWRITE.invokeExact(s.state, fd, buf, (long) len, offset);
            return r < 0 ? -s.errno() : r;
        } catch (Throwable t) {
            throw fail(t);
        }
    }

    public static int close(int fd) {
        try (Scope s = new Scope()) {
            int r = (int) Fd.CLOSE.invokeExact(s.state, fd);
            return r < 0 ? -s.errno() : r;
        } catch (Throwable t) {
            throw fail(t);
        }
    }

    public static long lseek(int fd, long pos, int how) {
        try (Scope s = new Scope()) {
            long r = (long) Fd.LSEEK.invokeExact(s.state, fd, pos, how);
            return r < 0 ? -s.errno() : r;
        } catch (Throwable t) {
            throw fail(t);
        }
    }

    public static boolean isatty(int fd) {
        try {
            return (int) Fd.ISATTY.invokeExact(fd) == 1;
        } catch (Throwable t) {
            throw fail(t);
        }
    }

    public static int fcntl(int fd, int cmd, int arg) {
        try (Scope s = new Scope()) {
            int r = (int) Fd.FCNTL.invokeExact(s.state, fd, cmd, arg);
            return r < 0 ? -s.errno() : r;
        } catch (Throwable t) {
            throw fail(t);
        }
    }

    private static int int1(MethodHandle h, int a) {
        try (Scope s = new Scope()) {
            int r = (int) h.invokeExact(s.state, a);
            return r < 0 ? -s.errno() : r;
        } catch (Throwable t) {
            throw fail(t);
        }
    }

    public static int dup(int fd) {
        return int1(Fd2.DUP, fd);
    }

    public static int dup2(int fd, int fd2) {
        try (Scope s = new Scope()) {
            int r = (int) Fd2.DUP2.invokeExact(s.state, fd, fd2);
            return r < 0 ? -s.errno() : r;
        } catch (Throwable t) {
            throw fail(t);
        }
    }

    public static int dup3(int fd, int fd2, int flags) {
        try (Scope s = new Scope()) {
            int r = (int) Fd2.DUP3.invokeExact(s.state, fd, fd2, flags);
            return r < 0 ? -s.errno() : r;
        } catch (Throwable t) {
            throw fail(t);
        }
    }

    /** pipe2(2): the two descriptors, or {-errno}. */
    public static int[] pipe2(int flags) {
        try (Scope s = new Scope()) {
            MemorySegment fds = s.alloc(8);
            int r = (int) Fd2.PIPE2.invokeExact(s.state, fds, flags);
            if (r < 0) {
                return new int[] {-s.errno()};
            }
            return new int[] {fds.get(I, 0), fds.get(I, 4)};
        } catch (Throwable t) {
            throw fail(t);
        }
    }

    public static int fsync(int fd) {
        return int1(Fd2.FSYNC, fd);
    }

    public static int fdatasync(int fd) {
        return int1(Fd2.FDATASYNC, fd);
    }

    public static int ftruncate(int fd, long length) {
        try (Scope s = new Scope()) {
            int r = (int) Fd2.FTRUNCATE.invokeExact(s.state, fd, length);
            return r < 0 ? -s.errno() : r;
        } catch (Throwable t) {
            throw fail(t);
        }
    }

    /** The terminal size of fd as {columns, lines}, or {-errno}. */
    public static int[] winsize(int fd) {
        try (Scope s = new Scope()) {
            MemorySegment ws = s.alloc(8);
            int r = (int) Fd2.IOCTL_PTR.invokeExact(s.state, fd, 0x5413L, ws);
            if (r < 0) {
                return new int[] {-s.errno()};
            }
            return new int[] {ws.get(ValueLayout.JAVA_SHORT, 2) & 0xffff, ws.get(ValueLayout.JAVA_SHORT, 0) & 0xffff};
        } catch (Throwable t) {
            throw fail(t);
        }
    }

    // ---- stat -----------------------------------------------------------------------------

    /** Result of statx: the fields CPython's stat_result needs. */
    public static final class Stat {
        public int mode;
        public long ino;
        public long dev;
        public long nlink;
        public long uid;
        public long gid;
        public long size;
        public long atimeSec;
        public long atimeNsec;
        public long mtimeSec;
        public long mtimeNsec;
        public long ctimeSec;
        public long ctimeNsec;
        public long blksize;
        public long blocks;
        public long rdev;
    }

    static long makedev(long major, long minor) {
        return ((major & 0xfffff000L) << 32) | ((major & 0xfffL) << 8) | ((minor & 0xffffff00L) << 12) | (minor & 0xffL);
    }

    /** statx(2) of path relative to dirfd (or of dirfd itself when path is null): -errno on failure. */
    public static int stat(int dirfd, byte[] path, boolean followSymlinks, Stat out) {
        try (Scope s = new Scope()) {
            MemorySegment buf = s.alloc(256);
            int flags = (followSymlinks ? 0 : AT_SYMLINK_NOFOLLOW) | (path == null ? AT_EMPTY_PATH : 0);
            MemorySegment p = path == null ? s.cstr(new byte[0]) : s.cstr(path);
            int r = (int) Fd.FSTATX.invokeExact(s.state, dirfd, p, flags, 0x7ff, buf);
            if (r < 0) {
                return -s.errno();
            }
            out.blksize = buf.get(I, 4) & 0xffffffffL;
            out.nlink = buf.get(I, 16) & 0xffffffffL;
            out.uid = buf.get(I, 20) & 0xffffffffL;
            out.gid = buf.get(I, 24) & 0xffffffffL;
            out.mode = buf.get(ValueLayout.JAVA_SHORT, 28) & 0xffff;
            out.ino = buf.get(L, 32);
            out.size = buf.get(L, 40);
            out.blocks = buf.get(L, 48);
            out.atimeSec = buf.get(L, 64);
            out.atimeNsec = buf.get(I, 72) & 0xffffffffL;
            out.ctimeSec = buf.get(L, 96);
            out.ctimeNsec = buf.get(I, 104) & 0xffffffffL;
            out.mtimeSec = buf.get(L, 112);
            out.mtimeNsec = buf.get(I, 120) & 0xffffffffL;
            out.rdev = makedev(buf.get(I, 128) & 0xffffffffL, buf.get(I, 132) & 0xffffffffL);
            out.dev = makedev(buf.get(I, 136) & 0xffffffffL, buf.get(I, 140) & 0xffffffffL);
            return 0;
        } catch (Throwable t) {
            throw fail(t);
        }
    }

    private static final class Vfs {
        static final MethodHandle STATVFS = fn("statvfs", I, P, P);
        static final MethodHandle FSTATVFS = fn("fstatvfs", I, I, P);
    }

    /** statvfs(3)/fstatvfs(3) (path null: fd): the 11 fields of statvfs_result, or {errno}. */
    public static long[] statvfs(byte[] path, int fd) {
        try (Scope s = new Scope()) {
            MemorySegment buf = s.alloc(112);
            int r = path == null ? (int) Vfs.FSTATVFS.invokeExact(s.state, fd, buf)
                    : (int) Vfs.STATVFS.invokeExact(s.state, s.cstr(path), buf);
            if (r < 0) {
                return new long[] {s.errno()};
            }
            // f_bsize, f_frsize, f_blocks, f_bfree, f_bavail, f_files, f_ffree, f_favail, f_fsid, f_flag, f_namemax
            long[] raw = new long[11];
            for (int i = 0; i < 11; i++) {
                raw[i] = buf.get(L, 8L * i);
            }
            return new long[] {raw[0], raw[1], raw[2], raw[3], raw[4], raw[5], raw[6], raw[7], raw[9], raw[10], raw[8]};
        } catch (Throwable t) {
            throw fail(t);
        }
    }

    // ---- paths ----------------------------------------------------------------------------

    private static final class Paths {
        static final MethodHandle MKDIRAT = fn("mkdirat", I, I, P, I);
        static final MethodHandle UNLINKAT = fn("unlinkat", I, I, P, I);
        static final MethodHandle RENAMEAT = fn("renameat", I, I, P, I, P);
        static final MethodHandle READLINKAT = fn("readlinkat", L, I, P, P, L);
        static final MethodHandle SYMLINKAT = fn("symlinkat", I, P, I, P);
        static final MethodHandle LINKAT = fn("linkat", I, I, P, I, P, I);
        static final MethodHandle FACCESSAT = fn("faccessat", I, I, P, I, I);
        static final MethodHandle FCHMODAT = fn("fchmodat", I, I, P, I, I);
        static final MethodHandle FCHMOD = fn("fchmod", I, I, I);
        static final MethodHandle CHDIR = fn("chdir", I, P);
        static final MethodHandle FCHDIR = fn("fchdir", I, I);
        static final MethodHandle GETCWD = fn("getcwd", P, P, L);
        static final MethodHandle UMASK = plain("umask", I, I);
        static final MethodHandle TRUNCATE = fn("truncate", I, P, L);
        static final MethodHandle UTIMENSAT = fn("utimensat", I, I, P, P, I);
        static final MethodHandle FUTIMENS = fn("futimens", I, I, P);
        static final MethodHandle FCHOWNAT = fn("fchownat", I, I, P, I, I, I);
        static final MethodHandle FCHOWN = fn("fchown", I, I, I, I);
        static final MethodHandle MKFIFOAT = fn("mkfifoat", I, I, P, I);
        static final MethodHandle MKNODAT = fn("mknodat", I, I, P, I, L);
        static final MethodHandle CHROOT = fn("chroot", I, P);
    }

    public static int mkdirat(int dirfd, byte[] path, int mode) {
        try (Scope s = new Scope()) {
            int r = (int) Paths.MKDIRAT.invokeExact(s.state, dirfd, s.cstr(path), mode);
            return r < 0 ? -s.errno() : r;
        } catch (Throwable t) {
            throw fail(t);
        }
    }

    public static int unlinkat(int dirfd, byte[] path, int flags) {
        try (Scope s = new Scope()) {
            int r = (int) Paths.UNLINKAT.invokeExact(s.state, dirfd, s.cstr(path), flags);
            return r < 0 ? -s.errno() : r;
        } catch (Throwable t) {
            throw fail(t);
        }
    }

    public static int renameat(int srcDir, byte[] src, int dstDir, byte[] dst) {
        try (Scope s = new Scope()) {
            int r = (int) Paths.RENAMEAT.invokeExact(s.state, srcDir, s.cstr(src), dstDir, s.cstr(dst));
            return r < 0 ? -s.errno() : r;
        } catch (Throwable t) {
            throw fail(t);
        }
    }

    /** readlinkat(2): the link's target bytes; errno in err[0] when null is returned. */
    public static byte[] readlinkat(int dirfd, byte[] path, int[] err) {
        try (Scope s = new Scope()) {
            MemorySegment p = s.cstr(path);
            for (long size = 4096;; size *= 4) {
                MemorySegment buf = s.alloc(size);
                long r = (long) Paths.READLINKAT.invokeExact(s.state, dirfd, p, buf, size);
                if (r < 0) {
                    err[0] = s.errno();
                    return null;
                }
                if (r < size) {
                    byte[] out = new byte[(int) r];
                    MemorySegment.copy(buf, ValueLayout.JAVA_BYTE, 0, out, 0, (int) r);
                    return out;
                }
            }
        } catch (Throwable t) {
            throw fail(t);
        }
    }

    public static int symlinkat(byte[] target, int dirfd, byte[] link) {
        try (Scope s = new Scope()) {
            int r = (int) Paths.SYMLINKAT.invokeExact(s.state, s.cstr(target), dirfd, s.cstr(link));
            return r < 0 ? -s.errno() : r;
        } catch (Throwable t) {
            throw fail(t);
        }
    }

    public static int linkat(int srcDir, byte[] src, int dstDir, byte[] dst, int flags) {
        try (Scope s = new Scope()) {
            int r = (int) Paths.LINKAT.invokeExact(s.state, srcDir, s.cstr(src), dstDir, s.cstr(dst), flags);
            return r < 0 ? -s.errno() : r;
        } catch (Throwable t) {
            throw fail(t);
        }
    }

    public static int faccessat(int dirfd, byte[] path, int mode, int flags) {
        try (Scope s = new Scope()) {
            int r = (int) Paths.FACCESSAT.invokeExact(s.state, dirfd, s.cstr(path), mode, flags);
            return r < 0 ? -s.errno() : r;
        } catch (Throwable t) {
            throw fail(t);
        }
    }

    public static int fchmodat(int dirfd, byte[] path, int mode, int flags) {
        try (Scope s = new Scope()) {
            int r = (int) Paths.FCHMODAT.invokeExact(s.state, dirfd, s.cstr(path), mode, flags);
            return r < 0 ? -s.errno() : r;
        } catch (Throwable t) {
            throw fail(t);
        }
    }

    public static int fchmod(int fd, int mode) {
        try (Scope s = new Scope()) {
            int r = (int) Paths.FCHMOD.invokeExact(s.state, fd, mode);
            return r < 0 ? -s.errno() : r;
        } catch (Throwable t) {
            throw fail(t);
        }
    }

    public static int fchownat(int dirfd, byte[] path, int uid, int gid, int flags) {
        try (Scope s = new Scope()) {
            int r = (int) Paths.FCHOWNAT.invokeExact(s.state, dirfd, s.cstr(path), uid, gid, flags);
            return r < 0 ? -s.errno() : r;
        } catch (Throwable t) {
            throw fail(t);
        }
    }

    public static int fchown(int fd, int uid, int gid) {
        try (Scope s = new Scope()) {
            int r = (int) Paths.FCHOWN.invokeExact(s.state, fd, uid, gid);
            return r < 0 ? -s.errno() : r;
        } catch (Throwable t) {
            throw fail(t);
        }
    }

    public static int mkfifoat(int dirfd, byte[] path, int mode) {
        try (Scope s = new Scope()) {
            int r = (int) Paths.MKFIFOAT.invokeExact(s.state, dirfd, s.cstr(path), mode);
            return r < 0 ? -s.errno() : r;
        } catch (Throwable t) {
            throw fail(t);
        }
    }

    public static int mknodat(int dirfd, byte[] path, int mode, long dev) {
        try (Scope s = new Scope()) {
            int r = (int) Paths.MKNODAT.invokeExact(s.state, dirfd, s.cstr(path), mode, dev);
            return r < 0 ? -s.errno() : r;
        } catch (Throwable t) {
            throw fail(t);
        }
    }

    public static int chdir(byte[] path) {
        try (Scope s = new Scope()) {
            int r = (int) Paths.CHDIR.invokeExact(s.state, s.cstr(path));
            return r < 0 ? -s.errno() : r;
        } catch (Throwable t) {
            throw fail(t);
        }
    }

    public static int chroot(byte[] path) {
        try (Scope s = new Scope()) {
            int r = (int) Paths.CHROOT.invokeExact(s.state, s.cstr(path));
            return r < 0 ? -s.errno() : r;
        } catch (Throwable t) {
            throw fail(t);
        }
    }

    public static int fchdir(int fd) {
        return int1(Paths.FCHDIR, fd);
    }

    /** getcwd(3); errno in err[0] when null is returned. */
    public static byte[] getcwd(int[] err) {
        try (Scope s = new Scope()) {
            for (long size = 1024;; size *= 4) {
                MemorySegment buf = s.alloc(size);
                MemorySegment r = (MemorySegment) Paths.GETCWD.invokeExact(s.state, buf, size);
                if (r.equals(MemorySegment.NULL)) {
                    int e = s.errno();
                    if (e == 34 && size < (1 << 24)) { // ERANGE
                        continue;
                    }
                    err[0] = e;
                    return null;
                }
                return cstring(buf, 0, (int) size);
            }
        } catch (Throwable t) {
            throw fail(t);
        }
    }

    public static int umask(int mask) {
        try {
            return (int) Paths.UMASK.invokeExact(mask);
        } catch (Throwable t) {
            throw fail(t);
        }
    }

    public static int truncate(byte[] path, long length) {
        try (Scope s = new Scope()) {
            int r = (int) Paths.TRUNCATE.invokeExact(s.state, s.cstr(path), length);
            return r < 0 ? -s.errno() : r;
        } catch (Throwable t) {
            throw fail(t);
        }
    }

    /** UTIME_NOW / UTIME_OMIT for utimens. */
    public static final long UTIME_NOW = (1L << 30) - 1;
    public static final long UTIME_OMIT = (1L << 30) - 2;

    /** utimensat(2)/futimens(3): times = {atime_s, atime_ns, mtime_s, mtime_ns} or null for now. */
    public static int utimens(int dirfd, byte[] path, int fd, long[] times, boolean follow) {
        try (Scope s = new Scope()) {
            MemorySegment ts = MemorySegment.NULL;
            if (times != null) {
                ts = s.alloc(32);
                for (int i = 0; i < 4; i++) {
                    ts.set(L, i * 8L, times[i]);
                }
            }
            int r;
            if (path == null) {
                r = (int) Paths.FUTIMENS.invokeExact(s.state, fd, ts);
            } else {
                r = (int) Paths.UTIMENSAT.invokeExact(s.state, dirfd, s.cstr(path), ts, follow ? 0 : AT_SYMLINK_NOFOLLOW);
            }
            return r < 0 ? -s.errno() : r;
        } catch (Throwable t) {
            throw fail(t);
        }
    }

    // ---- directories ------------------------------------------------------------------------

    private static final class Dirs {
        static final MethodHandle OPENDIR = fn("opendir", P, P);
        static final MethodHandle FDOPENDIR = fn("fdopendir", P, I);
        static final MethodHandle READDIR = fn("readdir", P, P);
        static final MethodHandle CLOSEDIR = fn("closedir", I, P);
        static final MethodHandle REWINDDIR = plain("rewinddir", null, P);
    }

    /** A directory entry from readdir: name, d_type and d_ino. */
    public record DirEnt(byte[] name, int type, long ino) {}

    /**
     * Lists a directory (path, or the open directory fd when path is null), skipping "." and
     * "..". Returns null and sets err[0] on failure.
     */
    public static List<DirEnt> listdir(byte[] path, int fd, int[] err) {
        try (Scope s = new Scope()) {
            MemorySegment dir;
            if (path != null) {
                dir = (MemorySegment) Dirs.OPENDIR.invokeExact(s.state, s.cstr(path));
            } else {
                int dup = dup(fd);
                if (dup < 0) {
                    err[0] = -dup;
                    return null;
                }
                dir = (MemorySegment) Dirs.FDOPENDIR.invokeExact(s.state, dup);
                if (dir.equals(MemorySegment.NULL)) {
                    err[0] = s.errno();
                    close(dup);
                    return null;
                }
                Dirs.REWINDDIR.invokeExact(dir);
            }
            if (dir.equals(MemorySegment.NULL)) {
                err[0] = s.errno();
                return null;
            }
            List<DirEnt> out = new ArrayList<>();
            try {
                while (true) {
                    clearErrno();
                    MemorySegment ent = (MemorySegment) Dirs.READDIR.invokeExact(s.state, dir);
                    if (ent.equals(MemorySegment.NULL)) {
                        int e = s.errno();
                        if (e != 0) {
                            err[0] = e;
                            return null;
                        }
                        break;
                    }
                    MemorySegment d = ent.reinterpret(19 + 256);
                    byte[] name = cstring(d, 19, 256);
                    if (name.length == 1 && name[0] == '.' || name.length == 2 && name[0] == '.' && name[1] == '.') {
                        continue;
                    }
                    out.add(new DirEnt(name, d.get(ValueLayout.JAVA_BYTE, 18) & 0xff, d.get(L, 0)));
                }
            } finally {
                int ignored = (int) Dirs.CLOSEDIR.invokeExact(s.state, dir);
            }
            return out;
        } catch (Throwable t) {
            throw fail(t);
        }
    }

    // ---- processes and system ----------------------------------------------------------------

    private static final class Proc {
        static final MethodHandle GETPID = plain("getpid", I);
        static final MethodHandle GETPPID = plain("getppid", I);
        static final MethodHandle GETUID = plain("getuid", I);
        static final MethodHandle GETEUID = plain("geteuid", I);
        static final MethodHandle GETGID = plain("getgid", I);
        static final MethodHandle GETEGID = plain("getegid", I);
        static final MethodHandle GETPGRP = plain("getpgrp", I);
        static final MethodHandle KILL = fn("kill", I, I, I);
        static final MethodHandle WAITPID = fn("waitpid", I, I, P, I);
        static final MethodHandle SYSTEM = fn("system", I, P);
        static final MethodHandle UNAME = fn("uname", I, P);
        static final MethodHandle TIMES = fn("times", L, P);
        static final MethodHandle SYSCONF = fn("sysconf", L, I);
        static final MethodHandle CONFSTR = fn("confstr", L, I, P, L);
        static final MethodHandle GETLOADAVG = plain("getloadavg", I, P, I);
        static final MethodHandle GETGROUPS = fn("getgroups", I, I, P);
        static final MethodHandle GETPGID = fn("getpgid", I, I);
        static final MethodHandle GETSID = fn("getsid", I, I);
        static final MethodHandle SETSID = fn("setsid", I);
        static final MethodHandle SETPGID = fn("setpgid", I, I, I);
        static final MethodHandle KILLPG = fn("killpg", I, I, I);
        static final MethodHandle EXIT = plain("_exit", null, I);
        static final MethodHandle EXECV = fn("execv", I, P, P);
        static final MethodHandle EXECVE = fn("execve", I, P, P, P);
        static final MethodHandle GETRANDOM = fn("getrandom", L, P, L, I);
        static final MethodHandle SETENV = fn("setenv", I, P, P, I);
        static final MethodHandle UNSETENV = fn("unsetenv", I, P);
        static final MethodHandle NICE = fn("nice", I, I);
        static final MethodHandle GETLOGIN = plain("getlogin", P);
        static final MethodHandle TTYNAME = plain("ttyname", P, I);
        static final MethodHandle RAISE = plain("raise", I, I);
        static final MethodHandle ABORT = plain("abort", null);
        static final MethodHandle SYNC = plain("sync", null);
        static final MethodHandle GETTID = plain("gettid", I);
    }

    public static int gettid() {
        return int0(Proc.GETTID);
    }

    public static int getpid() {
        return int0(Proc.GETPID);
    }

    public static int getppid() {
        return int0(Proc.GETPPID);
    }

    public static int getuid() {
        return int0(Proc.GETUID);
    }

    public static int geteuid() {
        return int0(Proc.GETEUID);
    }

    public static int getgid() {
        return int0(Proc.GETGID);
    }

    public static int getegid() {
        return int0(Proc.GETEGID);
    }

    public static int getpgrp() {
        return int0(Proc.GETPGRP);
    }

    private static int int0(MethodHandle h) {
        try {
            return (int) h.invokeExact();
        } catch (Throwable t) {
            throw fail(t);
        }
    }

    public static int getpgid(int pid) {
        return int1(Proc.GETPGID, pid);
    }

    public static int getsid(int pid) {
        return int1(Proc.GETSID, pid);
    }

    public static int nice(int inc) {
        try (Scope s = new Scope()) {
            clearErrno();
            int r = (int) Proc.NICE.invokeExact(s.state, inc);
            return r == -1 && s.errno() != 0 ? Integer.MIN_VALUE + s.errno() : r;
        } catch (Throwable t) {
            throw fail(t);
        }
    }

    public static int setsid() {
        try (Scope s = new Scope()) {
            int r = (int) Proc.SETSID.invokeExact(s.state);
            return r < 0 ? -s.errno() : r;
        } catch (Throwable t) {
            throw fail(t);
        }
    }

    public static int setpgid(int pid, int pgrp) {
        return int2(Proc.SETPGID, pid, pgrp);
    }

    public static int kill(int pid, int sig) {
        return int2(Proc.KILL, pid, sig);
    }

    public static int killpg(int pgrp, int sig) {
        return int2(Proc.KILLPG, pgrp, sig);
    }

    private static int int2(MethodHandle h, int a, int b) {
        try (Scope s = new Scope()) {
            int r = (int) h.invokeExact(s.state, a, b);
            return r < 0 ? -s.errno() : r;
        } catch (Throwable t) {
            throw fail(t);
        }
    }

    public static int raise(int sig) {
        try {
            return (int) Proc.RAISE.invokeExact(sig);
        } catch (Throwable t) {
            throw fail(t);
        }
    }

    public static void abort() {
        try {
            Proc.ABORT.invokeExact();
        } catch (Throwable t) {
            throw fail(t);
        }
    }

    public static void sync() {
        try {
            Proc.SYNC.invokeExact();
        } catch (Throwable t) {
            throw fail(t);
        }
    }

    /** waitpid(2): {pid, status}, or {-errno}. */
    public static int[] waitpid(int pid, int options) {
        try (Scope s = new Scope()) {
            MemorySegment st = s.alloc(4);
            int r = (int) Proc.WAITPID.invokeExact(s.state, pid, st, options);
            if (r < 0) {
                return new int[] {-s.errno()};
            }
            return new int[] {r, st.get(I, 0)};
        } catch (Throwable t) {
            throw fail(t);
        }
    }

    /** system(3): the wait status, or Integer.MIN_VALUE + errno on failure. */
    public static int system(byte[] command) {
        try (Scope s = new Scope()) {
            int r = (int) Proc.SYSTEM.invokeExact(s.state, s.cstr(command));
            return r == -1 ? Integer.MIN_VALUE + s.errno() : r;
        } catch (Throwable t) {
            throw fail(t);
        }
    }

    /** uname(2): sysname, nodename, release, version, machine. */
    public static byte[][] uname() {
        try (Scope s = new Scope()) {
            MemorySegment buf = s.alloc(65 * 6);
            int r = (int) Proc.UNAME.invokeExact(s.state, buf);
            if (r < 0) {
                return null;
            }
            byte[][] out = new byte[5][];
            for (int i = 0; i < 5; i++) {
                out[i] = cstring(buf, i * 65L, 65);
            }
            return out;
        } catch (Throwable t) {
            throw fail(t);
        }
    }

    /** times(2): {utime, stime, cutime, cstime, elapsed} in clock ticks. */
    public static long[] times() {
        try (Scope s = new Scope()) {
            MemorySegment buf = s.alloc(32);
            long r = (long) Proc.TIMES.invokeExact(s.state, buf);
            return new long[] {buf.get(L, 0), buf.get(L, 8), buf.get(L, 16), buf.get(L, 24), r};
        } catch (Throwable t) {
            throw fail(t);
        }
    }

    /** sysconf(3): the value (-1 with err[0] == 0 when unlimited). */
    public static long sysconf(int name, int[] err) {
        try (Scope s = new Scope()) {
            clearErrno();
            long r = (long) Proc.SYSCONF.invokeExact(s.state, name);
            err[0] = r == -1 ? s.errno() : 0;
            return r;
        } catch (Throwable t) {
            throw fail(t);
        }
    }

    /** confstr(3): the value, null when undefined (err[0] set when invalid). */
    public static byte[] confstr(int name, int[] err) {
        try (Scope s = new Scope()) {
            clearErrno();
            MemorySegment buf = s.alloc(1024);
            long r = (long) Proc.CONFSTR.invokeExact(s.state, name, buf, 1024L);
            if (r == 0) {
                err[0] = s.errno();
                return null;
            }
            if (r > 1024) {
                buf = s.alloc(r);
                long ignored = (long) Proc.CONFSTR.invokeExact(s.state, name, buf, r);
            }
            return cstring(buf, 0, (int) r);
        } catch (Throwable t) {
            throw fail(t);
        }
    }

    public static double[] getloadavg() {
        try (Scope s = new Scope()) {
            MemorySegment buf = s.alloc(24);
            int r = (int) Proc.GETLOADAVG.invokeExact(buf, 3);
            if (r != 3) {
                return null;
            }
            return new double[] {buf.get(ValueLayout.JAVA_DOUBLE, 0), buf.get(ValueLayout.JAVA_DOUBLE, 8),
                buf.get(ValueLayout.JAVA_DOUBLE, 16)};
        } catch (Throwable t) {
            throw fail(t);
        }
    }

    /** getgroups(2): the supplementary group ids, or {-errno} with a flag in a 2-element array. */
    public static int[] getgroups(int[] err) {
        try (Scope s = new Scope()) {
            int n = (int) Proc.GETGROUPS.invokeExact(s.state, 0, MemorySegment.NULL);
            if (n < 0) {
                err[0] = s.errno();
                return null;
            }
            MemorySegment buf = s.alloc(4L * Math.max(n, 1));
            n = (int) Proc.GETGROUPS.invokeExact(s.state, n, buf);
            if (n < 0) {
                err[0] = s.errno();
                return null;
            }
            int[] out = new int[n];
            for (int i = 0; i < n; i++) {
                out[i] = buf.get(I, 4L * i);
            }
            return out;
        } catch (Throwable t) {
            throw fail(t);
        }
    }

    public static void exit(int status) {
        try {
            Proc.EXIT.invokeExact(status);
        } catch (Throwable t) {
            throw fail(t);
        }
    }

    /** execv/execve: returns -errno (only returns on failure). env null means execv. */
    public static int execve(byte[] path, byte[][] argv, byte[][] env) {
        try (Scope s = new Scope()) {
            MemorySegment av = strArray(s, argv);
            int r;
            if (env == null) {
                r = (int) Proc.EXECV.invokeExact(s.state, s.cstr(path), av);
            } else {
                r = (int) Proc.EXECVE.invokeExact(s.state, s.cstr(path), av, strArray(s, env));
            }
            return -s.errno();
        } catch (Throwable t) {
            throw fail(t);
        }
    }

    private static MemorySegment strArray(Scope s, byte[][] items) {
        MemorySegment arr = s.alloc(8L * (items.length + 1));
        for (int i = 0; i < items.length; i++) {
            arr.set(ValueLayout.ADDRESS, 8L * i, s.cstr(items[i]));
        }
        arr.set(ValueLayout.ADDRESS, 8L * items.length, MemorySegment.NULL);
        return arr;
    }

    /** getrandom(2): n random bytes; errno in err[0] when null. */
    public static byte[] getrandom(int n, int flags, int[] err) {
        try (Scope s = new Scope()) {
            MemorySegment buf = s.alloc(n);
            int got = 0;
            while (got < n) {
                long r = (long) Proc.GETRANDOM.invokeExact(s.state, buf.asSlice(got), (long) (n - got), flags);
                if (r < 0) {
                    int e = s.errno();
                    if (e == EINTR) {
                        continue;
                    }
                    err[0] = e;
                    return null;
                }
                got += (int) r;
            }
            byte[] out = new byte[n];
            MemorySegment.copy(buf, ValueLayout.JAVA_BYTE, 0, out, 0, n);
            return out;
        } catch (Throwable t) {
            throw fail(t);
        }
    }

    public static int setenv(byte[] key, byte[] value) {
        try (Scope s = new Scope()) {
            int r = (int) Proc.SETENV.invokeExact(s.state, s.cstr(key), s.cstr(value), 1);
            return r < 0 ? -s.errno() : r;
        } catch (Throwable t) {
            throw fail(t);
        }
    }

    public static int unsetenv(byte[] key) {
        try (Scope s = new Scope()) {
            int r = (int) Proc.UNSETENV.invokeExact(s.state, s.cstr(key));
            return r < 0 ? -s.errno() : r;
        } catch (Throwable t) {
            throw fail(t);
        }
    }

    public static byte[] getlogin() {
        try {
            return cstring((MemorySegment) Proc.GETLOGIN.invokeExact());
        } catch (Throwable t) {
            throw fail(t);
        }
    }

    public static byte[] ttyname(int fd) {
        try {
            return cstring((MemorySegment) Proc.TTYNAME.invokeExact(fd));
        } catch (Throwable t) {
            throw fail(t);
        }
    }

    /** The process environment (C's environ) as KEY=VALUE byte strings. */
    public static List<byte[]> environ() {
        MemorySegment sym = find("environ").reinterpret(8);
        MemorySegment arr = sym.get(ValueLayout.ADDRESS, 0).reinterpret(Long.MAX_VALUE);
        List<byte[]> out = new ArrayList<>();
        if (arr.address() == 0) {
            return out;
        }
        for (long i = 0;; i++) {
            MemorySegment p = arr.get(ValueLayout.ADDRESS, 8 * i);
            if (p.address() == 0) {
                break;
            }
            out.add(cstring(p));
        }
        return out;
    }

    // ---- clocks and time ------------------------------------------------------------------------

    private static final class Clock {
        static final MethodHandle GETTIME = LINKER.downcallHandle(find("clock_gettime"), FunctionDescriptor.of(I, I, P));
        static final MethodHandle GETRES = LINKER.downcallHandle(find("clock_getres"), FunctionDescriptor.of(I, I, P));
    }

    /** clock_gettime(2) in nanoseconds; Long.MIN_VALUE on failure. */
    public static long clockGettime(int clock) {
        try (Arena a = Arena.ofConfined()) {
            MemorySegment ts = a.allocate(16);
            int r = (int) Clock.GETTIME.invokeExact(clock, ts);
            if (r != 0) {
                return Long.MIN_VALUE;
            }
            return ts.get(L, 0) * 1_000_000_000L + ts.get(L, 8);
        } catch (Throwable t) {
            throw fail(t);
        }
    }

    public static long clockGetres(int clock) {
        try (Arena a = Arena.ofConfined()) {
            MemorySegment ts = a.allocate(16);
            int r = (int) Clock.GETRES.invokeExact(clock, ts);
            if (r != 0) {
                return Long.MIN_VALUE;
            }
            return ts.get(L, 0) * 1_000_000_000L + ts.get(L, 8);
        } catch (Throwable t) {
            throw fail(t);
        }
    }

    private static final class Tm {
        static final MethodHandle LOCALTIME_R = fn("localtime_r", P, P, P);
        static final MethodHandle GMTIME_R = fn("gmtime_r", P, P, P);
        static final MethodHandle MKTIME = fn("mktime", L, P);
        static final MethodHandle TZSET = plain("tzset", null);
        static final MethodHandle STRFTIME = plain("strftime", L, P, L, P, P);
    }

    /** A broken-down time (C's struct tm, with the zone name). */
    public static final class BrokenTime {
        public int sec, min, hour, mday, mon, year, wday, yday, isdst;
        public long gmtoff;
        public byte[] zone;
    }

    private static void readTm(MemorySegment tm, BrokenTime out) {
        out.sec = tm.get(I, 0);
        out.min = tm.get(I, 4);
        out.hour = tm.get(I, 8);
        out.mday = tm.get(I, 12);
        out.mon = tm.get(I, 16);
        out.year = tm.get(I, 20);
        out.wday = tm.get(I, 24);
        out.yday = tm.get(I, 28);
        out.isdst = tm.get(I, 32);
        out.gmtoff = tm.get(L, 40);
        out.zone = cstring(tm.get(ValueLayout.ADDRESS, 48));
    }

    private static MemorySegment writeTm(Scope s, BrokenTime in) {
        MemorySegment tm = s.alloc(56);
        tm.set(I, 0, in.sec);
        tm.set(I, 4, in.min);
        tm.set(I, 8, in.hour);
        tm.set(I, 12, in.mday);
        tm.set(I, 16, in.mon);
        tm.set(I, 20, in.year);
        tm.set(I, 24, in.wday);
        tm.set(I, 28, in.yday);
        tm.set(I, 32, in.isdst);
        tm.set(L, 40, in.gmtoff);
        tm.set(ValueLayout.ADDRESS, 48, in.zone == null ? MemorySegment.NULL : s.cstr(in.zone));
        return tm;
    }

    /** localtime_r / gmtime_r: -errno on failure. */
    public static int brokenTime(long t, boolean local, BrokenTime out) {
        try (Scope s = new Scope()) {
            MemorySegment tt = s.alloc(8);
            tt.set(L, 0, t);
            MemorySegment tm = s.alloc(56);
            MemorySegment r = local ? (MemorySegment) Tm.LOCALTIME_R.invokeExact(s.state, tt, tm)
                    : (MemorySegment) Tm.GMTIME_R.invokeExact(s.state, tt, tm);
            if (r.equals(MemorySegment.NULL)) {
                int e = s.errno();
                return -(e == 0 ? 75 : e);
            }
            readTm(tm, out);
            return 0;
        } catch (Throwable t2) {
            throw fail(t2);
        }
    }

    /** mktime(3): the time, with the normalised fields written back to tm; {@code Long.MIN_VALUE} when -1 with errno. */
    public static long mktime(BrokenTime tm) {
        try (Scope s = new Scope()) {
            MemorySegment seg = writeTm(s, tm);
            seg.set(I, 24, -1); // tm_wday sentinel, as CPython uses to detect errors
            long r = (long) Tm.MKTIME.invokeExact(s.state, seg);
            if (r == -1 && seg.get(I, 24) == -1) {
                return Long.MIN_VALUE;
            }
            readTm(seg, tm);
            return r;
        } catch (Throwable t) {
            throw fail(t);
        }
    }

    public static void tzset() {
        try {
            Tm.TZSET.invokeExact();
        } catch (Throwable t) {
            throw fail(t);
        }
    }

    /** strftime(3) of format (bytes, no NUL inside) for tm; null when the result does not fit in max bytes. */
    public static byte[] strftime(byte[] format, BrokenTime tm, int max) {
        try (Scope s = new Scope()) {
            MemorySegment buf = s.alloc(max);
            long r = (long) Tm.STRFTIME.invokeExact(buf, (long) max, s.cstr(format), writeTm(s, tm));
            if (r == 0) {
                return null;
            }
            return cstring(buf, 0, (int) r);
        } catch (Throwable t) {
            throw fail(t);
        }
    }

    // ---- locale -------------------------------------------------------------------------------

    private static final class Locale {
        static final MethodHandle SETLOCALE = plain("setlocale", P, I, P);
        static final MethodHandle NL_LANGINFO = plain("nl_langinfo", P, I);
        static final MethodHandle LOCALECONV = plain("localeconv", P);
    }

    /** setlocale(3): the resulting locale name, or null when the request cannot be honoured. */
    public static byte[] setlocale(int category, byte[] locale) {
        try (Scope s = new Scope()) {
            MemorySegment arg = locale == null ? MemorySegment.NULL : s.cstr(locale);
            MemorySegment r = (MemorySegment) Locale.SETLOCALE.invokeExact(category, arg);
            return cstring(r);
        } catch (Throwable t) {
            throw fail(t);
        }
    }

    public static byte[] nlLanginfo(int item) {
        try {
            return cstring((MemorySegment) Locale.NL_LANGINFO.invokeExact(item));
        } catch (Throwable t) {
            throw fail(t);
        }
    }

    /** struct lconv as raw pointer (for localeconv); fields read by the caller. */
    static MemorySegment localeconv() {
        try {
            return ((MemorySegment) Locale.LOCALECONV.invokeExact()).reinterpret(96);
        } catch (Throwable t) {
            throw fail(t);
        }
    }

    /** The localeconv() fields: strings then chars, in glibc's struct lconv order. */
    public static Object[] localeconvFields() {
        MemorySegment lc = localeconv();
        Object[] out = new Object[24];
        for (int i = 0; i < 10; i++) {
            out[i] = cstring(lc.get(ValueLayout.ADDRESS, 8L * i));
        }
        for (int i = 0; i < 14; i++) {
            out[10 + i] = (int) lc.get(ValueLayout.JAVA_BYTE, 80 + i);
        }
        return out;
    }
}
