package io.pcrfd.bpcf;

import io.pcrfd.store.model.TriggerIdentification;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * One S9a session this BPCF opened towards a PCRF. Guarded by its own monitor: the CCA, a RAR
 * and a simulator command may touch it from different threads; its usage per Monitoring-Key
 * ({@link SessionUsage}) has its own.
 */
final class BpcfSession {
    final String sessionId;
    final String pcrfHost;
    final String pcrfRealm;
    final String lineId;
    final TriggerIdentification identification;
    /** Opening order among this BPCF's sessions: a line's usage goes to its first session. */
    final long opened;
    final SessionUsage usage = new SessionUsage();
    private long nextNumber;
    private boolean up;
    private final Set<String> admitted = new LinkedHashSet<>();
    private final Map<String, QosRuleView> qos = new LinkedHashMap<>();

    BpcfSession(String sessionId, String pcrfHost, String pcrfRealm, String lineId, TriggerIdentification id,
                long opened) {
        this.sessionId = sessionId;
        this.pcrfHost = pcrfHost;
        this.pcrfRealm = pcrfRealm;
        this.lineId = lineId;
        this.identification = id;
        this.opened = opened;
    }

    synchronized long nextRequestNumber() {
        return nextNumber++;
    }

    synchronized void up() {
        up = true;
    }

    synchronized boolean isUp() {
        return up;
    }

    /** A rule admitted with the QoS it was installed with (null: unknown), or no longer admitted. */
    synchronized void admitted(String rule, boolean yes, QosRuleView installed) {
        if (yes) {
            admitted.add(rule);
            qos.put(rule, installed != null ? installed : new QosRuleView(rule, null, null, null, null, null));
        } else {
            admitted.remove(rule);
            qos.remove(rule);
        }
    }

    /** What a snapshot keeps of this session. */
    synchronized BpcfSnapshot.Session record() {
        return new BpcfSnapshot.Session(sessionId, pcrfHost, pcrfRealm, lineId, identification, nextNumber, up,
                List.copyOf(admitted), List.copyOf(qos.values()), usage.records());
    }

    /** The session a snapshot kept, as it was. */
    static BpcfSession restored(BpcfSnapshot.Session r, long opened) {
        BpcfSession s = new BpcfSession(r.sessionId(), r.pcrfHost(), r.pcrfRealm(), r.lineId(), r.identification(),
                opened);
        synchronized (s) {
            s.nextNumber = r.nextRequestNumber();
            s.up = r.up();
            s.admitted.addAll(r.admitted());
            r.qos().forEach(q -> s.qos.put(q.name(), q));
            r.admitted().forEach(a -> s.qos.putIfAbsent(a, new QosRuleView(a, null, null, null, null, null)));
            s.usage.restore(r.usage());
        }
        return s;
    }

    synchronized BpcfSessionView view() {
        return new BpcfSessionView(sessionId, pcrfHost, lineId, identification.localIp(), identification.imsi(),
                identification.apn(), up, List.copyOf(admitted), List.copyOf(qos.values()), usage.view());
    }
}
