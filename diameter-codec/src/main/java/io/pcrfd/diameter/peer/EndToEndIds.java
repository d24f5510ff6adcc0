package io.pcrfd.diameter.peer;

import io.pcrfd.diameter.message.EndToEndId;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * End-to-End identifiers unique across restarts (RFC 6733 §3): the high 12 bits are the low
 * 12 bits of the start time in seconds, the low 20 bits start random; then the value
 * increments. A restart within the same second modulo 4096 s could collide only if the random
 * start lands within the previous run's range, which the duplicate window (seconds) makes
 * harmless.
 */
public final class EndToEndIds {
    private final AtomicInteger next;

    public EndToEndIds() {
        this(System.currentTimeMillis() / 1000, ThreadLocalRandom.current().nextInt(1 << 20));
    }

    EndToEndIds(long epochSeconds, int random20) {
        this.next = new AtomicInteger((int) ((epochSeconds & 0xFFF) << 20) | (random20 & 0xF_FFFF));
    }

    public EndToEndId next() {
        return EndToEndId.of(next.getAndIncrement());
    }
}
