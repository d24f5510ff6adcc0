package io.pcrfd.pcrf.gx;

import io.pcrfd.diameter.dictionary.AvpKey;
import io.pcrfd.diameter.dictionary.AvpDefinition;
import io.pcrfd.diameter.dictionary.DataType;
import io.pcrfd.diameter.dictionary.Dictionary;
import io.pcrfd.diameter.message.Avp;
import io.pcrfd.diameter.message.AvpTexts;
import io.pcrfd.diameter.message.AvpView;
import io.pcrfd.diameter.message.DiameterError;
import io.pcrfd.diameter.message.DiameterMessage;
import io.pcrfd.diameter.message.ResultCodes;
import io.pcrfd.diameter.message.VendorIds;
import io.pcrfd.diameter.spec.Rfc4006;
import io.pcrfd.diameter.spec.Rfc6733;
import io.pcrfd.diameter.spec.Ts29212;
import io.pcrfd.diameter.spec.Ts29229;
import io.pcrfd.pcrf.policy.RuleReport;
import io.pcrfd.pcrf.policy.SubscriptionId;
import io.pcrfd.pcrf.policy.UsageReport;
import io.pcrfd.pcrf.policy.UsedUnits;
import java.net.InetAddress;
import java.net.UnknownHostException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * The AVP-level checks of {@link GxRequestParser}; each failed check throws
 * {@link InvalidRequestException} with the Result-Code and Failed-AVP RFC 6733 §7 asks for.
 */
public final class GxAvpReader {
    private final Dictionary dictionary;
    /** Origin-Host, Origin-Realm, APN, MCC-MNC and Monitoring-Key values recur: read once, shared. */
    private final AvpTexts texts = new AvpTexts();

    public GxAvpReader(Dictionary dictionary) {
        this.dictionary = dictionary;
    }

    public Avp required(DiameterMessage m, AvpKey key) {
        return m.avp(key).orElseThrow(() -> missing(key));
    }

    /** The first AVP {@code key} names in a one-pass view, or 5005 (RFC 6733 §7.5). */
    Avp required(AvpView v, AvpKey key) {
        Avp a = v.first(key);
        if (a == null) {
            throw missing(key);
        }
        return a;
    }

    /** The AVP's data as text ({@link Avp#asUtf8String()}), the same instance when it recurs. */
    String text(Avp a) {
        return texts.of(a);
    }

    /** 5005 with an example AVP of minimum length, all zero (RFC 6733 §7.5). */
    public InvalidRequestException missing(AvpKey key) {
        AvpDefinition def = dictionary.definition(key);
        Avp example = key.equals(Rfc4006.SUBSCRIPTION_ID)
                ? Avp.grouped(def, List.of(avp(Rfc4006.SUBSCRIPTION_ID_TYPE, new byte[4]),
                avp(Rfc4006.SUBSCRIPTION_ID_DATA, new byte[0])))
                : Avp.of(def, new byte[def.type() == DataType.GROUPED ? 0 : 4]);
        return new InvalidRequestException(new DiameterError(ResultCodes.DIAMETER_MISSING_AVP, example,
                key.name() + " is required"));
    }

    private Avp avp(AvpKey key, byte[] data) {
        return Avp.of(dictionary.definition(key), data);
    }

    public static InvalidRequestException invalid(Avp a, String text) {
        return new InvalidRequestException(new DiameterError(ResultCodes.DIAMETER_INVALID_AVP_VALUE, a, text));
    }

    static InvalidRequestException badLength(Avp a, String text) {
        return new InvalidRequestException(new DiameterError(ResultCodes.DIAMETER_INVALID_AVP_LENGTH, a, text));
    }

    public int int32(Avp a) {
        if (a.dataLength() != 4) {
            throw badLength(a, a.name() + " must have 4 octets of data");
        }
        return a.asInt();
    }

    public long unsigned32(Avp a) {
        return Integer.toUnsignedLong(int32(a));
    }

    /** Unsigned64 saturated to {@link Long#MAX_VALUE}: no counter ever reaches 2^63 octets. */
    long unsigned64(Avp a) {
        if (a.dataLength() != 8) {
            throw badLength(a, a.name() + " must have 8 octets of data");
        }
        long v = a.asLong();
        return v < 0 ? Long.MAX_VALUE : v;
    }

    /** Subscription-Id by type (RFC 4006 §8.46): IMSI 6-15 digits, E.164 1-15 digits. */
    public List<SubscriptionId> subscriptionIds(DiameterMessage m) {
        return subscriptionIds(m.avps(Rfc4006.SUBSCRIPTION_ID));
    }

