package io.pcrfd.pcrf.node;

import java.net.BindException;
import java.util.Locale;

/** Turns a socket failure at start into the few words a user needs. */
final class SocketErrors {
    private SocketErrors() {
    }

    /** "address already in use", "no such local address", "permission denied", or the exception's own text. */
    static String reason(Throwable e) {
        String text = String.valueOf(e.getMessage()).toLowerCase(Locale.ROOT);
        if (text.contains("already in use")) {
            return "address already in use";
        }
        if (text.contains("cannot assign requested address")) {
            return "no such local address";
        }
        if (text.contains("permission denied") || text.contains("access denied")) {
            return "permission denied (ports below 1024 need privileges)";
        }
        return e instanceof BindException ? "cannot bind: " + e.getMessage() : e.toString();
    }
}
