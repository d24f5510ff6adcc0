package io.pcrfd.pcrf.establishment.s9a;

import io.pcrfd.store.CasResult;
import io.pcrfd.store.SessionStore;
import io.pcrfd.store.model.IpCanSession;
import io.pcrfd.store.model.LinkedSession;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;
import java.util.function.UnaryOperator;

/**
 * Links and unlinks a peer's S9a (or S9) session to the Gx IP-CAN session it serves, by
 * compare-and-set on the IP-CAN session, re-reading on a race (a Gx CCR-U may update the same
 * record at the same moment).
 */
final class S9aLinks {
    private static final int ATTEMPTS = 4;

    private S9aLinks() {
    }

    static CompletionStage<Optional<IpCanSession>> link(SessionStore store, IpCanSession gx, LinkedSession link) {
        return change(store, gx, links -> {
            links.removeIf(l -> l.sessionId().equals(link.sessionId()));
            links.add(link);
            return links;
        }, ATTEMPTS);
    }

    static CompletionStage<Optional<IpCanSession>> unlink(SessionStore store, IpCanSession gx, String linkedSessionId) {
        return change(store, gx, links -> {
            links.removeIf(l -> l.sessionId().equals(linkedSessionId));
            return links;
        }, ATTEMPTS);
    }

    private static CompletionStage<Optional<IpCanSession>> change(SessionStore store, IpCanSession gx,
                                                                  UnaryOperator<List<LinkedSession>> edit, int left) {
        List<LinkedSession> links = edit.apply(new ArrayList<>(gx.linkedSessions()));
        return store.update(gx.toBuilder().linkedSessions(links).build()).thenCompose(cas -> switch (cas) {
            case CasResult.Applied<IpCanSession> a -> CompletableFuture.completedFuture(Optional.of(a.value()));
            case CasResult.Missing<IpCanSession> m -> CompletableFuture.completedFuture(Optional.<IpCanSession>empty());
            case CasResult.Stale<IpCanSession> s -> left > 1
                    ? change(store, s.current(), edit, left - 1)
                    : CompletableFuture.failedFuture(new IllegalStateException(
                            "IP-CAN session " + gx.sessionId() + " kept changing while linking"));
        });
    }
}
