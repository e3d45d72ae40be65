package org.ember.corpus;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * One differential test program and how to run it, mirroring tests/gen_expected.py: header
 * lines (# args, # python-args, # command, # stdin, # stdin-file, # env, # timeout), environment,
 * cwd and the <DIR> normalisation of outputs.
 */
final class CorpusProgram {
    private static final Pattern HEADER = Pattern.compile("^#\\s*(args|python-args|command|stdin|stdin-file|env|timeout)\\s*:(.*)$");

    final Path path;
    final String id;
    private final List<String> args;
    private final List<String> pythonArgs;
    private final List<String> command;
    private final List<String> stdinLines = new ArrayList<>();
    private String stdinFile;
    private final Map<String, String> env = new LinkedHashMap<>();
    double timeout = 30;

    record Result(int exit, String stdout, String stderr) {}

    CorpusProgram(Path path, Path root) throws IOException {
        this.path = path;
        this.id = root.relativize(path).toString();
        String text = new String(Files.readAllBytes(path), StandardCharsets.UTF_8);
        List<String> lines = new ArrayList<>(List.of(text.split("\r\n|\n|\r", -1)));
        if (!lines.isEmpty() && !lines.get(0).startsWith("#")) {
            lines.remove(0);
        }
        Map<String, List<String>> words = new LinkedHashMap<>();
        words.put("args", new ArrayList<>());
        words.put("python-args", new ArrayList<>());
        words.put("command", new ArrayList<>());
        for (String line : lines) {
            if (!line.startsWith("#")) {
                break;
            }
            Matcher m = HEADER.matcher(line);
            if (!m.matches()) {
                continue;
            }
            String key = m.group(1);
            String raw = m.group(2);
            if (raw.startsWith(" ")) {
                raw = raw.substring(1);
            }
            String value = raw.strip();
            switch (key) {
                case "args", "python-args", "command" -> words.get(key).add(raw);
                case "stdin" -> stdinLines.add(raw);
                case "stdin-file" -> stdinFile = value;
                case "env" -> {
                    int eq = value.indexOf('=');
                    env.put(value.substring(0, eq).strip(), value.substring(eq + 1));
                }
                case "timeout" -> timeout = Double.parseDouble(value);
                default -> {
                }
            }
        }
        args = ShellWords.split(String.join("\n", words.get("args")));
        pythonArgs = ShellWords.split(String.join("\n", words.get("python-args")));
        if (words.get("command").isEmpty()) {
            command = null;
        } else {
            List<String> c = new ArrayList<>();
            for (String w : ShellWords.split(String.join("\n", words.get("command")))) {
                c.add(w.equals("{script}") ? path.getFileName().toString() : w);
            }
            command = c;
        }
    }

    Path expectedPath() {
        String n = path.getFileName().toString();
        return path.resolveSibling(n.substring(0, n.length() - 3) + ".expected");
    }

    Result expected() throws IOException {
        Map<String, Object> m = MiniJson.parseObject(Files.readString(expectedPath(), StandardCharsets.UTF_8));
        return new Result(((Long) m.get("exit")).intValue(), (String) m.get("stdout"), (String) m.get("stderr"));
    }

    Result run(Path ember) throws IOException, InterruptedException {
        List<String> argv = new ArrayList<>();
        argv.add(ember.toString());
        if (command != null) {
            argv.addAll(command);
        } else {
            argv.addAll(pythonArgs);
            argv.add(path.getFileName().toString());
            argv.addAll(args);
        }
        ProcessBuilder pb = new ProcessBuilder(argv);
        Path dir = path.getParent();
        pb.directory(dir.toFile());
        Map<String, String> e = pb.environment();
        Map<String, String> keep = new LinkedHashMap<>();
        for (String k : new String[] {"PATH", "HOME", "TMPDIR", "EMBER_JAVA_HOME", "JAVA_HOME", "EMBER_JVM_OPTS", "EMBER_STDLIB"}) {
            if (System.getenv(k) != null) {
                keep.put(k, System.getenv(k));
            }
        }
        e.clear();
        e.putAll(keep);
        e.put("EMBER_NO_BUILD", "1");
        e.put("PYTHONHASHSEED", "0");
        e.put("LC_ALL", "C.UTF-8");
        e.put("PYTHONDONTWRITEBYTECODE", "1");
        e.putAll(env);
        Process p = pb.start();
        byte[] in = stdinBytes();
        Thread feeder = new Thread(() -> {
            try (var os = p.getOutputStream()) {
                os.write(in);
            } catch (IOException ignored) {
                // the program may not read its input
            }
        });
        feeder.start();
        var out = new java.io.ByteArrayOutputStream();
        var err = new java.io.ByteArrayOutputStream();
        Thread o = new Thread(() -> copy(p.getInputStream(), out));
        Thread r = new Thread(() -> copy(p.getErrorStream(), err));
        o.start();
        r.start();
        boolean done = p.waitFor((long) (timeout * 1000) + 20_000, TimeUnit.MILLISECONDS);
        if (!done) {
            p.descendants().forEach(ProcessHandle::destroyForcibly);
            p.destroyForcibly();
            p.waitFor();
        }
        o.join();
        r.join();
        feeder.join();
        String so = normalise(out.toString(StandardCharsets.UTF_8), dir);
        String se = normalise(err.toString(StandardCharsets.UTF_8), dir);
        if (!done) {
            se = se + "\n[timed out]";
        }
        return new Result(done ? p.exitValue() : -1, so, se);
    }

    private static void copy(java.io.InputStream in, java.io.OutputStream out) {
        try {
            in.transferTo(out);
        } catch (IOException ignored) {
            // the process ended
        }
    }

    private byte[] stdinBytes() throws IOException {
        var b = new java.io.ByteArrayOutputStream();
        if (stdinFile != null) {
            b.write(Files.readAllBytes(path.getParent().resolve(stdinFile)));
        }
        for (String l : stdinLines) {
            b.write((l + "\n").getBytes(StandardCharsets.UTF_8));
        }
        return b.toByteArray();
    }

    private static String normalise(String text, Path dir) throws IOException {
        String a = dir.toString();
        String b = dir.toRealPath().toString();
        if (a.length() >= b.length()) {
            text = text.replace(a, "<DIR>").replace(b, "<DIR>");
        } else {
            text = text.replace(b, "<DIR>").replace(a, "<DIR>");
        }
        return text;
    }
}
