package io.pcrfd.pcrf.rx;

import io.pcrfd.pcrf.policy.SubscriptionId;
import java.util.List;

/**
 * What an AAR (TS 29.214 §5.6.1) asks for, read by {@link RxRequestParser}.
 *
 * @param sessionId       the AF's Session-Id
 * @param afHost          Origin-Host
 * @param afRealm         Origin-Realm
 * @param ueIpv4          Framed-IP-Address as text, or null
 * @param ueIpv6Prefix    Framed-IPv6-Prefix as {@code address/length}, or null
 * @param apn             Called-Station-Id, or null
 * @param ipDomainId      IP-Domain-Id, or null
 * @param subscriptionIds Subscription-Id values
 * @param afApplicationId AF-Application-Identifier (of the request), or null
 * @param media           Media-Component-Descriptions
 * @param preliminary     Service-Info-Status PRELIMINARY_SERVICE_INFORMATION (TS 29.214 §4.4.7)
 * @param specificActions the Specific-Action values subscribed to
 */
public record AaRequest(String sessionId, String afHost, String afRealm, String ueIpv4, String ueIpv6Prefix,
                        String apn, String ipDomainId, List<SubscriptionId> subscriptionIds, String afApplicationId,
                        List<MediaComponent> media, boolean preliminary, List<Integer> specificActions) {
    public AaRequest {
        subscriptionIds = List.copyOf(subscriptionIds);
        media = List.copyOf(media);
        specificActions = List.copyOf(specificActions);
    }
}