    /** The same for the Subscription-Id AVPs of a request, in order. */
    List<SubscriptionId> subscriptionIds(List<Avp> ids) {
        if (ids.isEmpty()) {
            return List.of();
        }
        SubscriptionId[] out = new SubscriptionId[ids.size()];
        for (int i = 0; i < out.length; i++) {
            Avp s = ids.get(i);
            Avp typeAvp = s.child(Rfc4006.SUBSCRIPTION_ID_TYPE).orElseThrow(() -> missing(Rfc4006.SUBSCRIPTION_ID_TYPE));
            String data = s.child(Rfc4006.SUBSCRIPTION_ID_DATA).orElseThrow(() -> missing(Rfc4006.SUBSCRIPTION_ID_DATA))
                    .asUtf8String();
            SubscriptionId.Type type = subscriptionType(s, int32(typeAvp));
            boolean ok = switch (type) {
                case END_USER_IMSI -> digits(data, 6, 15);
                case END_USER_E164 -> digits(data, 1, 15);
                default -> !data.isEmpty();
            };
            if (!ok) {
                throw invalid(s, "Subscription-Id-Data '" + data + "' is not a valid " + type);
            }
            out[i] = new SubscriptionId(type, data);
        }
        return List.of(out);
    }

    /** {@code values()} once: each call clones the array, and this runs per Subscription-Id. */
    private static final SubscriptionId.Type[] SUBSCRIPTION_TYPES = SubscriptionId.Type.values();

    private static SubscriptionId.Type subscriptionType(Avp s, int code) {
        for (SubscriptionId.Type t : SUBSCRIPTION_TYPES) {
            if (t.code() == code) {
                return t;
            }
        }
        throw invalid(s, "Subscription-Id-Type " + code + " is not defined (RFC 4006 §8.47)");
    }

    /** Framed-IP-Address (RFC 7155 §4.4.10.5.1): exactly four octets. */
    public InetAddress framedIp(Avp a) {
        if (a.dataLength() != 4) {
            throw badLength(a, "Framed-IP-Address must be 4 octets, got " + a.dataLength());
        }
        return byAddress(a.asOctetString());
    }

    /** Framed-IPv6-Prefix (RFC 3162 §2.3): reserved, prefix length 0-128, then the prefix octets. */
    public String ipv6Prefix(Avp a) {
        byte[] d = a.asOctetString();
        int len = d.length >= 2 ? d[1] & 0xFF : -1;
        if (d.length < 2 || d.length > 18 || len > 128 || d.length - 2 < (len + 7) / 8) {
            throw invalid(a, "Framed-IPv6-Prefix is not reserved + length (0-128) + prefix octets");
        }
        byte[] full = new byte[16];
        System.arraycopy(d, 2, full, 0, d.length - 2);
        return byAddress(full).getHostAddress() + "/" + len;
    }

    /**
     * IP-Domain-Id (TS 29.214, AVP 537): the IP domain of the UE address, as text (its octets
     * read as UTF-8, as the other OctetString names such as Monitoring-Key). Empty names no
     * domain at all, so it is refused rather than taken for one.
     */
    public String ipDomainId(Avp a) {
        if (a.dataLength() == 0) {
            throw invalid(a, a.name() + " is empty; it names the IP domain of the UE address");
        }
        return a.asUtf8String();
    }

    InetAddress address(Avp a) {
        int n = a.dataLength();
        if (n != 6 && n != 18) {
            throw badLength(a, a.name() + " must be an IPv4 or IPv6 Address (6 or 18 octets), got " + n);
        }
        int family = ((a.dataByte(0) & 0xFF) << 8) | (a.dataByte(1) & 0xFF);
        if ((n == 6 && family != 1) || (n == 18 && family != 2)) {
            throw invalid(a, a.name() + " has address family " + family + " for " + (n - 2) + " octets");
        }
        return a.asAddress();
    }

    Integer port(Avp a) {
        long v = unsigned32(a);
        if (v > 65535) {
            throw invalid(a, "UDP-Source-Port " + v + " is not a port number");
        }
        return (int) v;
    }

    /** {@code min} to {@code max} ASCII digits; by hand, since String.matches compiles its regex per call. */
    static boolean digits(String v, int min, int max) {
        if (v.length() < min || v.length() > max) {
            return false;
        }
        for (int i = 0; i < v.length(); i++) {
            char c = v.charAt(i);
            if (c < '0' || c > '9') {
                return false;
            }
        }
        return true;
    }

    /** 3GPP-SGSN-MCC-MNC (TS 29.061 §16.4.7): MCC then a 2- or 3-digit MNC. */
    String mccMnc(Avp a) {
        String v = text(a);
        if (!digits(v, 5, 6)) {
            throw invalid(a, "3GPP-SGSN-MCC-MNC '" + v + "' is not 5 or 6 digits");
        }
        return v;
    }

