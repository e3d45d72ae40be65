package org.ember.interp;

import org.ember.objects.ArgParser;

final class ArgParserHelper {
    private ArgParserHelper() {}

    static void throwArgs(org.ember.objects.PyObject[] args, String[] kw) {
        ArgParser.noKeywords("throw", kw);
        ArgParser.checkPositional("throw", args.length, 1, 3);
    }
}
