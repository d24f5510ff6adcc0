package io.pcrfd.pcrf.rx;

import io.pcrfd.diameter.dictionary.AvpKey;
import io.pcrfd.diameter.message.Avp;
import io.pcrfd.diameter.message.DiameterMessage;
import io.pcrfd.diameter.message.VendorIds;
import io.pcrfd.diameter.spec.Rfc6733;
import io.pcrfd.diameter.spec.Rfc7155;
import io.pcrfd.diameter.spec.Ts29214;
import io.pcrfd.pcrf.gx.GxAvpReader;
import io.pcrfd.pcrf.gx.InvalidRequestException;
import io.pcrfd.pcrf.policy.Flow;
import io.pcrfd.pcrf.policy.FlowStatus;
import io.pcrfd.pcrf.policy.MediaKind;
import io.pcrfd.pcrf.policy.ResultCode;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * Reads an AAR (TS 29.214 §5.6.1) through the generated handles. The codec has already enforced
 * the grammar (a Media-Component-Description without Media-Component-Number is 5005 there);
 * this parser checks what the grammar cannot, and stops at the first problem:
 *
 * <ul>
 *   <li>bad AVP values shared with Gx (Framed-IP-Address length 5014, Subscription-Id, IP-Domain-Id):
 *       the same checks and codes as a CCR ({@link GxAvpReader});</li>
 *   <li>no UE address and no Subscription-Id: nothing to bind the AF session by, 5005 with an
 *       example Framed-IP-Address in Failed-AVP;</li>
 *   <li>a Flow-Description outside what Rx allows: 5062 FILTER_RESTRICTIONS ({@link FlowDerivation});</li>
 *   <li>two Media-Component-Descriptions with one Media-Component-Number, or two sub-components
 *       with one Flow-Number: 5061 INVALID_SERVICE_INFORMATION with the repeated AVP.</li>
 * </ul>
 */
final class RxRequestParser {
    static final ResultCode INVALID_SERVICE_INFORMATION = new ResultCode(VendorIds.THREE_GPP,
            Rfc6733.ExperimentalResultCode.INVALID_SERVICE_INFORMATION);

    private final GxAvpReader reader;

    RxRequestParser(GxAvpReader reader) {
        this.reader = reader;
    }

    /**
     * @throws InvalidRequestException for a bad AVP value (RFC 6733 §7 codes)
     * @throws RxRefusal               for service information the PCRF refuses (TS 29.214 §5.5.3)
     */
    AaRequest parse(DiameterMessage aar) {
        String ipv4 = aar.avp(Rfc7155.FRAMED_IP_ADDRESS).map(a -> reader.framedIp(a).getHostAddress()).orElse(null);
        String ipv6 = aar.avp(Rfc7155.FRAMED_IPV6_PREFIX).map(reader::ipv6Prefix).orElse(null);
        var subscriptions = reader.subscriptionIds(aar);
        if (ipv4 == null && ipv6 == null && subscriptions.isEmpty()) {
            throw reader.missing(Rfc7155.FRAMED_IP_ADDRESS);
        }
        return new AaRequest(text(aar, Rfc6733.SESSION_ID), text(aar, Rfc6733.ORIGIN_HOST),
                text(aar, Rfc6733.ORIGIN_REALM), ipv4, ipv6,
                aar.avp(Rfc7155.CALLED_STATION_ID).map(Avp::asUtf8String).orElse(null),
                aar.avp(Ts29214.IP_DOMAIN_ID).map(reader::ipDomainId).orElse(null), subscriptions,
                aar.avp(Ts29214.AF_APPLICATION_IDENTIFIER).map(Avp::asUtf8String).orElse(null), media(aar),
                aar.avp(Ts29214.SERVICE_INFO_STATUS).map(reader::int32)
                        .orElse(Ts29214.ServiceInfoStatus.FINAL_SERVICE_INFORMATION)
                        == Ts29214.ServiceInfoStatus.PRELIMINARY_SERVICE_INFORMATION,
                aar.avps(Ts29214.SPECIFIC_ACTION).stream().map(reader::int32).distinct().toList());
    }

