package io.pcrfd.store.model;

/** Life of a reverse-initiated establishment trigger (TS 29.215 §A.6.1.1.1). */
public enum TriggerState {
    /** Sent (or about to be re-sent); waiting for the peer's CCR-I. */
    PENDING,
    /** The peer's CCR-I carried matching identification. */
    MATCHED,
    /** No CCR-I after the last attempt; reported as failed. */
    FAILED
}
