package io.pcrfd.pcrf.rest;

import java.net.Inet4Address;
import java.net.Inet6Address;
import java.net.InetAddress;
import java.net.UnknownHostException;
import java.util.Map;
import java.util.Set;

/**
 * What {@code GET /sessions?...} looks for: exactly one of {@code sessionId}, {@code imsi} or
 * {@code ueIp}. A UE IP is an IPv4 address or an IPv6 prefix ({@code 2001:db8:1::/64}; an
 * IPv6 address without a length means its /64, the prefix a PDN connection gets, TS 23.401
 * §5.3.1.2.2), normalised to the form the store indexes.
 *
 * @param by    sessionId, imsi or ueIp
 * @param value the normalised value
 */
public record SessionSearch(By by, String value) {
    private static final Set<String> KEYS = Set.of("sessionId", "imsi", "ueIp");
    private static final int DEFAULT_IPV6_PREFIX = 64;

    /** The kinds of search. */
    public enum By {
        SESSION_ID, IMSI, UE_IPV4, UE_IPV6_PREFIX
    }

    /**
     * Reads the query parameters.
     *
     * @throws ApiError 400 when not exactly one known parameter is given or its value is malformed
     */
    public static SessionSearch parse(Map<String, String> query) {
        if (query.size() != 1 || !KEYS.contains(query.keySet().iterator().next())) {
            throw bad("give exactly one of sessionId, imsi or ueIp, got " + (query.isEmpty() ? "none"
                    : String.join(", ", new java.util.TreeSet<>(query.keySet()))));
        }
        Map.Entry<String, String> e = query.entrySet().iterator().next();
        return switch (e.getKey()) {
            case "sessionId" -> new SessionSearch(By.SESSION_ID, sessionId(e.getValue()));
            case "imsi" -> new SessionSearch(By.IMSI, imsi(e.getValue()));
            default -> ueIp(e.getValue());
        };
    }

    /** A Session-Id as RFC 6733 §8.8 allows it here: not empty, no control characters. */
    static String sessionId(String s) {
        if (s.isEmpty() || s.chars().anyMatch(c -> c < 0x20 || c == 0x7F)) {
            throw new ApiError(400, "bad Session-Id", "a Session-Id is UTF-8 text without control characters,"
                    + " and not empty (RFC 6733 §8.8)");
        }
        return s;
    }

    /** An IMSI: MCC, MNC and MSIN, at most 15 digits (TS 23.003 §2.2). */
    private static String imsi(String s) {
        if (!s.matches("[0-9]{6,15}")) {
            throw bad("an IMSI is 6 to 15 digits (TS 23.003 §2.2), got '" + printable(s) + "'");
        }
        return s;
    }

    private static SessionSearch ueIp(String s) {
        int slash = s.indexOf('/');
        String address = slash < 0 ? s : s.substring(0, slash);
        InetAddress a = literal(address, s);
        if (a instanceof Inet4Address) {
            if (slash >= 0) {
                throw bad("an IPv4 UE address has no prefix length, got '" + printable(s) + "'");
            }
            return new SessionSearch(By.UE_IPV4, a.getHostAddress());
        }
        int length = slash < 0 ? DEFAULT_IPV6_PREFIX : prefixLength(s.substring(slash + 1), s);
        return new SessionSearch(By.UE_IPV6_PREFIX, masked((Inet6Address) a, length) + "/" + length);
    }

    /** An IP literal, never a DNS lookup: only hex digits, dots and colons are accepted. */
    private static InetAddress literal(String address, String whole) {
        if (address.isEmpty() || !address.matches("[0-9A-Fa-f.:]+")) {
            throw bad("ueIp must be an IPv4 address or an IPv6 prefix, got '" + printable(whole) + "'");
        }
        try {
            return InetAddress.getByName(address);
        } catch (UnknownHostException e) {
            throw bad("ueIp must be an IPv4 address or an IPv6 prefix, got '" + printable(whole) + "'");
        }
    }

    private static int prefixLength(String text, String whole) {
        if (!text.matches("[0-9]{1,3}") || Integer.parseInt(text) > 128) {
            throw bad("an IPv6 prefix length is 0 to 128, got '" + printable(whole) + "'");
        }
        return Integer.parseInt(text);
    }

    private static String masked(Inet6Address a, int length) {
        byte[] b = a.getAddress();
        for (int i = 0; i < 16; i++) {
            int keep = Math.max(0, Math.min(8, length - i * 8));
            b[i] &= (byte) (0xFF00 >> keep);
        }
        try {
            return InetAddress.getByAddress(b).getHostAddress();
        } catch (UnknownHostException e) {
            throw new IllegalStateException("16 octets are always an address", e);
        }
    }

    private static String printable(String s) {
        StringBuilder b = new StringBuilder();
        s.codePoints().limit(64).forEach(c -> b.appendCodePoint(c < 0x20 || c == 0x7F ? '?' : c));
        return b.toString();
    }

    private static ApiError bad(String detail) {
        return new ApiError(400, "bad search", detail);
    }
}
