package io.pcrfd.pcrf.rx;

import io.pcrfd.diameter.message.Avp;
import io.pcrfd.diameter.message.VendorIds;
import io.pcrfd.diameter.spec.Rfc6733;
import io.pcrfd.pcrf.policy.Flow;
import io.pcrfd.pcrf.policy.FlowDirection;
import io.pcrfd.pcrf.policy.ResultCode;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Turns an Rx Flow-Description into the Gx Flow-Information of a PCC rule.
 *
 * <p>On Rx (TS 29.214 §5.3.8) the AF writes an IPFilterRule (RFC 6733 §4.3.1) with action
 * {@code permit}, direction {@code out} for a downlink flow (from the remote end to the UE) and
 * {@code in} for an uplink flow (from the UE to the remote end), a protocol number or {@code ip},
 * addresses (or {@code any}) with optional ports, and no options. On Gx (TS 29.212 §5.4.2) every
 * filter is written {@code permit out}, source the remote end and destination the UE, and
 * Flow-Direction says which way it applies. So an {@code out} filter is kept as it is with
 * DOWNLINK, and an {@code in} filter has its two ends swapped and gets UPLINK. Anything else
 * (a {@code deny}, options such as {@code frag}, a malformed address or port list) is refused
 * with 5062 FILTER_RESTRICTIONS and the Flow-Description in Failed-AVP (TS 29.214 §5.5.3).
 */
public final class FlowDerivation {
    /** 3GPP Experimental-Result 5062 FILTER_RESTRICTIONS (TS 29.214 §5.5.3). */
    static final ResultCode FILTER_RESTRICTIONS = new ResultCode(VendorIds.THREE_GPP,
            Rfc6733.ExperimentalResultCode.FILTER_RESTRICTIONS);

    private static final String END = "(any|assigned|[0-9A-Fa-f.:]+(?:/\\d{1,3})?)(?: ([\\d,\\-]+))?";
    private static final Pattern RULE = Pattern.compile(
            "permit (in|out) (\\d{1,3}|ip) from " + END + " to " + END);

    private FlowDerivation() {
    }

    /** The Gx flow for {@code description}; {@code avp} is the Flow-Description, for Failed-AVP. */
    public static Flow toGx(String description, Avp avp) {
        Matcher m = RULE.matcher(description.trim());
        if (!m.matches() || !portsValid(m.group(4)) || !portsValid(m.group(6))) {
            throw new RxRefusal(FILTER_RESTRICTIONS, avp, "Flow-Description '" + description
                    + "' is not 'permit in|out <proto> from <addr> [ports] to <addr> [ports]' (TS 29.214 §5.3.8)");
        }
        String proto = m.group(2);
        if (m.group(1).equals("out")) {
            return new Flow(gx(proto, m.group(3), m.group(4), m.group(5), m.group(6)), FlowDirection.DOWNLINK);
        }
        return new Flow(gx(proto, m.group(5), m.group(6), m.group(3), m.group(4)), FlowDirection.UPLINK);
    }

    private static String gx(String proto, String remote, String remotePorts, String ue, String uePorts) {
        return "permit out " + proto + " from " + remote + (remotePorts == null ? "" : " " + remotePorts)
                + " to " + ue + (uePorts == null ? "" : " " + uePorts);
    }

    /** Ports: numbers 0-65535 and ranges, comma separated; absent is fine. */
    private static boolean portsValid(String ports) {
        if (ports == null) {
            return true;
        }
        for (String part : ports.split(",", -1)) {
            String[] range = part.split("-", -1);
            if (range.length > 2) {
                return false;
            }
            for (String p : range) {
                if (p.isEmpty() || p.length() > 5 || Integer.parseInt(p) > 65535) {
                    return false;
                }
            }
        }
        return true;
    }
}
