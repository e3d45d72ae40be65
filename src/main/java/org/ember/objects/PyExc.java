package org.ember.objects;

/**
 * The builtin exception types (CPython's PyExc_* objects), process-wide and immortal.
 * Exceptions without fields of their own share {@link PyBaseException}'s Java layout.
 */
public final class PyExc {
    private PyExc() {}

    private static PyType exc(String name, PyType base, String doc) {
        return PyType.builtin(name, PyBaseException.class, t -> t.base(base).doc(doc)
                .flags(PyType.BASETYPE | PyType.HAS_DICT));
    }

    private static PyType exc(String name, Class<?> layout, java.util.function.Consumer<PyType> definer) {
        return PyType.builtin(name, layout, definer);
    }

    public static final PyType BaseException = PyType.builtin("BaseException", PyBaseException.class, PyBaseException::define);
    public static final PyType Exception = exc("Exception", BaseException, "Common base class for all non-exit exceptions.");
    public static final PyType GeneratorExit = exc("GeneratorExit", BaseException, "Request that a generator exit.");
    public static final PyType KeyboardInterrupt = exc("KeyboardInterrupt", BaseException, "Program interrupted by user.");
    public static final PyType SystemExit = exc("SystemExit", PySystemExit.class, PySystemExit::define);
    public static final PyType BaseExceptionGroup = exc("BaseExceptionGroup", PyBaseExceptionGroup.class, PyBaseExceptionGroup::defineBase);

    public static final PyType ArithmeticError = exc("ArithmeticError", Exception, "Base class for arithmetic errors.");
    public static final PyType FloatingPointError = exc("FloatingPointError", ArithmeticError, "Floating point operation failed.");
    public static final PyType OverflowError = exc("OverflowError", ArithmeticError, "Result too large to be represented.");
    public static final PyType ZeroDivisionError = exc("ZeroDivisionError", ArithmeticError, "Second argument to a division or modulo operation was zero.");
    public static final PyType AssertionError = exc("AssertionError", Exception, "Assertion failed.");
    public static final PyType AttributeError = exc("AttributeError", PyAttributeError.class, PyAttributeError::define);
    public static final PyType BufferError = exc("BufferError", Exception, "Buffer error.");
    public static final PyType EOFError = exc("EOFError", Exception, "Read beyond end of file.");
    public static final PyType ExceptionGroup = exc("ExceptionGroup", PyBaseExceptionGroup.class, PyBaseExceptionGroup::defineGroup);
    public static final PyType ImportError = exc("ImportError", PyImportError.class, PyImportError::define);
    public static final PyType ModuleNotFoundError = PyType.builtin("ModuleNotFoundError", PyImportError.class,
            t -> t.base(ImportError).doc("Module not found.").flags(PyType.BASETYPE | PyType.HAS_DICT));
    public static final PyType LookupError = exc("LookupError", Exception, "Base class for lookup errors.");
    public static final PyType IndexError = exc("IndexError", LookupError, "Sequence index out of range.");
    public static final PyType KeyError = PyType.builtin("KeyError", PyBaseException.class, t -> {
        t.base(LookupError).doc("Mapping key not found.").flags(PyType.BASETYPE | PyType.HAS_DICT);
        t.tp_str = self -> {
            PyBaseException e = (PyBaseException) self;
            return e.args.size() == 1 ? Abstract.repr(e.args.get(0)) : PyBaseException.str(self);
        };
    });
    public static final PyType MemoryError = exc("MemoryError", Exception, "Out of memory.");
    public static final PyType NameError = exc("NameError", PyNameError.class, PyNameError::define);
    public static final PyType UnboundLocalError = PyType.builtin("UnboundLocalError", PyNameError.class,
            t -> t.base(NameError).doc("Local name referenced but not bound to a value.").flags(PyType.BASETYPE | PyType.HAS_DICT));
    public static final PyType OSError = exc("OSError", PyOSError.class, PyOSError::define);
    public static final PyType BlockingIOError = oserror("BlockingIOError", OSError, "I/O operation would block.");
    public static final PyType ChildProcessError = oserror("ChildProcessError", OSError, "Child process error.");
    public static final PyType ConnectionError = oserror("ConnectionError", OSError, "Connection error.");
    public static final PyType BrokenPipeError = oserror("BrokenPipeError", ConnectionError, "Broken pipe.");
    public static final PyType ConnectionAbortedError = oserror("ConnectionAbortedError", ConnectionError, "Connection aborted.");
    public static final PyType ConnectionRefusedError = oserror("ConnectionRefusedError", ConnectionError, "Connection refused.");
    public static final PyType ConnectionResetError = oserror("ConnectionResetError", ConnectionError, "Connection reset.");
    public static final PyType FileExistsError = oserror("FileExistsError", OSError, "File already exists.");
    public static final PyType FileNotFoundError = oserror("FileNotFoundError", OSError, "File not found.");
    public static final PyType InterruptedError = oserror("InterruptedError", OSError, "Interrupted by signal.");
    public static final PyType IsADirectoryError = oserror("IsADirectoryError", OSError, "Operation doesn't work on directories.");
    public static final PyType NotADirectoryError = oserror("NotADirectoryError", OSError, "Operation only works on directories.");
    public static final PyType PermissionError = oserror("PermissionError", OSError, "Not enough permissions.");
    public static final PyType ProcessLookupError = oserror("ProcessLookupError", OSError, "Process not found.");
    public static final PyType TimeoutError = oserror("TimeoutError", OSError, "Timeout expired.");
    public static final PyType ReferenceError = exc("ReferenceError", Exception, "Weak ref proxy used after referent went away.");
    public static final PyType RuntimeError = exc("RuntimeError", Exception, "Unspecified run-time error.");
    public static final PyType NotImplementedError = exc("NotImplementedError", RuntimeError, "Method or function hasn't been implemented yet.");
    public static final PyType RecursionError = exc("RecursionError", RuntimeError, "Recursion limit exceeded.");
    public static final PyType StopAsyncIteration = exc("StopAsyncIteration", Exception, "Signal the end from iterator.__anext__().");
    public static final PyType StopIteration = exc("StopIteration", PyStopIteration.class, PyStopIteration::define);
    public static final PyType SyntaxError = exc("SyntaxError", PySyntaxError.class, PySyntaxError::define);
    public static final PyType IndentationError = PyType.builtin("IndentationError", PySyntaxError.class,
            t -> t.base(SyntaxError).doc("Improper indentation.").flags(PyType.BASETYPE | PyType.HAS_DICT));
    public static final PyType TabError = PyType.builtin("TabError", PySyntaxError.class,
            t -> t.base(IndentationError).doc("Improper mixture of spaces and tabs.").flags(PyType.BASETYPE | PyType.HAS_DICT));
    public static final PyType SystemError = exc("SystemError", Exception,
            "Internal error in the Python interpreter.\n\nPlease report this to the Python maintainer, along with the traceback,\nthe Python version, and the hardware/OS platform and version.");
    public static final PyType TypeError = exc("TypeError", Exception, "Inappropriate argument type.");
    public static final PyType ValueError = exc("ValueError", Exception, "Inappropriate argument value (of correct type).");
    public static final PyType UnicodeError = exc("UnicodeError", ValueError, "Unicode related error.");
    public static final PyType UnicodeDecodeError = exc("UnicodeDecodeError", PyUnicodeError.class, PyUnicodeError::defineDecode);
    public static final PyType UnicodeEncodeError = exc("UnicodeEncodeError", PyUnicodeError.class, PyUnicodeError::defineEncode);
    public static final PyType UnicodeTranslateError = exc("UnicodeTranslateError", PyUnicodeError.class, PyUnicodeError::defineTranslate);

