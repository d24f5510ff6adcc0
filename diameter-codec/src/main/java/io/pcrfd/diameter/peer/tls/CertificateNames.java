package io.pcrfd.diameter.peer.tls;

import java.security.cert.CertificateParsingException;
import java.security.cert.X509Certificate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Locale;
import javax.naming.InvalidNameException;
import javax.naming.ldap.LdapName;
import javax.naming.ldap.Rdn;

/**
 * The DNS names a peer's certificate presents, and whether they stand for a DiameterIdentity
 * (RFC 6733 §13.1: the peer's identity is checked against its certificate; the matching rules
 * are RFC 6125 §6.4).
 *
 * <ul>
 *   <li>The subjectAltName dNSName entries are the presented identifiers; the subject's
 *       (most specific) CN is used only when there is no dNSName entry (§6.4.4).</li>
 *   <li>Names compare ASCII case-insensitively, a trailing dot ignored (§6.4.1).</li>
 *   <li>A wildcard is matched only as the whole leftmost label ({@code *.example.net}) and
 *       stands for exactly one non-empty label (§6.4.3): it matches {@code a.example.net}, not
 *       {@code example.net} nor {@code a.b.example.net}. Decision: partial-label wildcards
 *       ({@code a*.example.net}), wildcards in other labels and wildcards directly above a
 *       top-level label ({@code *.net}) never match (§7.2 lists why they are risky).</li>
 * </ul>
 *
 * @param dnsNames   the subjectAltName dNSName entries, in certificate order
 * @param commonName the subject's most specific CN, or null
 */
public record CertificateNames(List<String> dnsNames, String commonName) {
    private static final int SAN_DNS_NAME = 2;

    public CertificateNames {
        dnsNames = List.copyOf(dnsNames);
    }

    /** Reads the names of {@code certificate}; an unreadable extension counts as no entry. */
    public static CertificateNames of(X509Certificate certificate) {
        return new CertificateNames(sanDnsNames(certificate),
                commonName(certificate.getSubjectX500Principal().getName()));
    }

    /** The identifiers checked: the dNSName entries, or the CN when there are none (§6.4.4). */
    public List<String> presented() {
        if (!dnsNames.isEmpty() || commonName == null) {
            return dnsNames;
        }
        return List.of(commonName);
    }

    /** Whether one presented identifier stands for {@code identity} (an FQDN). */
    public boolean matches(String identity) {
        return presented().stream().anyMatch(p -> matches(p, identity));
    }

    /** For logs: {@code DNS:a.example.net, DNS:*.example.net} or {@code CN=a.example.net}. */
    public String describe() {
        if (dnsNames.isEmpty()) {
            return commonName == null ? "no DNS name and no CN" : "CN=" + commonName;
        }
        return "DNS:" + String.join(", DNS:", dnsNames);
    }

    /** One presented identifier against one reference identifier (RFC 6125 §6.4.1, §6.4.3). */
    static boolean matches(String presented, String reference) {
        String p = normalise(presented);
        String r = normalise(reference);
        if (p.isEmpty() || r.isEmpty() || r.indexOf('*') >= 0) {
            return false;
        }
        if (p.indexOf('*') < 0) {
            return p.equals(r);
        }
        if (!p.startsWith("*.") || p.indexOf('*', 1) >= 0 || p.indexOf('.', 2) < 0) {
            return false; // partial or inner wildcard, or *.tld
        }
        int dot = r.indexOf('.');
        return dot > 0 && r.substring(dot).equals(p.substring(1));
    }

    private static String normalise(String name) {
        String n = name == null ? "" : name.trim().toLowerCase(Locale.ROOT);
        return n.endsWith(".") ? n.substring(0, n.length() - 1) : n;
    }

    private static List<String> sanDnsNames(X509Certificate c) {
        List<String> out = new ArrayList<>();
        try {
            Collection<List<?>> sans = c.getSubjectAlternativeNames();
            if (sans != null) {
                for (List<?> san : sans) {
                    if (san.size() >= 2 && Integer.valueOf(SAN_DNS_NAME).equals(san.get(0))
                            && san.get(1) instanceof String name) {
                        out.add(name);
                    }
                }
            }
        } catch (CertificateParsingException e) {
            return List.of(); // an extension we cannot parse names nothing we could trust
        }
        return out;
    }

    /** The most specific CN: the leftmost in the RFC 2253 string, the last of {@link LdapName#getRdns()}. */
    static String commonName(String rfc2253) {
        try {
            List<Rdn> rdns = new LdapName(rfc2253).getRdns();
            for (int i = rdns.size() - 1; i >= 0; i--) {
                if (rdns.get(i).getType().equalsIgnoreCase("CN") && rdns.get(i).getValue() instanceof String cn) {
                    return cn;
                }
            }
            return null;
        } catch (InvalidNameException e) {
            return null;
        }
    }
}
