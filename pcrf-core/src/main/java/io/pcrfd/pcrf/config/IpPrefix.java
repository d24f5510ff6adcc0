package io.pcrfd.pcrf.config;

import java.net.InetAddress;
import java.net.UnknownHostException;
import java.util.Arrays;

/**
 * An IPv4 or IPv6 prefix ({@code 192.0.2.0/24}, {@code 2001:db8::/32}); a bare address is a
 * host prefix. Used to map a UE or H(e)NB local IP address (TS 29.212 §5.3.96, §5.3.95) to a
 * BPCF peer and, in the BPCF, to a broadband access line. Only literals are accepted: a host
 * name here would make the daemon's behaviour depend on DNS at start.
 */
public record IpPrefix(InetAddress network, int length) {

    public IpPrefix {
        int max = network.getAddress().length * 8;
        if (length < 0 || length > max) {
            throw new IllegalArgumentException("prefix length must be 0-" + max + ", got " + length);
        }
        network = mask(network, length);
    }

    /** Parses {@code address/length} or a bare address. */
    public static IpPrefix parse(String text) {
        String t = text.trim();
        int slash = t.indexOf('/');
        String address = slash < 0 ? t : t.substring(0, slash);
        if (!address.matches("[0-9a-fA-F:.]+") || address.isEmpty()) {
            throw new IllegalArgumentException("expected an IP prefix like 192.0.2.0/24, got '" + text + "'");
        }
        InetAddress a = literal(address, text);
        int max = a.getAddress().length * 8;
        if (slash < 0) {
            return new IpPrefix(a, max);
        }
        String len = t.substring(slash + 1);
        if (!len.matches("\\d{1,3}")) {
            throw new IllegalArgumentException("expected an IP prefix like 192.0.2.0/24, got '" + text + "'");
        }
        return new IpPrefix(a, Integer.parseInt(len));
    }

    /** True when {@code address} is of the same family and inside this prefix. */
    public boolean contains(InetAddress address) {
        return address.getAddress().length == network.getAddress().length
                && mask(address, length).equals(network);
    }

    private static InetAddress literal(String address, String text) {
        try {
            return InetAddress.getByName(address);
        } catch (UnknownHostException e) {
            throw new IllegalArgumentException("'" + text + "' is not an IP address", e);
        }
    }

    private static InetAddress mask(InetAddress a, int length) {
        byte[] b = a.getAddress();
        for (int i = 0; i < b.length; i++) {
            int keep = Math.max(0, Math.min(8, length - i * 8));
            b[i] &= (byte) (0xff << (8 - keep));
        }
        try {
            return InetAddress.getByAddress(b);
        } catch (UnknownHostException e) {
            throw new IllegalStateException(e);
        }
    }

    @Override
    public String toString() {
        return network.getHostAddress() + "/" + length;
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof IpPrefix p && p.length == length
                && Arrays.equals(p.network.getAddress(), network.getAddress());
    }

    @Override
    public int hashCode() {
        return Arrays.hashCode(network.getAddress()) * 31 + length;
    }
}
