package io.pcrfd.pcrf.bench;

/**
 * How the driver hands its requests to the socket, that is how it packs them into TCP
 * segments (its channels run with TCP_NODELAY, so every flush leaves at once).
 */
public enum FlushMode {
    /**
     * One flush per read batch: the requests that one batch of answers starts leave together,
     * several to a segment, as a gateway with many sessions on one connection sends them.
     */
    PER_READ("per-read"),
    /** Every request flushed on its own: one request per segment, one write per request. */
    PER_REQUEST("per-request");

    private final String option;

    FlushMode(String option) {
        this.option = option;
    }

    /** The value of {@code --flush}. */
    public String option() {
        return option;
    }

    /** The mode named {@code value} on the command line; one readable line when there is none. */
    public static FlushMode parse(String value) {
        for (FlushMode m : values()) {
            if (m.option.equals(value)) {
                return m;
            }
        }
        throw new IllegalArgumentException("--flush must be per-read or per-request, not " + value);
    }
}
