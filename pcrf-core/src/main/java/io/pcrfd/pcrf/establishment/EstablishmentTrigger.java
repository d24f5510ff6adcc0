package io.pcrfd.pcrf.establishment;

import io.pcrfd.pcrf.policy.PolicyState;
import io.pcrfd.store.model.IpCanSession;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;

/**
 * What the Gx flow tells reverse-initiated establishment (TS 29.213 §E.4.2.1). The
 * Gx handler calls these after the store holds the IP-CAN session and never waits on the
 * result before answering the PCEF: a trigger that fails leaves the Gx session as it is.
 */
public interface EstablishmentTrigger {

    /**
     * A Gx IP-CAN session was established (CCR-I answered 2001 and stored). When it carries a
     * UE-Local-IP-Address or HeNB-Local-IP-Address that configuration maps to a peer, and
     * neither an S9a/S9 session nor a pending trigger exists for that local IP, a trigger is
     * sent.
     */
    CompletionStage<TriggerResult> onGxSessionEstablished(IpCanSession session);

    /**
     * The Gx policy of a session changed ({@code before} was installed, {@code after} is now):
     * the linked S9a session, if any, gets a RAR with QoS-Rule-Install/Remove.
     */
    CompletionStage<Void> onPolicyChanged(IpCanSession session, PolicyState before, PolicyState after);

    /**
     * The Gx session ended (CCR-T, or removed by session hygiene): its pending trigger is
     * dropped and its S9a session is released (RAR with Session-Release-Cause; the BPCF then
     * sends CCR-T, TS 29.215 §A.5.2).
     */
    CompletionStage<Void> onGxSessionTerminated(IpCanSession session);

    /** For nodes with establishment disabled: does nothing. */
    EstablishmentTrigger NONE = new EstablishmentTrigger() {
        @Override
        public CompletionStage<TriggerResult> onGxSessionEstablished(IpCanSession session) {
            return CompletableFuture.completedFuture(TriggerResult.notNeeded("establishment disabled"));
        }

        @Override
        public CompletionStage<Void> onPolicyChanged(IpCanSession session, PolicyState before, PolicyState after) {
            return CompletableFuture.completedFuture(null);
        }

        @Override
        public CompletionStage<Void> onGxSessionTerminated(IpCanSession session) {
            return CompletableFuture.completedFuture(null);
        }
    };
}
