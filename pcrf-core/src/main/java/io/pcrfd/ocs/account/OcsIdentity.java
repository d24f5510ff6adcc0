package io.pcrfd.ocs.account;

/**
 * Who the OCS is on the wire: Origin-Host, Origin-Realm and the Origin-State-Id it announces in
 * CER/CEA and puts in its answers and SNRs (RFC 6733 §8.16), so a client sees a restart.
 */
public record OcsIdentity(String originHost, String originRealm, long originStateId) {
}
