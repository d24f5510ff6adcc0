package io.pcrfd.store.memory;

import io.pcrfd.store.model.SessionContext;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

/**
 * The closed contexts of one trafficId as an immutable list, newest update first. A subscriber
 * has a handful, so copying the list on each change is cheaper than any structure per context.
 */
final class ClosedLists {
    private ClosedLists() {
    }

    /** {@code list} with {@code replaced} (may be null) taken out and {@code added} put in its place by update time. */
    static List<SessionContext> with(List<SessionContext> list, SessionContext replaced, SessionContext added) {
        List<SessionContext> out = new ArrayList<>(list.size() + 1);
        boolean placed = false;
        for (SessionContext c : list) {
            if (c == replaced) {
                continue;
            }
            if (!placed && !added.updateTime().isBefore(c.updateTime())) {
                out.add(added);
                placed = true;
            }
            out.add(c);
        }
        if (!placed) {
            out.add(added);
        }
        return Collections.unmodifiableList(out);
    }

    /** {@code list} without {@code removed} (compared by identity); {@code list} itself when it is not there. */
    static List<SessionContext> without(List<SessionContext> list, SessionContext removed) {
        int at = -1;
        for (int i = 0; i < list.size() && at < 0; i++) {
            at = list.get(i) == removed ? i : -1;
        }
        if (at < 0) {
            return list;
        }
        List<SessionContext> out = new ArrayList<>(list.size() - 1);
        for (int i = 0; i < list.size(); i++) {
            if (i != at) {
                out.add(list.get(i));
            }
        }
        return Collections.unmodifiableList(out);
    }
}
