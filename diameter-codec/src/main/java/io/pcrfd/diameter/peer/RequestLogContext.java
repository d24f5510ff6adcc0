package io.pcrfd.diameter.peer;

import io.pcrfd.diameter.message.DiameterMessage;

/**
 * The Diameter message being handled on the current thread, for log lines: while the peer
 * layer hands a received request to its handler, or completes a request's future with its
 * answer, code that logs on that thread can name the peer, the Session-Id and the Hop-by-Hop
 * id without being passed them ({@link #describe()}; the daemon's Logback layout prints it on
 * every line).
 *
 * <p>Setting it costs two field writes on a holder reused per thread; the Session-Id is only
 * looked up when a line is actually written, and escaped ({@link LogSafe}) like every wire
 * value in a log line. Work that continues on another thread (a Redis reply, a timer) is
 * outside the scope: its lines carry what their message says.
 */
public final class RequestLogContext {
    private static final ThreadLocal<RequestLogContext> CURRENT = ThreadLocal.withInitial(RequestLogContext::new);

    private String peer;
    private DiameterMessage message;

    private RequestLogContext() {
    }

    /** "peer=… session=… hbh=0x…" for the message handled on this thread, or "" outside one. */
    public static String describe() {
        RequestLogContext c = CURRENT.get();
        DiameterMessage m = c.message;
        if (m == null) {
            return "";
        }
        // Both come from the wire (the peer's Origin-Host, the Session-Id): escaped, see LogSafe.
        return "peer=" + LogSafe.escape(c.peer) + " session=" + LogSafe.escape(m.sessionId().orElse("-")) + " "
                + m.hopByHop(); // hbh=0x…
    }

    /**
     * The fields of {@link #describe()} one by one, for structured (JSON) log lines; null outside
     * a message. Values are as received (a JSON encoder escapes them).
     */
    public static Fields fields() {
        RequestLogContext c = CURRENT.get();
        DiameterMessage m = c.message;
        return m == null ? null : new Fields(c.peer, m.sessionId().orElse(null), m.hopByHop().value());
    }

    /**
     * @param peer      the peer's Origin-Host
     * @param sessionId the message's Session-Id, null when it has none
     * @param hopByHop  its Hop-by-Hop id
     */
    public record Fields(String peer, String sessionId, int hopByHop) {
        /** The Hop-by-Hop id as logged everywhere else: {@code 0x0000abcd}. */
        public String hopByHopHex() {
            return String.format("0x%08x", hopByHop);
        }
    }

    /** Marks {@code m} from {@code peer} as handled on this thread until {@link #exit()}. */
    static void enter(String peer, DiameterMessage m) {
        RequestLogContext c = CURRENT.get();
        c.peer = peer;
        c.message = m;
    }

    static void exit() {
        RequestLogContext c = CURRENT.get();
        c.peer = null;
        c.message = null;
    }
}
