package io.pcrfd.pcrf.bench;

import io.netty.buffer.ByteBuf;
import io.netty.buffer.Unpooled;
import io.pcrfd.diameter.codec.DecodeResult;
import io.pcrfd.diameter.codec.DiameterCodec;
import io.pcrfd.diameter.dictionary.Dictionary;
import io.pcrfd.diameter.message.ApplicationIds;
import io.pcrfd.diameter.message.Avp;
import io.pcrfd.diameter.message.DiameterError;
import io.pcrfd.diameter.message.DiameterMessage;
import io.pcrfd.diameter.message.EndToEndId;
import io.pcrfd.diameter.message.HopByHopId;
import io.pcrfd.diameter.message.MessageBuilder;
import io.pcrfd.diameter.message.ResultCodes;
import java.net.InetAddress;

/**
 * The base protocol a gateway must speak around its Gx traffic (RFC 6733 §5): CER/CEA to
 * open the connection, DWA to the server's DWR, DPA to its DPR, DPR when the run ends. These
 * are rare, so they go through the codec in full.
 */
final class BaseProtocol {
    /** RFC 6733 §5.4.3: the client sees no further need for the connection. */
    private static final String LEAVING = "DO_NOT_WANT_TO_TALK_TO_YOU";
    private static final long GPP = 10415;

    private final Dictionary dict;
    private final DiameterCodec codec;
    private final String originHost;
    private final String realm;

    BaseProtocol(Dictionary dict, String originHost, String realm) {
        this.dict = dict;
        this.codec = new DiameterCodec(dict);
        this.originHost = originHost;
        this.realm = realm;
    }

    ByteBuf cer(InetAddress local) {
        return wire(MessageBuilder.request(dict, ApplicationIds.COMMON, "CER")
                .hopByHop(HopByHopId.of(0x7FFF_FFF0)).endToEnd(EndToEndId.of(0x7FFF_FFF0))
                .add("Origin-Host", originHost).add("Origin-Realm", realm)
                .add("Host-IP-Address", local)
                .add("Vendor-Id", 0L)
                .add("Product-Name", "pcrfd-bench")
                .add("Supported-Vendor-Id", GPP)
                .addGrouped("Vendor-Specific-Application-Id", g -> g.add("Vendor-Id", GPP)
                        .add("Auth-Application-Id", ApplicationIds.GX))
                .build());
    }

    ByteBuf dpr() {
        return wire(MessageBuilder.request(dict, ApplicationIds.COMMON, "DPR")
                .hopByHop(HopByHopId.of(0x7FFF_FFF1)).endToEnd(EndToEndId.of(0x7FFF_FFF1))
                .add("Origin-Host", originHost).add("Origin-Realm", realm)
                .add("Disconnect-Cause", LEAVING)
                .build());
    }

    /** Null when the CEA accepts us; otherwise why not, in one line. */
    String refusal(ByteBuf cea) {
        DecodeResult r = codec.decode(cea.duplicate());
        if (r.message() == null) {
            return "the CEA could not be read";
        }
        long rc = r.message().avp("Result-Code").map(Avp::asUnsigned32).orElse(-1L);
        if (rc == ResultCodes.DIAMETER_SUCCESS) {
            return null;
        }
        String why = r.message().avp("Error-Message").map(Avp::asUtf8String).orElse("");
        return "CER refused with Result-Code " + rc + (why.isEmpty() ? "" : " (" + why + ")");
    }

    /** The answer to a request from the server: DWA, DPA, or 3001 for anything else. */
    ByteBuf answer(ByteBuf request) {
        DiameterMessage m = codec.decode(request.duplicate()).message();
        MessageBuilder a = MessageBuilder.answer(dict, m).originHost(originHost).originRealm(realm);
        boolean base = m.applicationId() == ApplicationIds.COMMON
                && (m.commandCode() == 280 || m.commandCode() == 282);
        return wire(base ? a.resultCode(ResultCodes.DIAMETER_SUCCESS).build()
                : a.errorAnswer(new DiameterError(ResultCodes.DIAMETER_COMMAND_UNSUPPORTED, null,
                        "a load driver serves no requests")).build());
    }

    private static ByteBuf wire(DiameterMessage m) {
        return Unpooled.wrappedBuffer(DiameterCodec.encode(m));
    }
}
