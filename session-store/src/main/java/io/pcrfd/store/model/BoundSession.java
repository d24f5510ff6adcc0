package io.pcrfd.store.model;

import java.time.Instant;
import java.util.Objects;

/**
 * A Policy DRA session record (the session SBR): which PCRF serves a Diameter session and who
 * opened it, so later requests of the session go to that PCRF and the PCRF's own requests (RAR,
 * ASR) go back to the client.
 *
 * @param sessionId     the Session-Id
 * @param bindingKey    the {@link PcrfBinding#key()} of the binding it belongs to
 * @param capable       true for a binding-capable session (Gx, Gxx, S9: the binding lives while
 *                      one of them does); false for a binding-dependent one (Rx, Gx-Prime)
 * @param applicationId its Diameter application
 * @param clientHost    the Origin-Host of the gateway or AF that opened it
 * @param clientRealm   its Origin-Realm
 * @param pcrfHost      the PCRF serving it
 * @param expiresAt     when the store forgets it (refreshed while the session is used)
 */
public record BoundSession(String sessionId, String bindingKey, boolean capable, long applicationId,
                           String clientHost, String clientRealm, String pcrfHost, Instant expiresAt) {

    public BoundSession {
        Objects.requireNonNull(sessionId, "sessionId");
        Objects.requireNonNull(bindingKey, "bindingKey");
        Objects.requireNonNull(clientHost, "clientHost");
        Objects.requireNonNull(pcrfHost, "pcrfHost");
        Objects.requireNonNull(expiresAt, "expiresAt");
        clientRealm = clientRealm == null ? "" : clientRealm;
    }

    public BoundSession withExpiresAt(Instant t) {
        return new BoundSession(sessionId, bindingKey, capable, applicationId, clientHost, clientRealm, pcrfHost, t);
    }
}
