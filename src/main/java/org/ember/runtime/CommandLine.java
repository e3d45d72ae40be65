package org.ember.runtime;

import java.util.List;
import java.util.Map;

/**
 * Parses the interpreter's command line as CPython does: [option] ... [-c cmd | -m mod | file | -] [arg] ...
 * Options may be grouped (-Bu), and -c/-m/-W/-X take the rest of the word or the next word.
 */
public final class CommandLine {
    public enum Mode { FILE, COMMAND, MODULE, STDIN, REPL_OR_STDIN }

    public Mode mode = Mode.REPL_OR_STDIN;
    /** The file, command or module name (null for stdin). */
    public String target;
    public final Config config = new Config();
    public boolean showVersion;
    public int versionLevel;
    public boolean showHelp;
    /** -x: skip the first line of the source. */
    public boolean skipFirstLine;
    public String helpTopic;

    /** A command line error: printed with the usage line, exit status 2. */
    public static final class UsageError extends Exception {
        public UsageError(String message) {
            super(message, null, false, false);
        }
    }

    public static String usageLine(String program) {
        return "usage: " + program + " [option] ... [-c cmd | -m mod | file | -] [arg] ...\nTry `python -h' for more information.\n";
    }

    public static CommandLine parse(List<String> argv, Map<String, String> env) throws UsageError {
        CommandLine cl = new CommandLine();
        Config c = cl.config;
        int i = 0;
        boolean envIgnored = false;
        args:
        while (i < argv.size()) {
            String a = argv.get(i);
            if (!a.startsWith("-") || a.equals("-")) {
                break;
            }
            i++;
            if (a.equals("--")) {
                break;
            }
            if (a.startsWith("--")) {
                switch (a) {
                    case "--version" -> {
                        cl.showVersion = true;
                        cl.versionLevel++;
                    }
                    case "--help", "--help-env", "--help-xoptions", "--help-all" -> {
                        cl.showHelp = true;
                        cl.helpTopic = a;
                    }
                    case "--check-hash-based-pycs" -> {
                        if (i >= argv.size()) {
                            throw new UsageError("Argument expected for the --check-hash-based-pycs option");
                        }
                        i++;
                    }
                    default -> throw new UsageError("unknown option " + a);
                }
                continue;
            }
            for (int k = 1; k < a.length(); k++) {
                char o = a.charAt(k);
                switch (o) {
                    case 'c', 'm', 'W', 'X' -> {
                        String value;
                        if (k + 1 < a.length()) {
                            value = a.substring(k + 1);
                        } else if (i < argv.size()) {
                            value = argv.get(i++);
                        } else {
                            throw new UsageError("Argument expected for the -" + o + " option");
                        }
                        if (o == 'c') {
                            cl.mode = Mode.COMMAND;
                            cl.target = value + "\n";
                            c.argv.add("-c");
                            c.argv.addAll(argv.subList(i, argv.size()));
                            i = argv.size();
                            break args;
                        } else if (o == 'm') {
                            cl.mode = Mode.MODULE;
                            cl.target = value;
                            c.argv.add("-m");
                            c.argv.addAll(argv.subList(i, argv.size()));
                            i = argv.size();
                            break args;
                        } else if (o == 'W') {
                            c.warnOptions.add(value);
                        } else {
                            int eq = value.indexOf('=');
                            if (eq < 0) {
                                c.xOptions.put(value, null);
                            } else {
                                c.xOptions.put(value.substring(0, eq), value.substring(eq + 1));
                            }
                        }
                        k = a.length();
                    }
                    case 'b' -> c.bytesWarning++;
                    case 'B' -> c.dontWriteBytecode = true;
                    case 'd' -> {
                    }
                    case 'E' -> {
                        c.ignoreEnvironment = true;
                        envIgnored = true;
                    }
                    case 'h', '?' -> cl.showHelp = true;
                    case 'i' -> {
                        c.inspect = true;
                        c.interactive = true;
                    }
                    case 'I' -> {
                        c.isolated = true;
                        c.noUserSite = true;
                        c.ignoreEnvironment = true;
                        c.safePath = true;
                        envIgnored = true;
                    }
                    case 'O' -> c.optimize++;
                    case 'P' -> c.safePath = true;
                    case 'q' -> c.quiet = true;
                    case 's' -> c.noUserSite = true;
                    case 'S' -> c.noSite = true;
                    case 'u' -> c.unbuffered = true;
                    case 'v' -> c.verbose++;
                    case 'V' -> {
                        cl.showVersion = true;
                        cl.versionLevel++;
                    }
                    case 'x' -> cl.skipFirstLine = true;
                    default -> throw new UsageError("Unknown option: -" + o);
                }
            }
        }
        if (cl.mode != Mode.COMMAND && cl.mode != Mode.MODULE) {
            if (i < argv.size()) {
                String t = argv.get(i);
                if (t.equals("-")) {
                    cl.mode = Mode.STDIN;
                    c.argv.add("-");
                } else {
                    cl.mode = Mode.FILE;
                    cl.target = t;
                    c.argv.add(t);
                }
                c.argv.addAll(argv.subList(i + 1, argv.size()));
            } else {
                c.argv.add("");
            }
        }
        if (!envIgnored) {
            applyEnvironment(c, env);
        }
        if (c.xOptions.containsKey("dev")) {
            c.devMode = true;
        }
        if (c.xOptions.containsKey("warn_default_encoding")) {
            c.warnDefaultEncoding = true;
        }
        if (c.xOptions.containsKey("int_max_str_digits")) {
            String v = c.xOptions.get("int_max_str_digits");
            c.intMaxStrDigits = parseIntMaxStrDigits(v, "-X int_max_str_digits");
        }
        return cl;
    }

