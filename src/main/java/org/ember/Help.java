package org.ember;

/** The text of `ember -h` and its variants. */
final class Help {
    private Help() {}

    static String text(String program, String topic) {
        StringBuilder sb = new StringBuilder();
        sb.append("usage: ").append(program).append(" [option] ... [-c cmd | -m mod | file | -] [arg] ...\n");
        if ("--help-env".equals(topic)) {
            return sb.append(ENV).toString();
        }
        if ("--help-xoptions".equals(topic)) {
            return sb.append(XOPTIONS).toString();
        }
        sb.append(OPTIONS);
        if ("--help-all".equals(topic)) {
            sb.append(ENV).append(XOPTIONS);
        }
        return sb.toString();
    }

    private static final String OPTIONS = """
            Ember runs Python 3.11 programs on the JVM. Options (as python3's):
            -b     : warn about str(bytes) and comparing bytes with str (-bb: error)
            -B     : do not write .pyc files (Ember never writes them)
            -c cmd : program passed in as string (terminates option list)
            -E     : ignore PYTHON* environment variables (such as PYTHONPATH)
            -h     : print this help message and exit (also -? or --help)
            -i     : inspect interactively after running script
            -I     : isolate Python from the user's environment (implies -E, -P and -s)
            -m mod : run library module as a script (terminates option list)
            -O     : remove assert and __debug__-dependent statements (-OO: also docstrings)
            -P     : don't prepend a potentially unsafe path to sys.path
            -q     : don't print version and copyright messages on interactive startup
            -s     : don't add user site directory to sys.path
            -S     : don't imply 'import site' on initialization
            -u     : force the stdout and stderr streams to be unbuffered
            -v     : verbose (trace import statements)
            -V     : print the Python version number and exit (also --version; -VV for more)
            -W arg : warning control: action:message:category:module:lineno
            -x     : skip first line of source
            -X opt : implementation-specific option (see --help-xoptions)
            --help-env      : environment variables
            --help-xoptions : -X options
            --help-all      : everything
            file   : program read from script file
            -      : program read from stdin (default; interactive mode if a tty)
            arg ...: arguments passed to program in sys.argv[1:]
            """;

    private static final String ENV = """
            Environment variables:
            PYTHONPATH      : directories prefixed to the module search path
            PYTHONHASHSEED  : "random" or an integer in [0; 4294967295] fixing str/bytes hashing
            PYTHONUNBUFFERED, PYTHONDONTWRITEBYTECODE, PYTHONOPTIMIZE, PYTHONVERBOSE, PYTHONINSPECT,
            PYTHONWARNINGS, PYTHONSAFEPATH, PYTHONNOUSERSITE, PYTHONIOENCODING, PYTHONDEVMODE,
            PYTHONINTMAXSTRDIGITS, PYTHONBREAKPOINT : as in CPython
            EMBER_STDLIB    : CPython 3.11's Lib directory (found automatically when unset)
            EMBER_JAVA_HOME : the JDK 25+ used to run Ember (found automatically when unset)
            """;

    private static final String XOPTIONS = """
            -X options:
            -X dev                   : development mode
            -X int_max_str_digits=N  : limit of digits in int/str conversions (0: unlimited)
            -X utf8                  : UTF-8 mode (always on in Ember)
            """;
}
