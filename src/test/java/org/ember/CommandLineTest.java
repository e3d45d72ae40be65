package org.ember;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;

import org.ember.runtime.CommandLine;
import org.junit.jupiter.api.Test;

class CommandLineTest {
    private static CommandLine parse(String... args) throws Exception {
        return CommandLine.parse(List.of(args), Map.of());
    }

    @Test
    void fileAndArgs() throws Exception {
        CommandLine c = parse("-B", "-u", "prog.py", "a", "-c");
        assertEquals(CommandLine.Mode.FILE, c.mode);
        assertEquals("prog.py", c.target);
        assertEquals(List.of("prog.py", "a", "-c"), c.config.argv);
        assertTrue(c.config.dontWriteBytecode && c.config.unbuffered);
    }

    @Test
    void commandTakesRestOfWordOrNext() throws Exception {
        CommandLine c = parse("-Oc", "print(1)", "x");
        assertEquals(CommandLine.Mode.COMMAND, c.mode);
        assertEquals("print(1)\n", c.target);
        assertEquals(List.of("-c", "x"), c.config.argv);
        assertEquals(1, c.config.optimize);
        c = parse("-cprint(2)");
        assertEquals("print(2)\n", c.target);
    }

    @Test
    void moduleAndOptions() throws Exception {
        CommandLine c = parse("-W", "error", "-X", "dev", "-m", "pkg.mod", "q");
        assertEquals(CommandLine.Mode.MODULE, c.mode);
        assertEquals("pkg.mod", c.target);
        assertEquals(List.of("-m", "q"), c.config.argv);
        assertEquals(List.of("error"), c.config.warnOptions);
        assertTrue(c.config.devMode);
    }

    @Test
    void usageErrors() {
        assertEquals("Unknown option: -z", assertThrows(CommandLine.UsageError.class, () -> parse("-z")).getMessage());
        assertEquals("Argument expected for the -c option", assertThrows(CommandLine.UsageError.class, () -> parse("-c")).getMessage());
        assertEquals("unknown option --versionx", assertThrows(CommandLine.UsageError.class, () -> parse("--versionx")).getMessage());
    }

    @Test
    void stdinDash() throws Exception {
        CommandLine c = parse("-", "a");
        assertEquals(CommandLine.Mode.STDIN, c.mode);
        assertEquals(List.of("-", "a"), c.config.argv);
    }
}
