package io.pcrfd.pcrf.establishment;

import io.pcrfd.pcrf.establishment.s9a.S9aPolicyPush;
import io.pcrfd.pcrf.establishment.s9a.S9aRequestHandler;
import io.pcrfd.pcrf.policy.PolicyState;
import io.pcrfd.store.model.IpCanSession;
import java.util.concurrent.CompletionStage;

/**
 * The {@link EstablishmentTrigger} the Gx flow calls: the initiator for new sessions, the S9a
 * push for policy changes and releases. Also hands out the S9a CCR handler wired to the
 * initiator (a matched CCR-I ends a one-shot trigger session and is counted).
 */
public final class EstablishmentService implements EstablishmentTrigger {
    private final EstablishmentInitiator initiator;
    private final S9aPolicyPush push;

    public EstablishmentService(EstablishmentInitiator initiator, S9aPolicyPush push) {
        this.initiator = initiator;
        this.push = push;
    }

    public EstablishmentInitiator initiator() {
        return initiator;
    }

    /** The handler for CCRs arriving on S9a (and S9), wired to this service's initiator. */
    public S9aRequestHandler s9aHandler(io.pcrfd.pcrf.establishment.s9a.S9aContext ctx) {
        return new S9aRequestHandler(ctx, initiator::peerSessionUp, initiator.counters()::unmatched);
    }

    @Override
    public CompletionStage<TriggerResult> onGxSessionEstablished(IpCanSession session) {
        return initiator.onGxSessionEstablished(session);
    }

    @Override
    public CompletionStage<Void> onPolicyChanged(IpCanSession session, PolicyState before, PolicyState after) {
        return push.policyChanged(session, before, after);
    }

    @Override
    public CompletionStage<Void> onGxSessionTerminated(IpCanSession session) {
        return initiator.cancel(session).thenCompose(x -> push.release(session));
    }
}
