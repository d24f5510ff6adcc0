package io.pcrfd.pcrf.establishment.vpcrf;

import io.pcrfd.diameter.message.Avp;
import io.pcrfd.diameter.message.DiameterMessage;
import io.pcrfd.diameter.spec.Ts29212;
import io.pcrfd.store.model.TriggerIdentification;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * One S9 session this V-PCRF opened towards an H-PCRF: its next CC-Request-Number, the QoS
 * rules the H-PCRF has installed on it (by QoS-Rule-Name, the last definition wins), and the
 * local Gx IP-CAN sessions of the same user it serves. Guarded by its own monitor.
 */
final class VisitedS9Session {
    private final String sessionId;
    private final String hPcrf;
    private final String hPcrfRealm;
    private final TriggerIdentification identification;
    private final Map<String, Avp> rules = new LinkedHashMap<>();
    private final Set<String> gxSessions = new LinkedHashSet<>();
    private long nextRequestNumber;

    VisitedS9Session(String sessionId, String hPcrf, String hPcrfRealm, TriggerIdentification identification) {
        this.sessionId = sessionId;
        this.hPcrf = hPcrf;
        this.hPcrfRealm = hPcrfRealm;
        this.identification = identification;
        this.nextRequestNumber = 1; // 0 was the CCR-I
    }

    String sessionId() {
        return sessionId;
    }

    String hPcrf() {
        return hPcrf;
    }

    String hPcrfRealm() {
        return hPcrfRealm;
    }

    TriggerIdentification identification() {
        return identification;
    }

    synchronized long nextRequestNumber() {
        return nextRequestNumber++;
    }

    /**
     * Applies a CCA's or RAR's QoS-Rule-Remove (by QoS-Rule-Name) and then its QoS-Rule-Install
     * (TS 29.212 §5.3.85-86, as S9 uses them, TS 29.215 §5.3).
     */
    synchronized void applyRules(DiameterMessage m) {
        for (Avp remove : m.avps(Ts29212.QOS_RULE_REMOVE)) {
            remove.children(Ts29212.QOS_RULE_NAME).forEach(n -> rules.remove(text(n)));
        }
        for (Avp install : m.avps(Ts29212.QOS_RULE_INSTALL)) {
            for (Avp d : install.children(Ts29212.QOS_RULE_DEFINITION)) {
                d.child(Ts29212.QOS_RULE_NAME).ifPresent(n -> rules.put(text(n), d));
            }
        }
    }

    synchronized List<String> ruleNames() {
        return List.copyOf(rules.keySet());
    }

    synchronized void gxLinked(String gxSessionId) {
        gxSessions.add(gxSessionId);
    }

    /** Forgets a local Gx session; true when it was the last one this S9 session served. */
    synchronized boolean gxEnded(String gxSessionId) {
        return gxSessions.remove(gxSessionId) && gxSessions.isEmpty();
    }

    synchronized boolean serves(String gxSessionId) {
        return gxSessions.contains(gxSessionId);
    }

    synchronized VisitedS9SessionView view() {
        return new VisitedS9SessionView(sessionId, hPcrf, identification, List.copyOf(rules.keySet()),
                List.copyOf(gxSessions));
    }

    private static String text(Avp octets) {
        return new String(octets.asOctetString(), StandardCharsets.UTF_8);
    }
}
