package io.pcrfd.diameter.peer;

import io.pcrfd.diameter.message.Avp;
import io.pcrfd.diameter.message.DiameterMessage;
import io.pcrfd.diameter.peer.routing.Route;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.atomic.AtomicBoolean;

/**
 * Chooses the connection for a request we send (RFC 6733 §6.1): Destination-Host when it
 * names one of our peers (that peer only, OKAY or REOPEN); otherwise Destination-Realm
 * through the realm table, whose default routes (§2.7) take realms no peer serves for the
 * applications they share with us. A realm-routed request whose connection drops before the answer is
 * sent once more to another peer of the realm with the T bit set (RFC 6733 §5.5.4, §3).
 */
final class NodeRouter {
    private static final int DESTINATION_HOST = 293;
    private static final int DESTINATION_REALM = 283;

    private final NodeContext ctx;
    private final AtomicBoolean shuttingDown;

    NodeRouter(NodeContext ctx, AtomicBoolean shuttingDown) {
        this.ctx = ctx;
        this.shuttingDown = shuttingDown;
    }

    CompletableFuture<DiameterMessage> send(DiameterMessage request) {
        if (shuttingDown.get()) {
            return fail(LocalRequestException.Reason.SHUTTING_DOWN, "the node is shutting down");
        }
        DiameterMessage r = request.endToEnd().value() == 0
                ? request.withEndToEnd(ctx.endToEndIds().next()) : request;
        String host = r.avp(DESTINATION_HOST, 0).map(Avp::asUtf8String).orElse(null);
        Peer byHost = host == null ? null : ctx.peers().get(NodeContext.key(host));
        if (byHost != null) {
            return viaPeer(byHost, r);
        }
        String realm = r.avp(DESTINATION_REALM, 0).map(Avp::asUtf8String).orElse(null);
        if (realm == null) {
            return fail(LocalRequestException.Reason.UNABLE_TO_DELIVER,
                    "no Destination-Host peer and no Destination-Realm (" + host + ")");
        }
        return viaRealm(realm, r).exceptionallyCompose(e -> retryElsewhere(realm, r, e));
    }

    private CompletableFuture<DiameterMessage> viaPeer(Peer p, DiameterMessage r) {
        Connection c = p.active();
        if (c == null || p.health() == Route.Health.UNAVAILABLE) {
            return fail(LocalRequestException.Reason.UNABLE_TO_DELIVER, "peer " + p.host() + " is "
                    + p.state() + "/" + p.watchdog().status().state());
        }
        return c.sendRequest(r, ctx.options().requestTimeout().toNanos());
    }

    private CompletableFuture<DiameterMessage> viaRealm(String realm, DiameterMessage r) {
        long app = r.applicationId();
        Peer p = ctx.routes().select(realm, app);
        if (p == null) {
            if (ctx.routes().serves(realm)) {
                return fail(LocalRequestException.Reason.UNABLE_TO_DELIVER, "no healthy peer in realm " + realm);
            }
            return ctx.routes().serves(realm, app)
                    ? fail(LocalRequestException.Reason.UNABLE_TO_DELIVER, "no peer serves realm " + realm
                            + " and no default route for application " + app + " is healthy")
                    : fail(LocalRequestException.Reason.REALM_NOT_SERVED, "no peer serves realm " + realm);
        }
        return viaPeer(p, r);
    }

    private CompletableFuture<DiameterMessage> retryElsewhere(String realm, DiameterMessage r, Throwable e) {
        Throwable cause = e instanceof CompletionException && e.getCause() != null ? e.getCause() : e;
        if (cause instanceof LocalRequestException l && l.reason() == LocalRequestException.Reason.CONNECTION_LOST) {
            return viaRealm(realm, r.withFlags(r.flags().withRetransmitted(true)));
        }
        return CompletableFuture.failedFuture(cause);
    }

    private static CompletableFuture<DiameterMessage> fail(LocalRequestException.Reason reason, String text) {
        return CompletableFuture.failedFuture(new LocalRequestException(reason, text));
    }
}
