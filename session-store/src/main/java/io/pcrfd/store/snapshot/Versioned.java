package io.pcrfd.store.snapshot;

/**
 * What a snapshot says about itself. A file of another kind (a BPCF's snapshot where a PCRF's
 * store expects its own, when two nodes share a path) or of another shape number is refused as
 * unreadable rather than half-read, so an incompatible change to a snapshot record bumps its
 * number.
 */
public interface Versioned {

    /** Which node's state this is, for example {@code pcrfd-store}; null in files written before it was recorded. */
    String kind();

    /** The shape number this snapshot was written with. */
    int format();
}
