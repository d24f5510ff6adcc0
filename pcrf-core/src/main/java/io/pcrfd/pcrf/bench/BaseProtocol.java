package io.pcrfd.pcrf.bench;

import io.netty.buffer.ByteBuf;
import io.netty.buffer.Unpooled;
import io.pcrfd.diameter.message.CommandCodes;
import io.pcrfd.diameter.message.VendorIds;
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
import io.pcrfd.diameter.spec.Rfc6733;
import java.net.InetAddress;

/**
 * The base protocol a gateway must speak around its Gx traffic (RFC 6733 §5): CER/CEA to
 * open the connection, DWA to the server's DWR, DPA to its DPR, DPR when the run ends. These
 * are rare, so they go through the codec in full.
 */
final class BaseProtocol {
    /** RFC 6733 §5.4.3: the client sees no further need for the connection. */
    private static final int LEAVING = Rfc6733.DisconnectCause.DO_NOT_WANT_TO_TALK_TO_YOU;
    private static final long GPP = VendorIds.THREE_GPP;

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
                .add(Rfc6733.ORIGIN_HOST, originHost).add(Rfc6733.ORIGIN_REALM, realm)
                .add(Rfc6733.HOST_IP_ADDRESS, local)
                .add(Rfc6733.VENDOR_ID, 0L)
                .add(Rfc6733.PRODUCT_NAME, "pcrfd-bench")
                .add(Rfc6733.SUPPORTED_VENDOR_ID, GPP)
                .add(Rfc6733.VENDOR_SPECIFIC_APPLICATION_ID, g -> g.add(Rfc6733.VENDOR_ID, GPP)
                        .add(Rfc6733.AUTH_APPLICATION_ID, ApplicationIds.GX))
                .build());
    }

    ByteBuf dpr() {
        return wire(MessageBuilder.request(dict, ApplicationIds.COMMON, "DPR")
                .hopByHop(HopByHopId.of(0x7FFF_FFF1)).endToEnd(EndToEndId.of(0x7FFF_FFF1))
                .add(Rfc6733.ORIGIN_HOST, originHost).add(Rfc6733.ORIGIN_REALM, realm)
                .add(Rfc6733.DISCONNECT_CAUSE, LEAVING)
                .build());
    }

    /** Null when the CEA accepts us; otherwise why not, in one line. */
    String refusal(ByteBuf cea) {
        DecodeResult r = codec.decode(cea.duplicate());
        if (r.message() == null) {
            return "the CEA could not be read";
        }
        long rc = r.message().avp(Rfc6733.RESULT_CODE).map(Avp::asUnsigned32).orElse(-1L);
        if (rc == ResultCodes.DIAMETER_SUCCESS) {
            return null;
        }
        String why = r.message().avp(Rfc6733.ERROR_MESSAGE).map(Avp::asUtf8String).orElse("");
        return "CER refused with Result-Code " + rc + (why.isEmpty() ? "" : " (" + why + ")");
    }

    /** The answer to a request from the server: DWA, DPA, or 3001 for anything else. */
    ByteBuf answer(ByteBuf request) {
        DiameterMessage m = codec.decode(request.duplicate()).message();
        MessageBuilder a = MessageBuilder.answer(dict, m).originHost(originHost).originRealm(realm);
        boolean base = m.applicationId() == ApplicationIds.COMMON
                && (m.commandCode() == CommandCodes.DEVICE_WATCHDOG || m.commandCode() == CommandCodes.DISCONNECT_PEER);
        return wire(base ? a.resultCode(ResultCodes.DIAMETER_SUCCESS).build()
                : a.errorAnswer(new DiameterError(ResultCodes.DIAMETER_COMMAND_UNSUPPORTED, null,
                        "a load driver serves no requests")).build());
    }

    private static ByteBuf wire(DiameterMessage m) {
        return Unpooled.wrappedBuffer(DiameterCodec.encode(m));
    }
}
