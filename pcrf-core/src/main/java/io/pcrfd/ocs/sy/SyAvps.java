package io.pcrfd.ocs.sy;

import io.pcrfd.diameter.message.Avp;
import io.pcrfd.diameter.message.DiameterMessage;
import io.pcrfd.diameter.message.TypedAvps;
import io.pcrfd.diameter.spec.Rfc4006;
import io.pcrfd.diameter.spec.Ts29219;
import io.pcrfd.ocs.counter.CounterReport;
import io.pcrfd.ocs.counter.PendingStatus;
import java.util.List;

/** The Sy AVPs the OCS reads and writes (TS 29.219 §5.3), built in one place for SLA and SNR. */
final class SyAvps {
    private SyAvps() {
    }

    /**
     * Policy-Counter-Status-Report ::= {Policy-Counter-Identifier} {Policy-Counter-Status}
     * *[Pending-Policy-Counter-Information], the pending ones sorted by change time (TS 29.219 §5.3).
     */
    static <B extends TypedAvps<B>> B report(B b, CounterReport r) {
        return b.add(Ts29219.POLICY_COUNTER_STATUS_REPORT, g -> {
            g.add(Ts29219.POLICY_COUNTER_IDENTIFIER, r.counter()).add(Ts29219.POLICY_COUNTER_STATUS, r.status());
            for (PendingStatus p : r.pending()) {
                g.add(Ts29219.PENDING_POLICY_COUNTER_INFORMATION, pi -> pi
                        .add(Ts29219.POLICY_COUNTER_STATUS, p.status())
                        .add(Ts29219.PENDING_POLICY_COUNTER_CHANGE_TIME, p.at()));
            }
        });
    }

    /** Every Subscription-Id-Data of the request, in order (RFC 4006 §8.46). */
    static List<String> subscriptionIds(DiameterMessage m) {
        return m.avps(Rfc4006.SUBSCRIPTION_ID).stream().flatMap(s -> s.child(Rfc4006.SUBSCRIPTION_ID_DATA).stream())
                .map(Avp::asUtf8String).toList();
    }
}
