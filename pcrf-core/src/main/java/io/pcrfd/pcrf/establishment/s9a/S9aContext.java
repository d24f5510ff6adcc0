package io.pcrfd.pcrf.establishment.s9a;

import io.pcrfd.diameter.message.ApplicationIds;
import io.pcrfd.diameter.dictionary.Dictionary;
import io.pcrfd.diameter.message.DiameterMessage;
import io.pcrfd.store.Store;
import io.pcrfd.pcrf.policy.QosRuleDerivation.QosRule;
import io.pcrfd.store.model.LinkedSession;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.Objects;
import java.util.concurrent.CompletionStage;
import java.util.function.Function;

/**
 * What the PCRF's S9a side shares: identity, dictionary, store, the Gx port, the sender of
 * RARs, the realm of a peer host and the sessions it released. It also remembers, per node and
 * in memory, the QoS rules last sent on each S9a session and the links of each Gx session, so a
 * Gx listener that reports only "decided" or "ended" with a Session-Id can push or release
 * (after a restart the BPCF's next CCR-U gets 5002 and it ends the session itself).
 */
public final class S9aContext {
    static final long S9 = ApplicationIds.S9;
    static final long S9A = ApplicationIds.S9A;

    private final Dictionary dictionary;
    private final String originHost;
    private final String originRealm;
    private final Store store;
    private final GxPolicyPort gx;
    private final Function<DiameterMessage, CompletionStage<DiameterMessage>> sender;
    private final Function<String, String> realmOf;
    private final ReleasedSessions released;
    /** S9a Session-Id → the QoS rules last sent on it, the base of the next RAR's difference. */
    private final Map<String, List<QosRule>> sentRules = new ConcurrentHashMap<>();
    /** Gx Session-Id → its linked S9a/S9 sessions, for a Gx end that reports only the id. */
    private final Map<String, List<LinkedSession>> linksByGx = new ConcurrentHashMap<>();

    public S9aContext(Dictionary dictionary, String originHost, String originRealm, Store store, GxPolicyPort gx,
                      Function<DiameterMessage, CompletionStage<DiameterMessage>> sender,
                      Function<String, String> realmOf, Clock clock) {
        this.dictionary = Objects.requireNonNull(dictionary);
        this.originHost = Objects.requireNonNull(originHost);
        this.originRealm = Objects.requireNonNull(originRealm);
        this.store = Objects.requireNonNull(store);
        this.gx = Objects.requireNonNull(gx);
        this.sender = Objects.requireNonNull(sender);
        this.realmOf = Objects.requireNonNull(realmOf);
        this.released = new ReleasedSessions(clock);
    }

    Dictionary dictionary() {
        return dictionary;
    }

    String originHost() {
        return originHost;
    }

    String originRealm() {
        return originRealm;
    }

    Store store() {
        return store;
    }

    GxPolicyPort gx() {
        return gx;
    }

    CompletionStage<DiameterMessage> send(DiameterMessage request) {
        return sender.apply(request);
    }

    String realmOf(String host) {
        return realmOf.apply(host);
    }

    ReleasedSessions released() {
        return released;
    }

    void linked(String gxSessionId, LinkedSession link, List<QosRule> rules) {
        sentRules.put(link.sessionId(), List.copyOf(rules));
        linksByGx.merge(gxSessionId, List.of(link), (a, b) -> {
            List<LinkedSession> all = new ArrayList<>(a);
            all.removeIf(l -> l.sessionId().equals(link.sessionId()));
            all.addAll(b);
            return List.copyOf(all);
        });
    }

    void unlinked(String s9aSessionId) {
        sentRules.remove(s9aSessionId);
        linksByGx.replaceAll((gx, links) -> links.stream().filter(l -> !l.sessionId().equals(s9aSessionId)).toList());
        linksByGx.values().removeIf(List::isEmpty);
    }

    List<QosRule> sentRules(String s9aSessionId) {
        return sentRules.getOrDefault(s9aSessionId, List.of());
    }

    void sent(String s9aSessionId, List<QosRule> rules) {
        sentRules.computeIfPresent(s9aSessionId, (k, v) -> List.copyOf(rules));
    }

    List<LinkedSession> linksOf(String gxSessionId) {
        return linksByGx.getOrDefault(gxSessionId, List.of());
    }
}
