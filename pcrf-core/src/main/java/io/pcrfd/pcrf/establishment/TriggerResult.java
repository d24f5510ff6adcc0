package io.pcrfd.pcrf.establishment;

/**
 * What {@link EstablishmentTrigger#onGxSessionEstablished} did, for logs and tests.
 *
 * @param outcome   the kind of result
 * @param triggerId the trigger sent or already pending, or null
 * @param detail    why, in words
 */
public record TriggerResult(Outcome outcome, String triggerId, String detail) {

    /** The possible results. */
    public enum Outcome {
        /** No local IP, no mapped peer, or establishment disabled. */
        NOT_NEEDED,
        /** A session towards the peer already exists for this local IP (TS 29.213 §E.4.2.1). */
        ALREADY_ESTABLISHED,
        /** A trigger for this local IP is pending; no second one is sent. */
        SUPPRESSED,
        /** A trigger was sent and the peer accepted it; its CCR-I is awaited. */
        ACCEPTED,
        /** A trigger was sent and will be sent again (no answer, 3002, 3004, 4xxx). */
        RETRYING,
        /** The peer refused the trigger for good (5xxx, or a 3xxx retrying cannot fix). */
        FAILED
    }

    static TriggerResult notNeeded(String detail) {
        return new TriggerResult(Outcome.NOT_NEEDED, null, detail);
    }
}
