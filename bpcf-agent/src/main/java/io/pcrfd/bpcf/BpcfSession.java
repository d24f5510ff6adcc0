package io.pcrfd.bpcf;

import io.pcrfd.store.model.TriggerIdentification;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * One S9a session this BPCF opened towards a PCRF. Guarded by its own monitor: the CCA, a RAR
 * and a simulator command may touch it from different threads.
 */
final class BpcfSession {
    final String sessionId;
    final String pcrfHost;
    final String pcrfRealm;
    final String lineId;
    final TriggerIdentification identification;
    private long nextNumber;
    private boolean up;
    private final Set<String> admitted = new LinkedHashSet<>();

    BpcfSession(String sessionId, String pcrfHost, String pcrfRealm, String lineId, TriggerIdentification id) {
        this.sessionId = sessionId;
        this.pcrfHost = pcrfHost;
        this.pcrfRealm = pcrfRealm;
        this.lineId = lineId;
        this.identification = id;
    }

    synchronized long nextRequestNumber() {
        return nextNumber++;
    }

    synchronized void up() {
        up = true;
    }

    synchronized void admitted(String rule, boolean yes) {
        if (yes) {
            admitted.add(rule);
        } else {
            admitted.remove(rule);
        }
    }

    /** What a snapshot keeps of this session. */
    synchronized BpcfSnapshot.Session record() {
        return new BpcfSnapshot.Session(sessionId, pcrfHost, pcrfRealm, lineId, identification, nextNumber, up,
                List.copyOf(admitted));
    }

    /** The session a snapshot kept, as it was. */
    static BpcfSession restored(BpcfSnapshot.Session r) {
        BpcfSession s = new BpcfSession(r.sessionId(), r.pcrfHost(), r.pcrfRealm(), r.lineId(), r.identification());
        synchronized (s) {
            s.nextNumber = r.nextRequestNumber();
            s.up = r.up();
            s.admitted.addAll(r.admitted());
        }
        return s;
    }

    synchronized BpcfSessionView view() {
        return new BpcfSessionView(sessionId, pcrfHost, lineId, identification.localIp(), identification.imsi(),
                identification.apn(), up, List.copyOf(admitted));
    }
}
