package io.pcrfd.pcrf.establishment.vpcrf;

import io.pcrfd.diameter.message.Avp;
import io.pcrfd.diameter.message.DiameterMessage;
import io.pcrfd.diameter.spec.Ts29212;
import io.pcrfd.store.model.TriggerIdentification;
import java.nio.charset.StandardCharsets;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * One S9 session this V-PCRF opened towards an H-PCRF: its next CC-Request-Number, the QoS
 * rules the H-PCRF has installed on it (by QoS-Rule-Name, the last definition wins), and the
 * local Gx IP-CAN sessions of the same user it serves. Guarded by its own monitor.
 *
 * <p>It is listed at its CCA-I, before the store has answered which local Gx sessions of the
 * user it serves ({@link #linked}); until then the Gx ends it hears are kept
 * ({@code endedBeforeLinked}), so that a Gx session the store listed but which ended in that
 * window is neither linked nor lost: if it was the last one, the S9 session ends (TS 29.215
 * §4.5.3) as it would have had the end come after the links.
 */
final class VisitedS9Session {
    private final String sessionId;
    private final String hPcrf;
    private final String hPcrfRealm;
    private final TriggerIdentification identification;
    private final Map<String, Avp> rules = new LinkedHashMap<>();
    private final Set<String> gxSessions = new LinkedHashSet<>();
    /** Gx sessions whose end was heard before {@link #linked}; null from then on. */
    private Set<String> endedBeforeLinked = new HashSet<>();
    /** Whether a Gx session this S9 session served (linked by its establishment) ended before {@link #linked}. */
    private boolean servedEndedBeforeLinked;
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

    /**
     * Hears that a local Gx session ended and forgets it; true when it was the last one this S9
     * session served. Before {@link #linked} it is only remembered (which Gx sessions are served
     * is not known yet), and false.
     */
    synchronized boolean gxEnded(String gxSessionId) {
        boolean served = gxSessions.remove(gxSessionId);
        if (endedBeforeLinked == null) {
            return served && gxSessions.isEmpty();
        }
        endedBeforeLinked.add(gxSessionId);
        servedEndedBeforeLinked |= served;
        return false;
    }

    /**
     * Links the local Gx sessions the store listed for the user, except those whose end was heard
     * since the S9 session was listed; true when a Gx session it served ended so and none is left
     * (the S9 session is then to end). Called once; later ends go to {@link #gxEnded}.
     */
    synchronized boolean linked(List<String> listed) {
        boolean lost = servedEndedBeforeLinked;
        for (String gx : listed) {
            if (endedBeforeLinked.contains(gx)) {
                lost = true;
            } else {
                gxSessions.add(gx);
            }
        }
        endedBeforeLinked = null;
        return lost && gxSessions.isEmpty();
    }

    synchronized VisitedS9SessionView view() {
        return new VisitedS9SessionView(sessionId, hPcrf, identification, List.copyOf(rules.keySet()),
                List.copyOf(gxSessions));
    }

    private static String text(Avp octets) {
        return new String(octets.asOctetString(), StandardCharsets.UTF_8);
    }
}
