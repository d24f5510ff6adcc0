package io.pcrfd.ocs.gy;

import io.pcrfd.ocs.account.Subscriber;
import io.pcrfd.ocs.credit.Reservation;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * One Gy credit-control session (RFC 4006 §5.1): the subscriber and the interval reserved per
 * rating group, until the next Used-Service-Unit commits it. Thread safe.
 */
public final class GySession {
    private final String id;
    private final String clientHost;
    private final Subscriber subscriber;
    private final Instant opened;
    private final Map<Long, Reservation> reserved = new LinkedHashMap<>();
    private volatile Instant lastSeen;

    GySession(String id, String clientHost, Subscriber subscriber, Instant opened) {
        this.id = id;
        this.clientHost = clientHost;
        this.subscriber = subscriber;
        this.opened = opened;
        this.lastSeen = opened;
    }

    public String id() {
        return id;
    }

    /** The Origin-Host of the gateway that opened it. */
    public String clientHost() {
        return clientHost;
    }

    public Subscriber subscriber() {
        return subscriber;
    }

    public Instant opened() {
        return opened;
    }

    public Instant lastSeen() {
        return lastSeen;
    }

    void seen(Instant at) {
        lastSeen = at;
    }

    /** Takes the reservation of {@code ratingGroup} out of the session (null when there is none). */
    synchronized Reservation take(long ratingGroup) {
        return reserved.remove(ratingGroup);
    }

    synchronized void put(long ratingGroup, Reservation r) {
        reserved.put(ratingGroup, r);
    }

    /** Takes every reservation out (the session ends). */
    synchronized List<Reservation> takeAll() {
        List<Reservation> all = List.copyOf(reserved.values());
        reserved.clear();
        return all;
    }

    /** Rating group to reservation, a copy. */
    public synchronized Map<Long, Reservation> reservations() {
        return new LinkedHashMap<>(reserved);
    }
}
