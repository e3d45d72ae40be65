package org.ember.objects;

/**
 * The Java implementation behind a builtin function or method, with entry points specialized
 * by arity so that fixed-arity calls (list.append(x), len(x)) need no argument array.
 *
 * <p>{@code self} is the bound object for methods, the module or null for functions, and the
 * class for classmethods. The generic entry {@link #call} takes vectorcall arguments.
 */
public abstract class NativeFunction {
    public final String name;
    /** Name used in argument errors: "list.append" for methods of a type, "len" for functions. */
    String displayName;
    final String textSignature;

    NativeFunction(String name, String textSignature) {
        this.name = name;
        this.displayName = name;
        this.textSignature = textSignature;
    }

    @FunctionalInterface
    public interface F0 {
        PyObject call(PyObject self);
    }

    @FunctionalInterface
    public interface F1 {
        PyObject call(PyObject self, PyObject a);
    }

    @FunctionalInterface
    public interface F2 {
        PyObject call(PyObject self, PyObject a, PyObject b);
    }

    @FunctionalInterface
    public interface F3 {
        PyObject call(PyObject self, PyObject a, PyObject b, PyObject c);
    }

    /** Receives the arguments bound by an {@link ArgParser}, one slot per parameter. */
    @FunctionalInterface
    public interface FA {
        PyObject call(PyObject self, PyObject[] bound);
    }

    /** Receives raw vectorcall arguments. */
    @FunctionalInterface
    public interface FV {
        PyObject call(PyObject self, PyObject[] args, String[] kwnames);
    }

    public abstract PyObject call(PyObject self, PyObject[] args, String[] kwnames);

    public PyObject call0(PyObject self) {
        return call(self, Py.NO_ARGS, null);
    }

    public PyObject call1(PyObject self, PyObject a) {
        return call(self, new PyObject[] {a}, null);
    }

    public PyObject call2(PyObject self, PyObject a, PyObject b) {
        return call(self, new PyObject[] {a, b}, null);
    }

    /** Fixed arity of this function, or -1 when it takes a variable number of arguments. */
    public int arity() {
        return -1;
    }

    public String getTextSignature() {
        return textSignature;
    }

    void setOwner(String typeName) {
        this.displayName = typeName + "." + name;
    }

    static PyException noKw(String dn) {
        return Err.type("%s() takes no keyword arguments", dn);
    }

    public static NativeFunction of(String name, F0 f) {
        return new Fixed0(name, f);
    }

    public static NativeFunction of(String name, F1 f) {
        return new Fixed1(name, f);
    }

    public static NativeFunction of(String name, F2 f) {
        return new Fixed2(name, f);
    }

    public static NativeFunction of(String name, F3 f) {
        return new Fixed3(name, f);
    }

    public static NativeFunction of(String name, String signature, FA f) {
        return new Parsed(name, new ArgParser(name, signature), f, signature);
    }

    public static NativeFunction ofVector(String name, FV f) {
        return new Vector(name, f);
    }

    static final class Fixed0 extends NativeFunction {
        final F0 f;

        Fixed0(String name, F0 f) {
            super(name, "($self, /)");
            this.f = f;
        }

        @Override
        public PyObject call(PyObject self, PyObject[] args, String[] kwnames) {
            if (kwnames != null && kwnames.length > 0) {
                throw noKw(displayName);
            }
            if (args.length != 0) {
                throw Err.type("%s() takes no arguments (%d given)", displayName, args.length);
            }
            return f.call(self);
        }

        @Override
        public PyObject call0(PyObject self) {
            return f.call(self);
        }

        @Override
        public int arity() {
            return 0;
        }
    }

    static final class Fixed1 extends NativeFunction {
        final F1 f;

        Fixed1(String name, F1 f) {
            super(name, "($self, object, /)");
            this.f = f;
        }

        @Override
        public PyObject call(PyObject self, PyObject[] args, String[] kwnames) {
            if (kwnames != null && kwnames.length > 0) {
                throw noKw(displayName);
            }
            if (args.length != 1) {
                throw Err.type("%s() takes exactly one argument (%d given)", displayName, args.length);
            }
            return f.call(self, args[0]);
        }

        @Override
        public PyObject call1(PyObject self, PyObject a) {
            return f.call(self, a);
        }

        @Override
        public int arity() {
            return 1;
        }
    }

    static final class Fixed2 extends NativeFunction {
        final F2 f;

        Fixed2(String name, F2 f) {
            super(name, null);
            this.f = f;
        }

        @Override
        public PyObject call(PyObject self, PyObject[] args, String[] kwnames) {
            if (kwnames != null && kwnames.length > 0) {
                throw noKw(name);
            }
            ArgParser.checkPositional(name, args.length, 2, 2);
            return f.call(self, args[0], args[1]);
        }

        @Override
        public PyObject call2(PyObject self, PyObject a, PyObject b) {
            return f.call(self, a, b);
        }

        @Override
        public int arity() {
            return 2;
        }
    }

    static final class Fixed3 extends NativeFunction {
        final F3 f;

        Fixed3(String name, F3 f) {
            super(name, null);
            this.f = f;
        }

        @Override
        public PyObject call(PyObject self, PyObject[] args, String[] kwnames) {
            if (kwnames != null && kwnames.length > 0) {
                throw noKw(name);
            }
            ArgParser.checkPositional(name, args.length, 3, 3);
            return f.call(self, args[0], args[1], args[2]);
        }

        @Override
        public int arity() {
            return 3;
        }
    }

    static final class Parsed extends NativeFunction {
        final ArgParser parser;
        final FA f;

        Parsed(String name, ArgParser parser, FA f, String signature) {
            super(name, "($self, " + signature + ")");
            this.parser = parser;
            this.f = f;
        }

        @Override
        public PyObject call(PyObject self, PyObject[] args, String[] kwnames) {
            return f.call(self, parser.bind(args, kwnames));
        }
    }

    static final class Vector extends NativeFunction {
        final FV f;

        Vector(String name, FV f) {
            super(name, null);
            this.f = f;
        }

        @Override
        public PyObject call(PyObject self, PyObject[] args, String[] kwnames) {
            return f.call(self, args, kwnames);
        }

        @Override
        public PyObject call0(PyObject self) {
            return f.call(self, Py.NO_ARGS, null);
        }
    }
}
