package io.pcrfd.diameter.peer;

/**
 * Small int ids for the (lower-cased) Origin-Hosts of the requests in the {@link
 * DuplicateCache}, so that its ring holds and compares ints instead of Strings. An id is never
 * reused: the table only grows, up to {@link #MAX_HOSTS} hosts (far more peers and hosts
 * behind agents than a PCRF talks to); beyond that {@link #idOf} answers {@link #NONE} and the
 * cache keeps that host's String itself. Not thread-safe: the cache calls it under its lock.
 */
final class HostIds {
    /** The id of a host beyond the table. */
    static final int NONE = -1;
    static final int MAX_HOSTS = 4_096;

    /** Open addressing, at most half full. */
    private final String[] keys = new String[MAX_HOSTS * 2];
    private final int[] ids = new int[MAX_HOSTS * 2];
    private int count;

    /** The id of {@code host}, given one at its first call; {@link #NONE} once the table is full. */
    int idOf(String host) {
        // No "last host" field: storing a String into this long-lived object on every change of
        // host would cost the barrier the cache's int ids avoid (see DuplicateCache).
        int m = keys.length - 1;
        int i = (host.hashCode() * 0x9E3779B9) & m;
        for (String k = keys[i]; k != null; k = keys[i]) {
            if (k.equals(host)) {
                return ids[i];
            }
            i = (i + 1) & m;
        }
        if (count == MAX_HOSTS) {
            return NONE;
        }
        keys[i] = host;
        ids[i] = count;
        return count++;
    }
}
