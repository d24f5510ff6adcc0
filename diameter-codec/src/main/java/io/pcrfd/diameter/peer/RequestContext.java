package io.pcrfd.diameter.peer;

import io.pcrfd.diameter.dictionary.Dictionary;
import io.pcrfd.diameter.message.DiameterMessage;
import io.pcrfd.diameter.message.MessageBuilder;

/**
 * What a {@link RequestHandler} knows about where a request came from.
 *
 * @param peerHost   the Origin-Host of the peer the request arrived from (the next hop)
 * @param peerRealm  its Origin-Realm
 * @param dictionary the node's dictionary
 * @param local      our identity
 */
public record RequestContext(String peerHost, String peerRealm, Dictionary dictionary, LocalIdentity local) {
    /**
     * The answer to {@code request} (RFC 6733 §6.2: ids, Session-Id, Proxy-Info and P bit
     * copied) with our Origin-Host and Origin-Realm already in place.
     */
    public MessageBuilder answer(DiameterMessage request) {
        return MessageBuilder.answer(dictionary, request)
                .originHost(local.originHost())
                .originRealm(local.originRealm());
    }
}