    /** Usage-Monitoring-Information reports (TS 29.212 §5.3.60) of a Gx, or S9a, CCR. */
    public List<UsageReport> usageReports(DiameterMessage m) {
        return usageReports(m.avps(Ts29212.USAGE_MONITORING_INFORMATION));
    }

    /** The usage reports of a request's Usage-Monitoring-Information AVPs. */
    List<UsageReport> usageReports(List<Avp> infos) {
        if (infos.isEmpty()) {
            return List.of();
        }
        UsageReport[] out = new UsageReport[infos.size()];
        int n = 0;
        for (int i = 0; i < infos.size(); i++) {
            Avp umi = infos.get(i);
            List<Avp> used = umi.children(Rfc4006.USED_SERVICE_UNIT);
            if (used.isEmpty()) {
                continue;
            }
            Avp key = umi.child(Ts29212.MONITORING_KEY).orElseThrow(() -> invalid(umi,
                    "a usage report needs its Monitoring-Key (TS 29.212 §5.3.57)"));
            // the usual report has one Used-Service-Unit: its units as they are, no sum object
            UsedUnits sum = usedUnits(used.get(0));
            for (int u = 1; u < used.size(); u++) {
                sum = sum.plus(usedUnits(used.get(u)));
            }
            out[n++] = new UsageReport(text(key), sum);
        }
        return n == out.length ? List.of(out) : List.of(Arrays.copyOf(out, n));
    }

    /** One Used-Service-Unit; a total missing while input/output are given is their sum. */
    private UsedUnits usedUnits(Avp usu) {
        long in = unsigned64(usu, Rfc4006.CC_INPUT_OCTETS, 0);
        long out = unsigned64(usu, Rfc4006.CC_OUTPUT_OCTETS, 0);
        long total = unsigned64(usu, Rfc4006.CC_TOTAL_OCTETS, in + out < 0 ? Long.MAX_VALUE : in + out);
        Avp time = usu.child(Rfc4006.CC_TIME).orElse(null);
        return new UsedUnits(total, in, out, time == null ? 0 : unsigned32(time));
    }

    /** The child's Unsigned64 value, or {@code absent}; unboxed, since this runs per usage report. */
    private long unsigned64(Avp parent, AvpKey.Unsigned64 child, long absent) {
        Avp a = parent.child(child).orElse(null);
        return a == null ? absent : unsigned64(a);
    }

    /**
     * Charging-Rule-Report (TS 29.212 §5.3.18). A report without PCC-Rule-Status but with a
     * failure code is read as INACTIVE (the rule did not become active).
     */
    List<RuleReport> ruleReports(List<Avp> reports) {
        if (reports.isEmpty()) {
            return List.of();
        }
        List<RuleReport> out = new ArrayList<>(reports.size());
        for (Avp rep : reports) {
            List<String> names = rep.children(Ts29212.CHARGING_RULE_NAME).stream()
                    .map(a -> new String(a.asOctetString(), StandardCharsets.UTF_8)).toList();
            List<String> bases = rep.children(Ts29212.CHARGING_RULE_BASE_NAME).stream().map(Avp::asUtf8String).toList();
            Integer code = rep.child(Ts29212.RULE_FAILURE_CODE).map(this::int32).orElse(null);
            int status = rep.child(Ts29212.PCC_RULE_STATUS).map(this::int32)
                    .orElse(code == null ? RuleReport.ACTIVE : RuleReport.INACTIVE);
            out.add(new RuleReport(names, bases, status, code));
        }
        return out;
    }

    List<FeatureList> supportedFeatures(List<Avp> lists) {
        if (lists.isEmpty()) {
            return List.of();
        }
        FeatureList[] out = new FeatureList[lists.size()];
        for (int i = 0; i < out.length; i++) {
            Avp sf = lists.get(i);
            long vendor = unsigned32(sf, Rfc6733.VENDOR_ID, VendorIds.THREE_GPP);
            out[i] = new FeatureList(vendor, unsigned32(sf, Ts29229.FEATURE_LIST_ID, 0),
                    unsigned32(sf, Ts29229.FEATURE_LIST, 0));
        }
        return List.of(out);
    }

    /** The child's Unsigned32 value, or {@code absent}; unboxed, since this runs per Supported-Features. */
    private long unsigned32(Avp parent, AvpKey child, long absent) {
        Avp a = parent.child(child).orElse(null);
        return a == null ? absent : unsigned32(a);
    }

    private static InetAddress byAddress(byte[] ip) {
        try {
            return InetAddress.getByAddress(ip);
        } catch (UnknownHostException e) {
            throw new IllegalStateException("unreachable: 4 or 16 octets", e);
        }
    }
}
