package io.pcrfd.store;

import io.pcrfd.store.model.SubscriberBinding;
import io.pcrfd.store.model.SubscriberId;
import java.util.Optional;
import java.util.concurrent.CompletionStage;

/** Subscriber + APN → owning PCRF node (TS 29.213 §7.3 Policy DRA binding). */
public interface BindingStore {

    /**
     * Stores the binding unless a live binding of another node exists for the same
     * subscriber + APN, which is then returned as {@link Claim.Held}. A binding of the same
     * node is replaced (this refreshes its expiry). Of N racing callers exactly one node wins.
     */
    CompletionStage<Claim<SubscriberBinding>> bindIfAbsent(SubscriberBinding binding);

    CompletionStage<Optional<SubscriberBinding>> find(SubscriberId subscriber, String apn);

    /** Removes the binding only if {@code pcrfNode} owns it; true when removed. */
    CompletionStage<Boolean> release(SubscriberId subscriber, String apn, String pcrfNode);
}
