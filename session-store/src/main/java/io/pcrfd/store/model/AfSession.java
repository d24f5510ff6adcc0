package io.pcrfd.store.model;

import java.time.Instant;
import java.util.List;
import java.util.Objects;

/**
 * An Rx application function session (TS 29.214 §4.4.1): opened by an AF's AAR, bound to the
 * IP-CAN session serving the UE it names, ended by the AF's STR or by the end of that IP-CAN
 * session. Its Session-Id is the AF's; the store indexes it by {@code gxSessionId}, so the end of
 * a Gx session finds the AF sessions to abort.
 *
 * <p>Identity fields never change: {@code sessionId}, {@code gxSessionId} and the AF's
 * {@code afHost}. Everything else is replaced by compare-and-set on {@code version}, which the
 * store assigns (1 on create, +1 per update).
 *
 * @param afHost          the AF's Origin-Host, where RAR and ASR go
 * @param afRealm         the AF's Origin-Realm
 * @param afApplicationId AF-Application-Identifier as text, or null
 * @param specificActions the Specific-Action values the AF subscribed to (TS 29.214 §5.3.13)
 * @param serviceState    opaque text owned by the policy layer (the media components and the
 *                        PCC rules derived from them, as the Rx handler encodes them); the store
 *                        keeps it as is and never reads it; may be null
 * @param expiresAt       when the store forgets the session if nobody removed it by then
 */
public record AfSession(String sessionId, long version, String gxSessionId, String afHost, String afRealm,
                        String afApplicationId, List<Integer> specificActions, String serviceState,
                        Instant createdAt, Instant updatedAt, Instant expiresAt) {

    public AfSession {
        Objects.requireNonNull(sessionId, "sessionId");
        Objects.requireNonNull(gxSessionId, "gxSessionId");
        Objects.requireNonNull(afHost, "afHost");
        Objects.requireNonNull(createdAt, "createdAt");
        Objects.requireNonNull(updatedAt, "updatedAt");
        Objects.requireNonNull(expiresAt, "expiresAt");
        specificActions = specificActions == null ? List.of() : List.copyOf(specificActions);
    }

    /** This session with another version (the store's business). */
    public AfSession withVersion(long v) {
        return new AfSession(sessionId, v, gxSessionId, afHost, afRealm, afApplicationId, specificActions,
                serviceState, createdAt, updatedAt, expiresAt);
    }

    /** This session with new service content, update time and expiry; the version stays for compare-and-set. */
    public AfSession updated(String afApplication, List<Integer> actions, String state, Instant now, Instant expiry) {
        return new AfSession(sessionId, version, gxSessionId, afHost, afRealm, afApplication, actions, state,
                createdAt, now, expiry);
    }

    /** Whether the AF subscribed to {@code specificAction}. */
    public boolean subscribed(int specificAction) {
        return specificActions.contains(specificAction);
    }

    /** True when {@code other} has the same identity fields. */
    public boolean sameIdentity(AfSession other) {
        return sessionId.equals(other.sessionId) && gxSessionId.equals(other.gxSessionId)
                && afHost.equals(other.afHost);
    }
}
