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
 * @param hopByHop    the Hop-by-Hop Identifier, unsigned 32 bits
 * @param resultCode  Result-Code, else Experimental-Result-Code; 0 for a request or when absent
 */
public record LadderEntry(long epochMillis, long nanos, Direction direction, String peer, String command,
                          String application, boolean request, long hopByHop, long resultCode) {

    /** Which way the message went, seen from this node. */
    public enum Direction {
        IN, OUT
    }
}
