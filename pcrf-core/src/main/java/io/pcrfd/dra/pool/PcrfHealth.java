package io.pcrfd.dra.pool;

/**
 * What the DRA knows of a PCRF's connection: whether it can take a request now (open, watchdog
 * OKAY or REOPEN), and whether it is down (not open, or its watchdog DOWN: RFC 3539 §3.4.1).
 * A SUSPECT PCRF is neither: it takes no request, but its bindings stay where they are.
 */
@FunctionalInterface
public interface PcrfHealth {
    boolean available(String host);

    /** Down, not merely unavailable; by default whatever is not available. */
    default boolean down(String host) {
        return !available(host);
    }
}