    public static final PyType Warning = exc("Warning", Exception, "Base class for warning categories.");
    public static final PyType BytesWarning = exc("BytesWarning", Warning, "Base class for warnings about bytes and buffer related problems, mostly\nrelated to conversion from str or comparing to str.");
    public static final PyType DeprecationWarning = exc("DeprecationWarning", Warning, "Base class for warnings about deprecated features.");
    public static final PyType EncodingWarning = exc("EncodingWarning", Warning, "Base class for warnings about encodings.");
    public static final PyType FutureWarning = exc("FutureWarning", Warning, "Base class for warnings about constructs that will change semantically\nin the future.");
    public static final PyType ImportWarning = exc("ImportWarning", Warning, "Base class for warnings about probable mistakes in module imports");
    public static final PyType PendingDeprecationWarning = exc("PendingDeprecationWarning", Warning, "Base class for warnings about features which will be deprecated\nin the future.");
    public static final PyType ResourceWarning = exc("ResourceWarning", Warning, "Base class for warnings about resource usage.");
    public static final PyType RuntimeWarning = exc("RuntimeWarning", Warning, "Base class for warnings about dubious runtime behavior.");
    public static final PyType SyntaxWarning = exc("SyntaxWarning", Warning, "Base class for warnings about dubious syntax.");
    public static final PyType UnicodeWarning = exc("UnicodeWarning", Warning, "Base class for warnings about Unicode related problems, mostly\nrelated to conversion problems.");
    public static final PyType UserWarning = exc("UserWarning", Warning, "Base class for warnings generated by user code.");

    private static PyType oserror(String name, PyType base, String doc) {
        return PyType.builtin(name, PyOSError.class, t -> t.base(base).doc(doc).flags(PyType.BASETYPE | PyType.HAS_DICT));
    }

    /** Every builtin exception type, in definition order (bases first), as exposed by the builtins module. */
    public static PyType[] all() {
        return new PyType[] {BaseException, Exception, GeneratorExit, KeyboardInterrupt, SystemExit, BaseExceptionGroup,
            ArithmeticError, FloatingPointError, OverflowError, ZeroDivisionError, AssertionError, AttributeError,
            BufferError, EOFError, ExceptionGroup, ImportError, ModuleNotFoundError, LookupError, IndexError, KeyError,
            MemoryError, NameError, UnboundLocalError, OSError, BlockingIOError, ChildProcessError, ConnectionError,
            BrokenPipeError, ConnectionAbortedError, ConnectionRefusedError, ConnectionResetError, FileExistsError,
            FileNotFoundError, InterruptedError, IsADirectoryError, NotADirectoryError, PermissionError,
            ProcessLookupError, TimeoutError, ReferenceError, RuntimeError, NotImplementedError, RecursionError,
            StopAsyncIteration, StopIteration, SyntaxError, IndentationError, TabError, SystemError, TypeError,
            ValueError, UnicodeError, UnicodeDecodeError, UnicodeEncodeError, UnicodeTranslateError, Warning,
            BytesWarning, DeprecationWarning, EncodingWarning, FutureWarning, ImportWarning,
            PendingDeprecationWarning, ResourceWarning, RuntimeWarning, SyntaxWarning, UnicodeWarning, UserWarning};
    }
}
