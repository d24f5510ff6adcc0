package io.pcrfd.pcrf.establishment.s9a;

import io.pcrfd.diameter.dictionary.Dictionary;
import io.pcrfd.diameter.message.DiameterMessage;
import io.pcrfd.store.Store;
import java.time.Clock;
import java.util.Objects;
import java.util.concurrent.CompletionStage;
import java.util.function.Function;

/**
 * What the PCRF's S9a side shares: identity, dictionary, store, the Gx port, the sender of
 * RARs, the realm of a peer host and the sessions it released.
 */
public final class S9aContext {
    static final long S9 = 16777267L;
    static final long S9A = 16777319L;

    private final Dictionary dictionary;
    private final String originHost;
    private final String originRealm;
    private final Store store;
    private final GxPolicyPort gx;
    private final Function<DiameterMessage, CompletionStage<DiameterMessage>> sender;
    private final Function<String, String> realmOf;
    private final ReleasedSessions released;

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
}
