package io.pcrfd.pcrf.cli.demo;

import io.pcrfd.diameter.message.VendorIds;
import io.pcrfd.diameter.dictionary.Dictionary;
import io.pcrfd.diameter.message.ApplicationIds;
import io.pcrfd.diameter.message.CommandCodes;
import io.pcrfd.diameter.message.DiameterMessage;
import io.pcrfd.diameter.message.MessageBuilder;
import io.pcrfd.diameter.message.ResultCodes;
import io.pcrfd.diameter.peer.ApplicationSupport;
import io.pcrfd.diameter.peer.DiameterNode;
import io.pcrfd.diameter.peer.Dispatcher;
import io.pcrfd.diameter.peer.LocalIdentity;
import io.pcrfd.diameter.peer.NodeOptions;
import io.pcrfd.diameter.peer.PeerConfig;
import io.pcrfd.diameter.spec.Rfc4006;
import io.pcrfd.diameter.spec.Rfc6733;
import io.pcrfd.diameter.spec.Rfc7155;
import io.pcrfd.diameter.spec.Ts29061;
import io.pcrfd.diameter.spec.Ts29212;
import io.pcrfd.pcrf.gx.GxRequests;
import java.net.InetAddress;
import java.util.List;
import java.util.concurrent.CompletableFuture;

/**
 * The PCEF of the demo (an ePDG/P-GW for a UE on untrusted WLAN, TS 23.139 §7.2.1): a Diameter
 * node with Gx that dials the PCRF, sends CCR-I with RAT-Type WLAN and UE-Local-IP-Address
 * (TS 29.212 §5.3.95) and CCR-T, and answers every RAR with RAA 2001.
 */
final class DemoPcef implements AutoCloseable {
    static final String HOST = "pcef.demo.example";
    static final String REALM = "demo.example";

    private final Dictionary dictionary;
    private final DiameterNode node;
    private final String pcrfRealm;

    DemoPcef(Dictionary dictionary, String pcrfHost, String pcrfRealm, int port) {
        this.dictionary = dictionary;
        this.pcrfRealm = pcrfRealm;
        LocalIdentity me = LocalIdentity.of(HOST, REALM, InetAddress.getLoopbackAddress(),
                List.of(ApplicationSupport.vendorAuth(VendorIds.THREE_GPP, ApplicationIds.GX)));
        Dispatcher d = new Dispatcher().register(ApplicationIds.GX, CommandCodes.RE_AUTH, (ctx, rar) ->
                CompletableFuture.completedFuture(ctx.answer(rar).add(Rfc6733.AUTH_APPLICATION_ID, ApplicationIds.GX)
                        .resultCode(ResultCodes.DIAMETER_SUCCESS).build()));
        node = DiameterNode.create(dictionary, NodeOptions.of(me, List.of(),
                List.of(PeerConfig.connect(pcrfHost, pcrfRealm, "127.0.0.1", port))), d).start();
    }

    DiameterNode node() {
        return node;
    }

    /** CCR-I for a UE on WLAN reached through {@code ueLocalIp}. */
    CompletableFuture<DiameterMessage> initial(String sessionId, String imsi, String ueLocalIp) {
        DiameterMessage ccr = ccr(sessionId, Rfc4006.CcRequestType.INITIAL_REQUEST, 0)
                .add(Rfc4006.SUBSCRIPTION_ID, g -> g.add(Rfc4006.SUBSCRIPTION_ID_TYPE, Rfc4006.SubscriptionIdType.END_USER_IMSI)
                        .add(Rfc4006.SUBSCRIPTION_ID_DATA, imsi))
                .add(Rfc7155.FRAMED_IP_ADDRESS, new byte[] {10, 45, 0, 7})
                .add(Ts29212.IP_CAN_TYPE, Ts29212.IpCanType.NON_3GPP_EPS)
                .add(Ts29212.RAT_TYPE, Ts29212.RatType.WLAN)
                .add(Ts29212.UE_LOCAL_IP_ADDRESS, address(ueLocalIp))
                .add(Ts29212.UDP_SOURCE_PORT, 4500)
                .add(Ts29061._3GPP_SGSN_MCC_MNC, "00101")
                .add(Rfc7155.CALLED_STATION_ID, "internet")
                .build();
        return node.send(ccr);
    }

    /** CCR-I for a UE on E-UTRAN with {@code framedIp} (the family scenario: no WLAN, no trigger). */
    CompletableFuture<DiameterMessage> initialOnLte(String sessionId, String imsi, String framedIp) {
        DiameterMessage ccr = ccr(sessionId, Rfc4006.CcRequestType.INITIAL_REQUEST, 0)
                .add(Rfc4006.SUBSCRIPTION_ID, g -> g.add(Rfc4006.SUBSCRIPTION_ID_TYPE, Rfc4006.SubscriptionIdType.END_USER_IMSI)
                        .add(Rfc4006.SUBSCRIPTION_ID_DATA, imsi))
                .add(Rfc7155.FRAMED_IP_ADDRESS, address(framedIp).getAddress())
                .add(Ts29212.IP_CAN_TYPE, Ts29212.IpCanType._3GPP_EPS)
                .add(Ts29212.RAT_TYPE, Ts29212.RatType.EUTRAN)
                .add(Ts29061._3GPP_SGSN_MCC_MNC, "00101")
                .add(Rfc7155.CALLED_STATION_ID, "internet")
                .build();
        return node.send(ccr);
    }

    CompletableFuture<DiameterMessage> terminate(String sessionId) {
        return node.send(ccr(sessionId, Rfc4006.CcRequestType.TERMINATION_REQUEST, 1).add(Rfc6733.TERMINATION_CAUSE, Rfc6733.TerminationCause.DIAMETER_LOGOUT).build());
    }

    private MessageBuilder ccr(String sessionId, int type, long number) {
        return GxRequests.ccr(dictionary, sessionId, HOST, REALM, pcrfRealm, type, number);
    }

    private static InetAddress address(String ip) {
        try {
            return InetAddress.getByName(ip);
        } catch (java.net.UnknownHostException e) {
            throw new IllegalArgumentException("not an IP address: " + ip, e);
        }
    }

    @Override
    public void close() {
        node.close();
    }
}
