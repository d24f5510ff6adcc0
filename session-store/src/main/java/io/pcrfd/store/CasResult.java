package io.pcrfd.store;

/**
 * Outcome of a compare-and-set update on a versioned record.
 *
 * @param <T> the record type
 */
public sealed interface CasResult<T> {

    /** The update was applied; {@code value} carries the new version. */
    record Applied<T>(T value) implements CasResult<T> {
    }

    /** Somebody updated first; {@code current} is what is stored now. Re-read and retry. */
    record Stale<T>(T current) implements CasResult<T> {
    }

    /** No such record (never created, closed, or expired). */
    record Missing<T>() implements CasResult<T> {
    }
}
