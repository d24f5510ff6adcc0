package io.pcrfd.pcrf.bench;

import java.io.Console;
import java.lang.reflect.Method;

/**
 * Whether the process talks to a terminal. Up to JDK 21 {@link System#console()} is null unless
 * standard input and output are both a terminal; from JDK 22 it may return a console anyway,
 * and {@code Console.isTerminal()} (absent from the JDK 21 API this module compiles against,
 * hence the reflection) tells.
 */
final class Terminal {
    private Terminal() {
    }

    static boolean interactive() {
        Console console = System.console();
        if (console == null) {
            return false;
        }
        try {
            Method isTerminal = Console.class.getMethod("isTerminal");
            return (Boolean) isTerminal.invoke(console);
        } catch (NoSuchMethodException e) {
            return true; // JDK 21: a console exists only on a terminal
        } catch (ReflectiveOperationException e) {
            return false;
        }
    }
}
