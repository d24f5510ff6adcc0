package io.pcrfd.pcrf.rest;

import io.pcrfd.pcrf.console.LadderEntry;
import io.pcrfd.pcrf.console.SessionLadders;
import java.time.Instant;
import java.util.List;

/**
 * A session's ladder as {@code GET /sessions/{sessionId}/ladder} answers it: the last messages,
 * oldest first, each with its time on the node's clock and its offset from the first one shown.
 *
 * @param sessionId the session
 * @param node      our Origin-Host, the ladder's own column
 * @param recorded  messages recorded for the session, overwritten ones included
 * @param messages  the last ones
 */
public record LadderView(String sessionId, String node, long recorded, List<Row> messages) {

    /**
     * One message.
     *
     * @param time        ISO-8601 UTC, milliseconds
     * @param offsetMs    milliseconds since the first message shown
     * @param direction   in (from {@code peer}) or out (to {@code peer})
     * @param peer        the other end
     * @param command     CCR-I, CCA-I, RAR...
     * @param application Gx, S9a, S9, Sy, Rx...
     * @param request     the R flag
     * @param hopByHop    {@code 0x} and 8 hex digits; null for a request we sent that has no answer
     *                    (yet): the id is assigned as it is written and read back from the answer
     * @param resultCode  the answer's Result-Code or Experimental-Result-Code; null for a request
     */
    public record Row(String time, double offsetMs, String direction, String peer, String command,
                      String application, boolean request, String hopByHop, Long resultCode) {
    }

    static LadderView of(SessionLadders.Ladder ladder, String node) {
        List<LadderEntry> all = ladder.messages();
        long first = all.isEmpty() ? 0 : all.get(0).nanos();
        return new LadderView(ladder.sessionId(), node, ladder.recorded(), all.stream().map(e -> row(e, first)).toList());
    }

    private static Row row(LadderEntry e, long firstNanos) {
        return new Row(Instant.ofEpochMilli(e.epochMillis()).toString(), Math.round((e.nanos() - firstNanos) / 1e3) / 1e3,
                e.direction() == LadderEntry.Direction.IN ? "in" : "out", e.peer(), e.command(), e.application(),
                e.request(), e.hopByHop() == LadderEntry.UNKNOWN ? null : String.format("0x%08x", e.hopByHop()),
                e.request() ? null : e.resultCode());
    }
}
