package io.pcrfd.pcrf.console;

import java.util.ArrayList;
import java.util.List;

/**
 * The last {@code capacity} entries of one session, oldest overwritten first. Not thread-safe:
 * {@link SessionLadders} guards it.
 */
final class LadderRing {
    private final LadderEntry[] entries;
    private int next;
    private int size;
    private long total;

    LadderRing(int capacity) {
        this.entries = new LadderEntry[capacity];
    }

    void add(LadderEntry e) {
        entries[next] = e;
        next = (next + 1) % entries.length;
        size = Math.min(size + 1, entries.length);
        total++;
    }

    /** Puts {@code replacement} where {@code entry} is, if it is still held. */
    void replace(LadderEntry entry, LadderEntry replacement) {
        for (int i = 0; i < entries.length; i++) {
            if (entries[i] == entry) {
                entries[i] = replacement;
                return;
            }
        }
    }

    /** The entries held, oldest first. */
    List<LadderEntry> entries() {
        List<LadderEntry> out = new ArrayList<>(size);
        int first = (next - size + entries.length) % entries.length;
        for (int i = 0; i < size; i++) {
            out.add(entries[(first + i) % entries.length]);
        }
        return out;
    }

    /** Every entry ever added, overwritten ones included. */
    long total() {
        return total;
    }
}
