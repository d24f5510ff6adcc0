package io.pcrfd.pcrf.bench;

import java.io.PrintWriter;
import java.util.Locale;

/**
 * Where {@code pcrfd bench} writes its progress (standard error, so that standard output holds
 * only the report). On a terminal ({@link Mode#LIVE}) one status line is rewritten in place each
 * second; elsewhere ({@link Mode#LINES}: a pipe, a file, CI) each second is a line of its own, so
 * a log keeps the whole series; {@code --quiet} ({@link Mode#QUIET}) writes nothing.
 */
final class ProgressOutput {
    /** How progress is shown. */
    enum Mode { LIVE, LINES, QUIET }

    private static final String PREFIX = "pcrfd bench: ";
    /** Carriage return, then ANSI "erase to end of line" (ECMA-48 EL) after the text. */
    private static final String REWRITE = "\r";
    private static final String ERASE_REST = "\u001b[K";

    private final Mode mode;
    private final PrintWriter out;
    private boolean lineOpen;

    ProgressOutput(Mode mode, PrintWriter out) {
        this.mode = mode;
        this.out = out;
    }

    /** {@link Mode#LIVE} when standard input and output are a terminal, else {@link Mode#LINES}. */
    static Mode detect(boolean quiet) {
        return quiet ? Mode.QUIET : Terminal.interactive() ? Mode.LIVE : Mode.LINES;
    }

    /** A message about the run's course (connected, warming up, measuring). */
    void message(String text) {
        if (mode == Mode.QUIET) {
            return;
        }
        if (lineOpen) {
            out.print(REWRITE + ERASE_REST);
            lineOpen = false;
        }
        out.println(PREFIX + text);
        out.flush();
    }

    void second(Second s) {
        switch (mode) {
            case LIVE -> {
                out.print(REWRITE + PREFIX + format(s) + ERASE_REST);
                lineOpen = true;
            }
            case LINES -> out.println(PREFIX + format(s));
            case QUIET -> {
                return;
            }
        }
        out.flush();
    }

    /** Ends a status line left open, so that what follows starts on a line of its own. */
    void end() {
        if (lineOpen) {
            out.println();
            out.flush();
            lineOpen = false;
        }
    }

    /**
     * One second, e.g. {@code "   3 s measure   41,207 requests/s  p99    1.234 ms  errors 0
     * (answers 0, timeouts 0)  refused 0"}: the rate and p99 of that second's 2001 answers,
     * errors as the report counts them, 3004 refusals apart.
     */
    static String format(Second s) {
        String p99 = s.p99Nanos() < 0 ? "       -   " : String.format(Locale.ROOT, "%8.3f ms", s.p99Nanos() / 1e6);
        return String.format(Locale.ROOT, "%4d s %-7s %,10.0f requests/s  p99 %s  errors %,d (answers %,d, "
                        + "timeouts %,d)  refused %,d", s.index(), s.phase(), s.requestsPerSecond(), p99, s.errors(),
                s.failed(), s.timeouts(), s.refused());
    }
}