    private static int parseIntMaxStrDigits(String v, String what) throws UsageError {
        try {
            int n = Integer.parseInt(v == null ? "" : v);
            if (n == 0 || n >= 640) {
                return n;
            }
        } catch (NumberFormatException e) {
            // fall through
        }
        throw new UsageError(what + ": invalid limit; must be >= 640 or 0 for unlimited.");
    }

    private static void applyEnvironment(Config c, Map<String, String> env) throws UsageError {
        String v;
        if ((v = env.get("PYTHONOPTIMIZE")) != null && !v.isEmpty()) {
            c.optimize = Math.max(c.optimize, parseLevel(v));
        }
        if ((v = env.get("PYTHONVERBOSE")) != null && !v.isEmpty()) {
            c.verbose = Math.max(c.verbose, parseLevel(v));
        }
        if (nonEmpty(env.get("PYTHONDONTWRITEBYTECODE"))) {
            c.dontWriteBytecode = true;
        }
        if (nonEmpty(env.get("PYTHONUNBUFFERED"))) {
            c.unbuffered = true;
        }
        if (nonEmpty(env.get("PYTHONINSPECT"))) {
            c.inspect = true;
        }
        if (nonEmpty(env.get("PYTHONNOUSERSITE"))) {
            c.noUserSite = true;
        }
        if (nonEmpty(env.get("PYTHONSAFEPATH"))) {
            c.safePath = true;
        }
        if (nonEmpty(env.get("PYTHONWARNDEFAULTENCODING"))) {
            c.warnDefaultEncoding = true;
        }
        if (nonEmpty(env.get("PYTHONDEVMODE"))) {
            c.devMode = true;
        }
        if ((v = env.get("PYTHONWARNINGS")) != null && !v.isEmpty()) {
            java.util.List<String> w = new java.util.ArrayList<>();
            for (String part : v.split(",")) {
                if (!part.isBlank()) {
                    w.add(part.strip());
                }
            }
            c.warnOptions.addAll(0, w);
        }
        if ((v = env.get("PYTHONPATH")) != null && !v.isEmpty()) {
            for (String p : v.split(":")) {
                if (!p.isEmpty()) {
                    c.pythonPath.add(p);
                }
            }
        }
        if ((v = env.get("PYTHONINTMAXSTRDIGITS")) != null) {
            c.intMaxStrDigits = parseIntMaxStrDigits(v, "PYTHONINTMAXSTRDIGITS");
        }
    }

    private static boolean nonEmpty(String s) {
        return s != null && !s.isEmpty();
    }

    private static int parseLevel(String v) {
        try {
            return Math.max(1, Integer.parseInt(v.trim()));
        } catch (NumberFormatException e) {
            return 1;
        }
    }
}
