package org.ember;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;

import org.ember.compiler.Compiler;
import org.ember.interp.Eval;
import org.ember.interp.PyCode;
import org.ember.modules.SysModule;
import org.ember.objects.Abstract;
import org.ember.objects.Py;
import org.ember.objects.PyException;
import org.ember.objects.PyModule;
import org.ember.objects.PyObject;
import org.ember.objects.PyStr;
import org.ember.objects.PySystemExit;
import org.ember.parser.ParseException;
import org.ember.parser.Parser;
import org.ember.runtime.Interpreter;
import org.jline.reader.EndOfFileException;
import org.jline.reader.LineReader;
import org.jline.reader.LineReaderBuilder;
import org.jline.reader.UserInterruptException;
import org.jline.terminal.Terminal;
import org.jline.terminal.TerminalBuilder;

/**
 * The interactive interpreter: reads statements (with line editing and history on a terminal),
 * asks for continuation lines while input is incomplete, runs each statement in __main__ with
 * expression values shown by sys.displayhook, and reports exceptions without ending the session.
 */
final class Repl {
    private Repl() {}

    /** Something that yields input lines with a prompt; null at end of input. */
    private interface Input {
        String read(String prompt) throws IOException;
    }

    static int run(Interpreter interp, PyModule main, boolean afterScript) {
        boolean tty = System.console() != null && interp.rawStdin == System.in;
        var sys = interp.sysModule.getDict();
        sys.putStr("ps1", PyStr.of(">>> "));
        sys.putStr("ps2", PyStr.of("... "));
        if (!interp.config.quiet && tty && !afterScript) {
            SysModule.writeStderr("Python " + SysModule.versionString() + " on linux\n"
                    + "Type \"help\", \"copyright\", \"credits\" or \"license\" for more information.\n");
        }
        PyObject hook = sys.getStr("__interactivehook__");
        if (hook != null && tty) {
            try {
                Abstract.call(hook);
            } catch (PyException e) {
                Main.handleUncaught(interp, e);
            }
        }
        Terminal terminal = null;
        Input input;
        try {
            if (tty) {
                terminal = TerminalBuilder.builder().system(true).build();
                LineReader reader = LineReaderBuilder.builder().terminal(terminal)
                        .variable(LineReader.HISTORY_FILE, Path.of(System.getProperty("user.home"), ".ember_history"))
                        .option(LineReader.Option.DISABLE_EVENT_EXPANSION, true).build();
                input = prompt -> {
                    try {
                        return reader.readLine(prompt);
                    } catch (EndOfFileException e) {
                        return null;
                    }
                };
            } else {
                BufferedReader br = new BufferedReader(new InputStreamReader(interp.rawStdin, StandardCharsets.UTF_8));
                input = prompt -> {
                    SysModule.writeStderr(prompt);
                    return br.readLine();
                };
            }
            return loop(interp, main, input);
        } catch (IOException e) {
            interp.rawStderr.println("ember: " + e.getMessage());
            return 1;
        } finally {
            if (terminal != null) {
                try {
                    terminal.close();
                } catch (IOException ignored) {
                    // closing the terminal on exit
                }
            }
        }
    }

    private static String prompt(Interpreter interp, String name) {
        PyObject p = interp.sysModule.getDict().getStr(name);
        if (p == null) {
            return "";
        }
        try {
            return Abstract.strJava(p);
        } catch (PyException e) {
            return "";
        }
    }

    private static int loop(Interpreter interp, PyModule main, Input input) throws IOException {
        StringBuilder buf = new StringBuilder();
        boolean block = false;
        while (true) {
            String line;
            try {
                line = input.read(prompt(interp, buf.length() == 0 ? "ps1" : "ps2"));
            } catch (UserInterruptException e) {
                SysModule.writeStderr("\nKeyboardInterrupt\n");
                buf.setLength(0);
                block = false;
                continue;
            }
            if (line == null) {
                if (buf.length() == 0) {
                    SysModule.writeStderr("\n");
                    return 0;
                }
                line = "";
            }
            buf.append(line).append('\n');
            String source = buf.toString();
            if (block) {
                if (!line.isBlank()) {
                    continue;
                }
            } else {
                boolean incomplete;
                try {
                    incomplete = Parser.isIncomplete(source, "<stdin>", Parser.Mode.SINGLE);
                } catch (ParseException e) {
                    incomplete = false;
                }
                if (incomplete) {
                    block = stripComment(line).endsWith(":");
                    continue;
                }
            }
            buf.setLength(0);
            block = false;
            if (source.isBlank()) {
                continue;
            }
            try {
                PyCode code = Compiler.compile(source, "<stdin>", "single", 0, false, -1);
                Eval.exec(code, main.getDict(), main.getDict());
            } catch (PyException e) {
                if (e.value instanceof PySystemExit se) {
                    return Main.systemExitCode(interp, se);
                }
                Main.handleUncaught(interp, e);
            }
            PyObject out = interp.sysModule.getDict().getStr("stdout");
            if (out != null && out != Py.None) {
                try {
                    Abstract.callMethod(out, "flush");
                } catch (PyException ignored) {
                    // reported at exit
                }
            }
        }
    }

    private static String stripComment(String line) {
        int hash = line.indexOf('#');
        return (hash >= 0 ? line.substring(0, hash) : line).strip();
    }
}
