package io.pcrfd.pcrf.sy;

import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.atomic.LongAdder;

/** What the Sy client counts, shown as {@code sy.*} in {@code GET /metrics/counters}. */
final class SyCounters {
    /** Events counted. */
    enum Event {
        SLR_INITIAL, SLR_INTERMEDIATE, STR_SENT, SNR_RECEIVED, SNR_UNKNOWN_SESSION, SESSIONS_ABORTED_BY_OCS,
        PENDING_APPLIED, RESUBSCRIBED_AFTER_OCS_RESTART, PUSHES, FALLBACK_DEFAULT_STATUS, FALLBACK_REJECT
    }

    private final Map<Event, LongAdder> events = new EnumMap<>(Event.class);
    private final Map<SyFailure, LongAdder> failures = new EnumMap<>(SyFailure.class);

    SyCounters() {
        for (Event e : Event.values()) {
            events.put(e, new LongAdder());
        }
        for (SyFailure f : SyFailure.values()) {
            failures.put(f, new LongAdder());
        }
    }

    void count(Event e) {
        events.get(e).increment();
    }

    void count(Event e, int n) {
        events.get(e).add(n);
    }

    void failure(SyFailure f) {
        failures.get(f).increment();
    }

    long get(Event e) {
        return events.get(e).sum();
    }

    long get(SyFailure f) {
        return failures.get(f).sum();
    }

    /** {@code sy.slrInitial}, ..., {@code sy.failure.unreachable}, ... */
    Map<String, Long> snapshot() {
        Map<String, Long> out = new LinkedHashMap<>();
        events.forEach((e, n) -> out.put("sy." + camel(e.name()), n.sum()));
        failures.forEach((f, n) -> out.put("sy.failure." + camel(f.name()), n.sum()));
        return out;
    }

    private static String camel(String upper) {
        StringBuilder b = new StringBuilder();
        boolean up = false;
        for (char c : upper.toLowerCase(Locale.ROOT).toCharArray()) {
            if (c == '_') {
                up = true;
            } else {
                b.append(up ? Character.toUpperCase(c) : c);
                up = false;
            }
        }
        return b.toString();
    }
}
