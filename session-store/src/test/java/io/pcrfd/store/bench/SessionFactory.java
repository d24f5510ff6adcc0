package io.pcrfd.store.bench;

import io.pcrfd.store.model.AccessInfo;
import io.pcrfd.store.model.AuthorizedQos;
import io.pcrfd.store.model.IpCanSession;
import java.time.Duration;
import java.time.Instant;
import java.util.List;

/**
 * Realistic sessions for benchmarks: unique Session-Id, IMSI, MSISDN, IPv4 and IPv6 prefix;
 * one of 10 gateways; UE local IP and H(e)NB local IP on every session (so every index has an
 * entry); two PCC rule names from a policy; its own QoS object; its own CCR-I time used for
 * start, update and rule-change time, as a CCR-I handler sets them, and its own expiry.
 */
final class SessionFactory {

    private static final String[] GATEWAYS = new String[10];
    private static final List<String> RULE_NAMES = List.of("default", "video-sd");

    static {
        for (int g = 0; g < GATEWAYS.length; g++) {
            GATEWAYS[g] = "pgw" + g + ".epc.mnc001.mcc001.3gppnetwork.org";
        }
    }

    private SessionFactory() {
    }

    static String sessionId(int n) {
        return GATEWAYS[n % GATEWAYS.length] + ";1700000000;" + n;
    }

    static String ipv4(int n) {
        return "10." + ((n >>> 16) & 0xFF) + '.' + ((n >>> 8) & 0xFF) + '.' + (n & 0xFF);
    }

    static IpCanSession session(int n, Instant base) {
        Instant now = base.plusNanos(n);
        return IpCanSession.builder(sessionId(n))
                .imsi(String.format("0010100%08d", n))
                .msisdn(String.format("4670%08d", n))
                .apn("internet")
                .ueIpv4(ipv4(n))
                .ueIpv6Prefix("2001:db8:" + Integer.toHexString(n >>> 16) + ':'
                        + Integer.toHexString(n & 0xFFFF) + "::/64")
                .gatewayHost(GATEWAYS[n % GATEWAYS.length])
                .gatewayRealm("epc.mnc001.mcc001.3gppnetwork.org")
                .gatewayOriginStateId(1700000000L)
                .ratType("EUTRAN").ipCanType("3GPP-EPS").sgsnMccMnc("00101")
                .access(new AccessInfo("192.168." + ((n >>> 8) & 0xFF) + '.' + (n & 0xFF),
                        "198.51." + ((n >>> 12) & 0xFF) + '.' + ((n >>> 4) & 0xFF), 4500, null))
                .pccRules(RULE_NAMES)
                .pccRulesChangedAt(now)
                .qos(new AuthorizedQos(9, 50_000_000L, 100_000_000L, 8, true, false, "0x05", 0, 0))
                .startedAt(now)
                .updatedAt(now)
                .expiresAt(now.plus(Duration.ofHours(4)))
                .build();
    }
}
