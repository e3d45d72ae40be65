package org.ember.runtime;

import java.io.File;
import java.io.IOException;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * Finds CPython 3.11's pure-Python standard library, which Ember runs but never copies:
 * $EMBER_STDLIB if set, else a CPython 3.11 installation found on PATH or in the usual places
 * (/usr/lib, /usr/local/lib, pyenv). The result is checked to really be a 3.11 library.
 */
public final class StdlibLocator {
    private StdlibLocator() {}

    /** Explains how to fix a missing library (printed when none is found). */
    public static final String HOW_TO_FIX = "Ember needs the pure-Python standard library of CPython 3.11. "
            + "Install CPython 3.11 (e.g. 'apt install python3.11' or pyenv), or set EMBER_STDLIB to its Lib directory "
            + "(the directory containing os.py, e.g. /usr/lib/python3.11).";

    public static Path locate(Map<String, String> env) {
        String explicit = env.get("EMBER_STDLIB");
        if (explicit != null && !explicit.isEmpty()) {
            Path p = Path.of(explicit);
            return isStdlib311(p) ? p.toAbsolutePath().normalize() : null;
        }
        for (Path candidate : candidates(env)) {
            if (isStdlib311(candidate)) {
                return candidate.toAbsolutePath().normalize();
            }
        }
        return null;
    }

    /** pyenv installs: the selected version (PYENV_VERSION or the version file) first, then 3.11.x newest first. */
    private static List<Path> pyenvCandidates(Path root, Map<String, String> env) {
        List<Path> out = new ArrayList<>();
        Path versions = root.resolve("versions");
        if (!Files.isDirectory(versions)) {
            return out;
        }
        String selected = env.get("PYENV_VERSION");
        if (selected == null) {
            try {
                selected = Files.readString(root.resolve("version")).strip().split("\\s+")[0];
            } catch (IOException e) {
                selected = null;
            }
        }
        if (selected != null && !selected.isEmpty()) {
            out.add(versions.resolve(selected).resolve("lib/python3.11"));
        }
        try (DirectoryStream<Path> ds = Files.newDirectoryStream(versions, "3.11*")) {
            List<Path> vs = new ArrayList<>();
            ds.forEach(vs::add);
            vs.sort((a, b) -> b.getFileName().toString().compareTo(a.getFileName().toString()));
            for (Path v : vs) {
                out.add(v.resolve("lib/python3.11"));
            }
        } catch (IOException ignored) {
            // unreadable
        }
        return out;
    }

    /** True for a CPython 3.11 Lib directory: 3.11 added tomllib, 3.12 removed distutils. */
    public static boolean isStdlib311(Path p) {
        return Files.isRegularFile(p.resolve("os.py")) && Files.isRegularFile(p.resolve("importlib/_bootstrap.py"))
                && Files.isDirectory(p.resolve("tomllib")) && Files.isDirectory(p.resolve("distutils"));
    }

    private static List<Path> candidates(Map<String, String> env) {
        List<Path> out = new ArrayList<>();
        String home = env.getOrDefault("HOME", System.getProperty("user.home"));
        String path = env.getOrDefault("PATH", "");
        for (String dir : path.split(File.pathSeparator)) {
            if (dir.isEmpty()) {
                continue;
            }
            Path d = Path.of(dir);
            if (d.getFileName() != null && d.getFileName().toString().equals("shims")
                    && Files.isDirectory(d.resolveSibling("versions"))) {
                out.addAll(pyenvCandidates(d.getParent(), env));
                continue;
            }
            for (String exe : new String[] {"python3.11", "python3"}) {
                Path e = d.resolve(exe);
                if (Files.isExecutable(e)) {
                    try {
                        Path real = e.toRealPath();
                        out.add(real.getParent().getParent().resolve("lib/python3.11"));
                    } catch (IOException ignored) {
                        // broken link
                    }
                }
            }
        }
        String pyenvRoot = env.getOrDefault("PYENV_ROOT", home + "/.pyenv");
        out.addAll(pyenvCandidates(Path.of(pyenvRoot), env));
        out.add(Path.of("/usr/local/lib/python3.11"));
        out.add(Path.of("/usr/lib/python3.11"));
        out.add(Path.of("/opt/python3.11/lib/python3.11"));
        return out;
    }
}
