package io.pcrfd.pcrf.console;

/**
 * One message of a session's ladder, as the console shows it.
 *
 * @param epochMillis when the node saw it (the node's clock): a request as it was dispatched or
 *                    sent, an answer as it was ready or arrived
 * @param nanos       {@link System#nanoTime()} then, for the time between two messages
 * @param direction   IN (from the peer) or OUT (to the peer)
 * @param peer        the peer's DiameterIdentity: the sender of what came in, the destination
 *                    (Destination-Host, else Destination-Realm) of a request we sent
 * @param command     CCR-I, CCA-I, RAR, TEA... ({@link CommandNames})
 * @param application Gx, S9a, S9, Sy, Rx...
 * @param request     the header's R flag (RFC 6733 §3)
 * @param hopByHop    the Hop-by-Hop Identifier, unsigned 32 bits; {@link #UNKNOWN} for a request we
 *                    sent that has had no answer yet (the peer layer assigns the id as it writes,
 *                    so it is taken from the answer, which carries the same id, RFC 6733 §6.2)
 * @param resultCode  Result-Code, else Experimental-Result-Code; 0 for a request or when absent
 */
public record LadderEntry(long epochMillis, long nanos, Direction direction, String peer, String command,
                          String application, boolean request, long hopByHop, long resultCode) {
    /** The hop-by-hop id of a request sent and not answered (yet). */
    public static final long UNKNOWN = -1;

    /** This entry with {@code id} as its hop-by-hop id. */
    LadderEntry withHopByHop(long id) {
        return new LadderEntry(epochMillis, nanos, direction, peer, command, application, request, id, resultCode);
    }

    /** Which way the message went, seen from this node. */
    public enum Direction {
        IN, OUT
    }
}
