package io.pcrfd.store.snapshot;

/**
 * A snapshot's shape number. A file of another number is refused as unreadable rather than
 * half-read, so an incompatible change to a snapshot record bumps its number.
 */
public interface Versioned {

    /** The shape number this snapshot was written with. */
    int format();
}
