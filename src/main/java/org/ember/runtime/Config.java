package org.ember.runtime;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** Interpreter configuration from the command line and environment (sys.flags and friends). */
public final class Config {
    public int optimize;
    public boolean dontWriteBytecode;
    public boolean ignoreEnvironment;
    public boolean isolated;
    public boolean noSite;
    public boolean noUserSite;
    public boolean unbuffered;
    public int verbose;
    public boolean quiet;
    public boolean inspect;
    public boolean interactive;
    public boolean safePath;
    public int bytesWarning;
    public boolean devMode;
    public boolean warnDefaultEncoding;
    public boolean utf8Mode = true;
    public int intMaxStrDigits = 4300;
    public final List<String> warnOptions = new ArrayList<>();
    public final Map<String, String> xOptions = new LinkedHashMap<>();
    public final List<String> argv = new ArrayList<>();
    /** Extra sys.path entries from PYTHONPATH. */
    public final List<String> pythonPath = new ArrayList<>();

    public Config copy() {
        Config c = new Config();
        c.optimize = optimize;
        c.dontWriteBytecode = dontWriteBytecode;
        c.ignoreEnvironment = ignoreEnvironment;
        c.isolated = isolated;
        c.noSite = noSite;
        c.noUserSite = noUserSite;
        c.unbuffered = unbuffered;
        c.verbose = verbose;
        c.quiet = quiet;
        c.inspect = inspect;
        c.interactive = interactive;
        c.safePath = safePath;
        c.bytesWarning = bytesWarning;
        c.devMode = devMode;
        c.warnDefaultEncoding = warnDefaultEncoding;
        c.utf8Mode = utf8Mode;
        c.intMaxStrDigits = intMaxStrDigits;
        c.warnOptions.addAll(warnOptions);
        c.xOptions.putAll(xOptions);
        c.argv.addAll(argv);
        c.pythonPath.addAll(pythonPath);
        return c;
    }
}