    private String text(DiameterMessage m, AvpKey.Text key) {
        return reader.required(m, key).asUtf8String();
    }

    private List<MediaComponent> media(DiameterMessage aar) {
        List<MediaComponent> out = new ArrayList<>();
        Set<Long> numbers = new HashSet<>();
        for (Avp mcd : aar.avps(Ts29214.MEDIA_COMPONENT_DESCRIPTION)) {
            Avp number = mcd.child(Ts29214.MEDIA_COMPONENT_NUMBER).orElseThrow(
                    () -> reader.missing(Ts29214.MEDIA_COMPONENT_NUMBER));
            if (!numbers.add(reader.unsigned32(number))) {
                throw new RxRefusal(INVALID_SERVICE_INFORMATION, mcd,
                        "Media-Component-Number " + reader.unsigned32(number) + " appears twice");
            }
            out.add(component(mcd, reader.unsigned32(number)));
        }
        return out;
    }

    private MediaComponent component(Avp mcd, long number) {
        MediaKind kind = mcd.child(Ts29214.MEDIA_TYPE).map(a -> MediaKind.of(reader.unsigned32(a))).orElse(null);
        return new MediaComponent(number, kind, bandwidth(mcd, Ts29214.MAX_REQUESTED_BANDWIDTH_UL),
                bandwidth(mcd, Ts29214.MAX_REQUESTED_BANDWIDTH_DL), bandwidth(mcd, Ts29214.RR_BANDWIDTH),
                bandwidth(mcd, Ts29214.RS_BANDWIDTH), flowStatus(mcd),
                mcd.children(Ts29214.CODEC_DATA).stream().map(Avp::asUtf8String).toList(),
                mcd.child(Ts29214.AF_APPLICATION_IDENTIFIER).map(Avp::asUtf8String).orElse(null), subComponents(mcd));
    }

    private List<MediaComponent.SubComponent> subComponents(Avp mcd) {
        List<MediaComponent.SubComponent> out = new ArrayList<>();
        Set<Long> numbers = new HashSet<>();
        for (Avp msc : mcd.children(Ts29214.MEDIA_SUB_COMPONENT)) {
            long flowNumber = msc.child(Ts29214.FLOW_NUMBER).map(reader::unsigned32)
                    .orElseThrow(() -> reader.missing(Ts29214.FLOW_NUMBER));
            if (!numbers.add(flowNumber)) {
                throw new RxRefusal(INVALID_SERVICE_INFORMATION, msc, "Flow-Number " + flowNumber + " appears twice");
            }
            List<Flow> flows = msc.children(Ts29214.FLOW_DESCRIPTION).stream()
                    .map(d -> FlowDerivation.toGx(d.asUtf8String(), d)).toList();
            int usage = msc.child(Ts29214.FLOW_USAGE).map(reader::int32).orElse(Ts29214.FlowUsage.NO_INFORMATION);
            out.add(new MediaComponent.SubComponent(flowNumber, flows, flowStatus(msc),
                    usage == Ts29214.FlowUsage.RTCP, usage == Ts29214.FlowUsage.AF_SIGNALLING));
        }
        return out;
    }

    private FlowStatus flowStatus(Avp group) {
        return group.child(Ts29214.FLOW_STATUS).map(a -> {
            int code = reader.int32(a);
            for (FlowStatus s : FlowStatus.values()) {
                if (s.code() == code) {
                    return s;
                }
            }
            throw GxAvpReader.invalid(a, "Flow-Status " + code + " is not defined (TS 29.214 §5.3.11)");
        }).orElse(null);
    }

    private Long bandwidth(Avp group, AvpKey.Unsigned32 key) {
        return group.child(key).map(reader::unsigned32).orElse(null);
    }
}
