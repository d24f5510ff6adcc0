package io.pcrfd.pcrf.gx;

import io.pcrfd.diameter.message.EndToEndId;
import java.time.Clock;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * End-to-End Identifiers for requests the PCRF originates (RFC 6733 §3): the high 12 bits
 * from the low 12 bits of the start time in seconds, the low 20 bits random at start and then
 * incremented, so ids stay unique across restarts for at least 4 minutes.
 */
public final class EndToEndIds {
    private final int high;
    private final AtomicInteger low = new AtomicInteger(ThreadLocalRandom.current().nextInt(1 << 20));

    public EndToEndIds(Clock clock) {
        this.high = (int) (clock.instant().getEpochSecond() & 0xFFF) << 20;
    }

    public EndToEndId next() {
        return EndToEndId.of(high | (low.incrementAndGet() & 0xF_FFFF));
    }
}
