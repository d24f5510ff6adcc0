package io.pcrfd.dra.proxy;

import io.pcrfd.diameter.message.Avp;
import io.pcrfd.diameter.message.DiameterMessage;
import io.pcrfd.diameter.spec.Rfc4006;
import io.pcrfd.diameter.spec.Rfc7155;
import io.pcrfd.diameter.spec.Ts29214;
import io.pcrfd.store.model.AlternateKeys;
import io.pcrfd.store.model.AlternateKeys.Type;
import java.net.InetAddress;
import java.net.UnknownHostException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * What identifies the subscriber of a request, read the same way from a CCR (Gx, Gxx, S9: TS
 * 29.212 §5.6.2, TS 29.215 §5.6.2) and an AAR (Rx, TS 29.214 §5.6.1): Subscription-Id (IMSI,
 * MSISDN), Called-Station-Id (the APN), IP-Domain-Id, Framed-IP-Address and Framed-IPv6-Prefix.
 * A value that does not decode is left out: the DRA routes, the PCRF judges the request.
 *
 * @param imsi       END_USER_IMSI, or null
 * @param msisdn     END_USER_E164, or null
 * @param apn        Called-Station-Id, or null
 * @param ipDomainId IP-Domain-Id, or null
 * @param ipv4       the UE's IPv4 address in canonical text, or null
 * @param ipv6       the UE's IPv6 prefix as {@code address/length}, or null
 */
record SubscriberKeys(String imsi, String msisdn, String apn, String ipDomainId, String ipv4, String ipv6) {

    static SubscriberKeys of(DiameterMessage m) {
        String imsi = null;
        String msisdn = null;
        for (Avp id : m.avps(Rfc4006.SUBSCRIPTION_ID)) {
            int type = id.child(Rfc4006.SUBSCRIPTION_ID_TYPE).map(Avp::asInt).orElse(-1);
            String data = id.child(Rfc4006.SUBSCRIPTION_ID_DATA).map(Avp::asUtf8String).orElse(null);
            if (type == Rfc4006.SubscriptionIdType.END_USER_IMSI && imsi == null) {
                imsi = data;
            } else if (type == Rfc4006.SubscriptionIdType.END_USER_E164 && msisdn == null) {
                msisdn = data;
            }
        }
        return new SubscriberKeys(blankIsNull(imsi), blankIsNull(msisdn),
                m.avp(Rfc7155.CALLED_STATION_ID).map(Avp::asUtf8String).orElse(null),
                m.avp(Ts29214.IP_DOMAIN_ID).map(a -> new String(a.asOctetString(), StandardCharsets.UTF_8)).orElse(null),
                m.avp(Rfc7155.FRAMED_IP_ADDRESS).map(a -> ipv4(a.asOctetString())).orElse(null),
                m.avp(Rfc7155.FRAMED_IPV6_PREFIX).map(a -> ipv6Prefix(a.asOctetString())).orElse(null));
    }

    /** The address space of the UE's addresses: IP-Domain-Id when present, else the APN (TS 29.214 §4.4.2). */
    String addressSpace() {
        return ipDomainId != null ? ipDomainId : apn;
    }

    /** The alternate keys this request gives a binding: MSISDN within its APN, addresses within their space. */
    List<String> alternateKeys() {
        List<String> out = new ArrayList<>();
        if (msisdn != null) {
            out.addAll(AlternateKeys.both(Type.MSISDN, msisdn, apn));
        }
        if (ipv4 != null) {
            out.addAll(AlternateKeys.both(Type.IPV4, ipv4, addressSpace()));
        }
        if (ipv6 != null) {
            out.addAll(AlternateKeys.both(Type.IPV6, ipv6, addressSpace()));
        }
        return out;
    }

    /** The UE address keys to look a binding up by: within their space first, then in any. */
    List<String> addressLookups() {
        List<String> out = new ArrayList<>();
        String space = addressSpace();
        if (space != null) {
            addIf(out, ipv4 != null, () -> AlternateKeys.within(Type.IPV4, ipv4, space));
            addIf(out, ipv6 != null, () -> AlternateKeys.within(Type.IPV6, ipv6, space));
        }
        addIf(out, ipv4 != null, () -> AlternateKeys.any(Type.IPV4, ipv4));
        addIf(out, ipv6 != null, () -> AlternateKeys.any(Type.IPV6, ipv6));
        return out;
    }

    /** The MSISDN keys to look a binding up by: within the APN first, then in any. */
    List<String> msisdnLookups() {
        List<String> out = new ArrayList<>();
        addIf(out, msisdn != null && apn != null, () -> AlternateKeys.within(Type.MSISDN, msisdn, apn));
        addIf(out, msisdn != null, () -> AlternateKeys.any(Type.MSISDN, msisdn));
        return out;
    }

    private static void addIf(List<String> out, boolean when, java.util.function.Supplier<String> key) {
        if (when) {
            out.add(key.get());
        }
    }

    private static String blankIsNull(String s) {
        return s == null || s.isBlank() ? null : s;
    }

    private static String ipv4(byte[] octets) {
        try {
            return octets.length == 4 ? InetAddress.getByAddress(octets).getHostAddress() : null;
        } catch (UnknownHostException e) {
            return null;
        }
    }

    /** RFC 3162 §2.3: Reserved (1 octet), Prefix-Length (1 octet), then the prefix's octets. */
    static String ipv6Prefix(byte[] v) {
        if (v.length < 2 || (v[1] & 0xFF) > 128 || v.length - 2 > 16) {
            return null;
        }
        byte[] address = Arrays.copyOf(Arrays.copyOfRange(v, 2, v.length), 16);
        try {
            return InetAddress.getByAddress(address).getHostAddress() + "/" + (v[1] & 0xFF);
        } catch (UnknownHostException e) {
            return null;
        }
    }
}
