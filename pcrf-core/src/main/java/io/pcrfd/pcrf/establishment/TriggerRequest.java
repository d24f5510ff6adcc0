package io.pcrfd.pcrf.establishment;

import io.pcrfd.pcrf.config.EstablishmentPeerConfig;
import io.pcrfd.store.model.AccessInfo;
import io.pcrfd.store.model.PendingTrigger;

/**
 * One trigger to put on the wire.
 *
 * @param peer          how the peer is asked (encoding, mode, application)
 * @param peerRealm     Destination-Realm
 * @param sessionId     Session-Id of the trigger: new per TER / one-shot / notify-only, the
 *                      peer's device-level session otherwise
 * @param trigger       the stored trigger (its id and identification)
 * @param access        what the Gx session reported of the access: UDP-Source-Port (NAT'ed
 *                      IKE/IPsec port, 0 when unknown) and Logical-Access-ID (null when unknown)
 * @param update        for a device-level CCR: UPDATE_REQUEST instead of INITIAL_REQUEST
 * @param requestNumber CC-Request-Number of a CCR
 */
public record TriggerRequest(EstablishmentPeerConfig peer, String peerRealm, String sessionId,
                             PendingTrigger trigger, AccessInfo access, boolean update, long requestNumber) {
    public TriggerRequest {
        access = access == null ? AccessInfo.NONE : access;
    }
}
