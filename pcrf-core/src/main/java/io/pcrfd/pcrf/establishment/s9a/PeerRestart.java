package io.pcrfd.pcrf.establishment.s9a;

import io.pcrfd.store.model.IpCanSession;
import io.pcrfd.store.model.LinkedInterface;
import io.pcrfd.store.model.LinkedSession;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;

/**
 * A BPCF (or V-PCRF) announced a new Origin-State-Id: it restarted and lost its sessions
 * (RFC 6733 §8.16), so the S9a (S9) sessions it owned are ended here too. S9a has no
 * abort-session procedure, and the peer no longer knows the Session-Ids, so nothing is sent:
 * the links are removed from their IP-CAN sessions, which then need the peer again.
 */
public final class PeerRestart {
    private final S9aContext ctx;

    public PeerRestart(S9aContext ctx) {
        this.ctx = ctx;
    }

    /** Unlinks every S9a/S9 session {@code peerHost} owned; completes with the IP-CAN sessions as they are now. */
    public CompletionStage<List<IpCanSession>> unlinkAll(String peerHost) {
        return ctx.store().sessions().findByLinkedPeer(peerHost).thenCompose(found -> {
            CompletionStage<List<IpCanSession>> done = CompletableFuture.completedFuture(new ArrayList<>());
            for (IpCanSession gx : found) {
                done = done.thenCompose(list -> unlink(gx, peerHost).thenApply(now -> {
                    now.ifPresent(list::add);
                    return list;
                }));
            }
            return done;
        });
    }

    private CompletionStage<Optional<IpCanSession>> unlink(IpCanSession gx, String peerHost) {
        List<LinkedSession> gone = gx.linkedSessions().stream().filter(l -> l.peer().equals(peerHost)
                && (l.iface() == LinkedInterface.S9A || l.iface() == LinkedInterface.S9)).toList();
        CompletionStage<Optional<IpCanSession>> now = CompletableFuture.completedFuture(Optional.of(gx));
        for (LinkedSession link : gone) {
            ctx.unlinked(link.sessionId());
            now = now.thenCompose(cur -> cur.isEmpty() ? CompletableFuture.completedFuture(cur)
                    : S9aLinks.unlink(ctx.store().sessions(), cur.get(), link.sessionId()));
        }
        return now;
    }
}
