package io.pcrfd.it.compare;

import io.pcrfd.diameter.dictionary.Dictionary;
import io.pcrfd.diameter.message.ApplicationIds;
import io.pcrfd.diameter.message.CommandCodes;
import io.pcrfd.diameter.message.DiameterMessage;
import io.pcrfd.diameter.message.ResultCodes;
import io.pcrfd.diameter.peer.ApplicationSupport;
import io.pcrfd.diameter.peer.DiameterNode;
import io.pcrfd.diameter.peer.Dispatcher;
import io.pcrfd.diameter.peer.ListenAddress;
import io.pcrfd.diameter.peer.LocalIdentity;
import io.pcrfd.diameter.peer.NodeOptions;
import io.pcrfd.diameter.peer.RequestContext;
import io.pcrfd.diameter.spec.Rfc4006;
import io.pcrfd.diameter.spec.Rfc6733;
import java.net.InetAddress;
import java.util.List;
import java.util.concurrent.CompletableFuture;

/**
 * pcrfd's peer layer alone, the counterpart of {@link JdiameterGxServer} in the same-run
 * comparison: a {@link DiameterNode} with the daemon's defaults (admission control, duplicate
 * cache, event loops) whose only handler answers every CCR with the same minimal CCA 2001
 * (Session-Id, Origin-Host, Origin-Realm, Result-Code, Auth-Application-Id, CC-Request-Type
 * and CC-Request-Number). Set against pcrfd with its policy, it splits pcrfd's CPU per
 * request into what the transport and peer layer cost and what handling the request costs.
 *
 * <pre>
 * java -cp CLASSPATH io.pcrfd.it.compare.PeerLayerGxServer PORT REALM
 * </pre>
 */
public final class PeerLayerGxServer {
    private PeerLayerGxServer() {
    }

    public static void main(String[] args) throws Exception {
        int port = Integer.parseInt(args[0]);
        String realm = args.length > 1 ? args[1] : "pcrfd.local";
        InetAddress loopback = InetAddress.getLoopbackAddress();
        LocalIdentity identity = LocalIdentity.of("peer.pcrfd.local", realm, loopback,
                List.of(ApplicationSupport.vendorAuth(10415, ApplicationIds.GX)));
        Dispatcher d = new Dispatcher().register(ApplicationIds.GX, CommandCodes.CREDIT_CONTROL,
                (ctx, ccr) -> CompletableFuture.completedFuture(cca(ctx, ccr)));
        DiameterNode node = DiameterNode.create(Dictionary.standard(),
                NodeOptions.of(identity, List.of(ListenAddress.tcp(loopback, port)), List.of()), d).start();
        System.out.println("listening " + port);
        System.out.flush();
        while (System.in.read() >= 0) {
            // until the parent closes our standard input
        }
        node.close();
        System.exit(0);
    }

    private static DiameterMessage cca(RequestContext ctx, DiameterMessage ccr) {
        return ctx.answer(ccr).add(Rfc6733.AUTH_APPLICATION_ID, ApplicationIds.GX)
                .resultCode(ResultCodes.DIAMETER_SUCCESS)
                .add(ccr.avp(Rfc4006.CC_REQUEST_TYPE).orElseThrow())
                .add(ccr.avp(Rfc4006.CC_REQUEST_NUMBER).orElseThrow()).build();
    }
}
