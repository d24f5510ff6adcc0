package io.pcrfd.pcrf.node;

import java.time.Clock;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The Origin-State-Id a node announces in CER/CEA, DWR/DWA and DPR (RFC 6733 §8.16). It must grow
 * each time the node restarts with loss of state, and peers that see it grow end the sessions
 * they had with the node; so it stays the same across a restart that kept the state (a snapshot
 * loaded, a shared Redis), and is new otherwise.
 */
public final class OriginStateIds {
    private static final Logger LOG = LoggerFactory.getLogger(OriginStateIds.class);

    private OriginStateIds() {
    }

    /**
     * A new value: the start time in seconds (the RFC's own suggestion), so it is larger than any
     * earlier run's as long as the clock moves forward (Unsigned32 until 2106).
     */
    public static long fresh(Clock clock) {
        return (clock.millis() / 1000) & 0xFFFF_FFFFL;
    }

    /** Logs which Origin-State-Id {@code originHost} announces and why; returns it. */
    public static long announce(String originHost, long id, long fresh) {
        if (id == fresh) {
            LOG.info("{} announces a new Origin-State-Id {}: it starts without the state of an earlier run",
                    originHost, id);
        } else {
            LOG.info("{} announces Origin-State-Id {} again: it kept the state of its earlier run", originHost, id);
        }
        return id;
    }
}
