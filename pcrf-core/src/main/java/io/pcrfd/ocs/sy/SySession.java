package io.pcrfd.ocs.sy;

import io.pcrfd.ocs.account.Subscriber;
import io.pcrfd.ocs.counter.CounterReport;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * One Sy session (TS 29.219 §4.5): the client that opened it (SNRs go back to it), the
 * subscriber and the policy counters subscribed to, and what was last reported of each, so an
 * SNR carries only the counters whose report changed. Thread safe.
 */
public final class SySession {
    private final String id;
    private final String clientHost;
    private final String clientRealm;
    private final Subscriber subscriber;
    private final Instant opened;
    private List<String> counters;
    private final Map<String, CounterReport> reported = new HashMap<>();

    SySession(String id, String clientHost, String clientRealm, Subscriber subscriber, Instant opened) {
        this.id = id;
        this.clientHost = clientHost;
        this.clientRealm = clientRealm;
        this.subscriber = subscriber;
        this.opened = opened;
        this.counters = List.of();
    }

    public String id() {
        return id;
    }

    public String clientHost() {
        return clientHost;
    }

    public String clientRealm() {
        return clientRealm;
    }

    public Subscriber subscriber() {
        return subscriber;
    }

    public Instant opened() {
        return opened;
    }

    public synchronized List<String> counters() {
        return counters;
    }

    /** Replaces the subscriptions with {@code ids} and records {@code reports} as sent. */
    synchronized void subscribe(List<String> ids, List<CounterReport> reports) {
        counters = List.copyOf(ids);
        reported.clear();
        reports.forEach(r -> reported.put(r.counter(), r));
    }

    /**
     * The reports among {@code now} that differ from what was last sent, recorded as sent: the
     * content of an SNR, empty when nothing changed.
     */
    synchronized List<CounterReport> changes(List<CounterReport> now) {
        List<CounterReport> out = now.stream().filter(r -> !r.equals(reported.get(r.counter()))).toList();
        out.forEach(r -> reported.put(r.counter(), r));
        return out;
    }
}
