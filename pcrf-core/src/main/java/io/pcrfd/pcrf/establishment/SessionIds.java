package io.pcrfd.pcrf.establishment;

import java.time.Clock;
import java.util.concurrent.atomic.AtomicLong;

/**
 * Session-Id values in the RFC 6733 §8.8 form {@code <DiameterIdentity>;<high 32 bits>;<low 32
 * bits>}: the high part is the start time in seconds (so ids stay unique across restarts), the
 * low part a counter. The same generator names triggers (the Establishment-Id).
 */
public final class SessionIds {
    private final String prefix;
    private final AtomicLong counter = new AtomicLong();

    public SessionIds(String originHost, Clock clock) {
        this.prefix = originHost + ";" + (clock.instant().getEpochSecond() & 0xFFFF_FFFFL) + ";";
    }

    public String next() {
        return prefix + (counter.incrementAndGet() & 0xFFFF_FFFFL);
    }
}
