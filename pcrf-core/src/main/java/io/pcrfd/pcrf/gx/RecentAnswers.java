package io.pcrfd.pcrf.gx;

import io.pcrfd.diameter.message.DiameterMessage;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The last CCA per session, so a retransmitted CCR (same Session-Id and CC-Request-Number,
 * RFC 4006 §5.1 / RFC 6733 §5.5.4) gets the same answer without a second state change. Bounded
 * (least recently used out); a miss on another node or after eviction falls back to a plain
 * 2001 that changes nothing. Answers are immutable, so sharing them is safe.
 */
final class RecentAnswers {
    private final Map<String, Held> entries;

    private record Held(long requestNumber, DiameterMessage answer) {
    }

    RecentAnswers(int capacity) {
        this.entries = new LinkedHashMap<>(16, 0.75f, true) {
            @Override
            protected boolean removeEldestEntry(Map.Entry<String, Held> eldest) {
                return size() > capacity;
            }
        };
    }

    synchronized void put(String sessionId, long requestNumber, DiameterMessage answer) {
        entries.put(sessionId, new Held(requestNumber, answer));
    }

    /** The answer given to this exact request, re-addressed to the retransmission's ids; or null. */
    synchronized DiameterMessage get(String sessionId, long requestNumber, DiameterMessage request) {
        Held e = entries.get(sessionId);
        if (e == null || e.requestNumber != requestNumber) {
            return null;
        }
        return e.answer.withHopByHop(request.hopByHop()).withEndToEnd(request.endToEnd());
    }
}
