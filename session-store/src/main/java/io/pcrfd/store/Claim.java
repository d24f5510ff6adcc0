package io.pcrfd.store;

/**
 * Outcome of a create-if-absent: either this caller's record is now stored, or another record
 * already holds the contested key and is returned so the caller can decide (evict a stale
 * session, re-use a pending trigger, route to the owning node).
 *
 * @param <T> the record type
 */
public sealed interface Claim<T> {

    /** The stored value: the caller's on success, the holder's otherwise. */
    T value();

    /** True when the caller's record was stored. */
    default boolean claimed() {
        return this instanceof Claimed<T>;
    }

    /** The caller's record was stored (with the version the store assigned). */
    record Claimed<T>(T value) implements Claim<T> {
    }

    /** Another live record holds the key (same id, same UE address, same binding). */
    record Held<T>(T value) implements Claim<T> {
    }
}
