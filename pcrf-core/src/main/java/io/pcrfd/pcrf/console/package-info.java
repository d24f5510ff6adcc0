/**
 * What the read-only web console shows that the store does not hold: the ladder of each
 * session's last messages (time, direction, peer, command, R flag, hop-by-hop id, result code;
 * RFC 6733 §3 for the header fields), kept in memory by {@link io.pcrfd.pcrf.console.SessionLadders}
 * and fed by {@link io.pcrfd.pcrf.console.LadderTap}. The page itself is a static resource of the
 * REST package ({@code console.html}); it reads the admin API's JSON.
 *
 * <p>Decisions:
 * <ul>
 *   <li>Off by default ({@code console.ladder.enabled}). Off, nothing is installed: the
 *       dispatcher's tap stays null (one null check per request, no allocation) and the send
 *       function is not wrapped.</li>
 *   <li>Recorded at the dispatcher and at the send function, next to the traffic metrics, not in
 *       the peer layer: those two see every application message with its peer, while the
 *       capabilities exchange and the watchdog, which have no session, stay out of the ladder.
 *       Requests the peer layer refuses before dispatch (3004 TOO_BUSY, duplicates) are not
 *       recorded; they are counted in the node's counters.</li>
 *   <li>Sampled per session by a hash of the Session-Id, not per message: a ladder with holes
 *       misleads more than no ladder.</li>
 *   <li>Bounded twice: messages per session (a ring) and sessions (least recently written
 *       dropped first). The ladder is for looking at what just happened, not an archive; a
 *       capture (tshark) is the tool for the complete record.</li>
 *   <li>Times are the node's clock (epoch milliseconds) for display and {@code nanoTime} for the
 *       intervals between messages, as the demo's ladder prints them.</li>
 * </ul>
 */
package io.pcrfd.pcrf.console;
