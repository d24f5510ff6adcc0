package io.pcrfd.pcrf.cli.demo;

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
                List.of(ApplicationSupport.vendorAuth(10415, ApplicationIds.GX)));
        Dispatcher d = new Dispatcher().register(ApplicationIds.GX, CommandCodes.RE_AUTH, (ctx, rar) ->
                CompletableFuture.completedFuture(ctx.answer(rar).add("Auth-Application-Id", ApplicationIds.GX)
                        .resultCode(ResultCodes.DIAMETER_SUCCESS).build()));
        node = DiameterNode.create(dictionary, NodeOptions.of(me, List.of(),
                List.of(PeerConfig.connect(pcrfHost, pcrfRealm, "127.0.0.1", port))), d).start();
    }

    DiameterNode node() {
        return node;
    }

    /** CCR-I for a UE on WLAN reached through {@code ueLocalIp}. */
    CompletableFuture<DiameterMessage> initial(String sessionId, String imsi, String ueLocalIp) {
        DiameterMessage ccr = ccr(sessionId, "INITIAL_REQUEST", 0)
                .addGrouped("Subscription-Id", g -> g.add("Subscription-Id-Type", "END_USER_IMSI")
                        .add("Subscription-Id-Data", imsi))
                .add("Framed-IP-Address", new byte[] {10, 45, 0, 7})
                .add("IP-CAN-Type", "Non-3GPP-EPS")
                .add("RAT-Type", "WLAN")
                .add("UE-Local-IP-Address", address(ueLocalIp))
                .add("UDP-Source-Port", 4500)
                .add("3GPP-SGSN-MCC-MNC", "00101")
                .add("Called-Station-Id", "internet")
                .build();
        return node.send(ccr);
    }

    CompletableFuture<DiameterMessage> terminate(String sessionId) {
        return node.send(ccr(sessionId, "TERMINATION_REQUEST", 1).add("Termination-Cause", "DIAMETER_LOGOUT").build());
    }

    private MessageBuilder ccr(String sessionId, String type, long number) {
        return MessageBuilder.request(dictionary, ApplicationIds.GX, "CCR")
                .add("Session-Id", sessionId)
                .add("Auth-Application-Id", ApplicationIds.GX)
                .add("Origin-Host", HOST)
                .add("Origin-Realm", REALM)
                .add("Destination-Realm", pcrfRealm)
                .add("CC-Request-Type", type)
                .add("CC-Request-Number", number);
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
