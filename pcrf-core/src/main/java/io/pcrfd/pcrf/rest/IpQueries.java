package io.pcrfd.pcrf.rest;

import java.net.Inet6Address;
import java.net.InetAddress;
import java.net.UnknownHostException;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads the {@code {ipaddr}} of the IMSI list into the form the store indexes: an IPv4 address
 * as {@link InetAddress#getHostAddress()} prints it, or an IPv6 prefix as {@code address/length}
 * with the address masked to its length. Accepted IPv6 forms: a prefix {@code 2001:db8:1:2::/64}
 * (the {@code /} percent-encoded as {@code %2F} in the path), an address (the /64 holding it:
 * EPS gives a UE a /64, TS 23.401 §5.3.1.2.2), and four groups without {@code ::}
 * ({@code 467C:94FA:9125:F696}: the /64 those 64 bits name). Only literals are read, never a
 * name: text outside the address alphabets is refused before any parsing.
 */
final class IpQueries {
    private static final Pattern IPV4 = Pattern.compile("(\\d{1,3})\\.(\\d{1,3})\\.(\\d{1,3})\\.(\\d{1,3})");
    private static final Pattern IPV6 = Pattern.compile("([0-9A-Fa-f:.]*:[0-9A-Fa-f:.]*)(?:/(\\d{1,3}))?");
    private static final Pattern FOUR_GROUPS = Pattern.compile("[0-9A-Fa-f]{1,4}(:[0-9A-Fa-f]{1,4}){3}");
    static final int DEFAULT_IPV6_PREFIX_LENGTH = 64;

    private IpQueries() {
    }

    /** @throws ApiError 400 when {@code text} is neither form */
    static AnalyticsApi.IpQuery parse(String text) {
        Matcher v4 = IPV4.matcher(text);
        if (v4.matches()) {
            byte[] b = new byte[4];
            for (int i = 0; i < 4; i++) {
                int octet = Integer.parseInt(v4.group(i + 1));
                if (octet > 255) {
                    throw bad(text);
                }
                b[i] = (byte) octet;
            }
            return new AnalyticsApi.IpQuery(address(b).getHostAddress(), null);
        }
        Matcher v6 = IPV6.matcher(text);
        if (!v6.matches()) {
            throw bad(text);
        }
        String literal = FOUR_GROUPS.matcher(v6.group(1)).matches() ? v6.group(1) + "::" : v6.group(1);
        int length = v6.group(2) == null ? DEFAULT_IPV6_PREFIX_LENGTH : Integer.parseInt(v6.group(2));
        if (length > 128) {
            throw bad(text);
        }
        return new AnalyticsApi.IpQuery(null, masked(ipv6(literal, text), length).getHostAddress() + "/" + length);
    }

    private static InetAddress ipv6(String literal, String text) {
        try {
            InetAddress a = InetAddress.getByName(literal); // a literal with ':' is never resolved
            if (!(a instanceof Inet6Address)) {
                throw bad(text);
            }
            return a;
        } catch (UnknownHostException e) {
            throw bad(text);
        }
    }

    private static InetAddress masked(InetAddress a, int length) {
        byte[] b = a.getAddress();
        for (int i = 0; i < b.length; i++) {
            int keep = Math.max(0, Math.min(8, length - i * 8));
            b[i] &= (byte) (0xff << (8 - keep));
        }
        return address(b);
    }

    private static InetAddress address(byte[] b) {
        try {
            return InetAddress.getByAddress(b);
        } catch (UnknownHostException e) {
            throw new IllegalStateException("4 or 16 octets are always an address", e);
        }
    }

    private static ApiError bad(String text) {
        return new ApiError(400, "bad IP format",
                "'" + text + "' is neither an IPv4 address nor an IPv6 address or prefix");
    }
}
