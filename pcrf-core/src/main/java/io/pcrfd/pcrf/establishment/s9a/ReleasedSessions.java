package io.pcrfd.pcrf.establishment.s9a;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * S9a sessions this PCRF asked the peer to end (RAR with Session-Release-Cause) after their Gx
 * session was closed. The peer's CCR-T then finds no IP-CAN session; it is answered 2001 rather
 * than 5002 because the session did exist and we ended it. Entries expire after a while so the
 * map stays bounded when a peer never sends its CCR-T.
 */
final class ReleasedSessions {
    private static final Duration KEEP = Duration.ofMinutes(5);
    private final Map<String, Instant> released = new ConcurrentHashMap<>();
    private final Clock clock;

    ReleasedSessions(Clock clock) {
        this.clock = clock;
    }

    void add(String sessionId) {
        Instant now = clock.instant();
        released.values().removeIf(t -> t.isBefore(now));
        released.put(sessionId, now.plus(KEEP));
    }

    /** True (once) when {@code sessionId} was released by us and has not expired. */
    boolean take(String sessionId) {
        Instant until = released.remove(sessionId);
        return until != null && !until.isBefore(clock.instant());
    }
}
