package io.pcrfd.bpcf;

import io.pcrfd.store.model.TriggerIdentification;
import io.pcrfd.store.snapshot.Versioned;
import java.time.Instant;
import java.util.List;
import java.util.Map;

/**
 * What the BPCF writes at a graceful stop and takes at its next start ({@code store.snapshot},
 * through the store's {@link io.pcrfd.store.snapshot.SnapshotFile}).
 *
 * @param kind          {@value #KIND}
 * @param format        bumped when the shape changes incompatibly
 * @param writtenAt     when it was taken
 * @param originHost    the BPCF that wrote it
 * @param originStateId the Origin-State-Id it announced, announced again by the run that loads it
 *                      (RFC 6733 §8.16), so the PCRF keeps the S9a sessions
 * @param sessions      the S9a sessions towards PCRFs
 * @param lines         each access line's capacity (the simulator may have changed it) and
 *                      reservations
 */
record BpcfSnapshot(String kind, int format, Instant writtenAt, String originHost, long originStateId,
                    List<Session> sessions, List<Line> lines) implements Versioned {

    static final String KIND = "pcrfd-bpcf";
    static final int FORMAT = 1;

    BpcfSnapshot {
        sessions = sessions == null ? List.of() : List.copyOf(sessions);
        lines = lines == null ? List.of() : List.copyOf(lines);
    }

    /**
     * One S9a session.
     *
     * @param nextRequestNumber the next CC-Request-Number (RFC 4006 §8.2), so the session's numbers
     *                          go on after the restart
     * @param admitted          the QoS rules admitted on the line
     * @param qos               their QoS as last installed (absent from snapshots of earlier versions)
     * @param usage             usage per Monitoring-Key (absent from snapshots of earlier versions)
     */
    record Session(String sessionId, String pcrfHost, String pcrfRealm, String lineId,
                   TriggerIdentification identification, long nextRequestNumber, boolean up,
                   List<String> admitted, List<QosRuleView> qos, List<KeyUsage> usage) {
        Session {
            admitted = admitted == null ? List.of() : List.copyOf(admitted);
            qos = qos == null ? List.of() : List.copyOf(qos);
            usage = usage == null ? List.of() : List.copyOf(usage);
        }
    }

    /**
     * The usage of one Monitoring-Key of a session ({@link SessionUsage}).
     *
     * @param granted    the last grant, null when none
     * @param level      Usage-Monitoring-Level given with it, null when none
     * @param unreported usage not yet reported
     * @param reported   usage reported and answered with success
     */
    record KeyUsage(String monitoringKey, Octets granted, Integer level, Octets unreported, long reported) {
    }

    /**
     * One access line.
     *
     * @param reserved each admitted rule's reservation, keyed by {@code Session-Id/rule name}
     */
    record Line(String id, long ulCapacity, long dlCapacity, Map<String, QosDemand> reserved) {
        Line {
            reserved = reserved == null ? Map.of() : Map.copyOf(reserved);
        }
    }
}
