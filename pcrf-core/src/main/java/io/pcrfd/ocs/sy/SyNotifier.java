package io.pcrfd.ocs.sy;

import io.pcrfd.diameter.dictionary.Dictionary;
import io.pcrfd.diameter.message.ApplicationIds;
import io.pcrfd.diameter.message.Avp;
import io.pcrfd.diameter.message.DiameterMessage;
import io.pcrfd.diameter.message.MessageBuilder;
import io.pcrfd.diameter.message.ResultCodes;
import io.pcrfd.diameter.spec.Rfc6733;
import io.pcrfd.ocs.account.OcsIdentity;
import io.pcrfd.ocs.account.Subscriber;
import io.pcrfd.ocs.counter.CounterReport;
import java.time.Clock;
import java.util.List;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Consumer;
import java.util.function.Function;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Sends SNR (TS 29.219 §4.5) to the client of each Sy session whose subscribed counters'
 * reports changed: a status derived from a balance that crossed a threshold, an operator's status,
 * a pending status with its change time. Only the changed counters are reported. The SNR goes to
 * the session's client by Destination-Host, so over the connection the client opened. An SNA
 * with 5002 DIAMETER_UNKNOWN_SESSION_ID ends the session here too.
 */
public final class SyNotifier implements Consumer<Subscriber> {
    private static final Logger LOG = LoggerFactory.getLogger(SyNotifier.class);

    private final Dictionary dictionary;
    private final OcsIdentity local;
    private final SySessions sessions;
    private final Clock clock;
    private final Function<DiameterMessage, CompletionStage<DiameterMessage>> send;
    private final AtomicLong sent = new AtomicLong();
    private final AtomicLong failed = new AtomicLong();

    public SyNotifier(Dictionary dictionary, OcsIdentity local, SySessions sessions, Clock clock,
                      Function<DiameterMessage, CompletionStage<DiameterMessage>> send) {
        this.dictionary = dictionary;
        this.local = local;
        this.sessions = sessions;
        this.clock = clock;
        this.send = send;
    }

    /** {@code s}'s balances or statuses may have changed: notify the sessions that see a change. */
    @Override
    public void accept(Subscriber s) {
        for (SySession session : sessions.of(s)) {
            List<CounterReport> changed = session.changes(s.reports(session.counters(), clock.instant()));
            if (!changed.isEmpty()) {
                notify(session, changed);
            }
        }
    }

    private void notify(SySession session, List<CounterReport> changed) {
        MessageBuilder b = MessageBuilder.request(dictionary, ApplicationIds.SY, "SNR")
                .add(Rfc6733.SESSION_ID, session.id())
                .originHost(local.originHost()).originRealm(local.originRealm())
                .add(Rfc6733.DESTINATION_REALM, session.clientRealm())
                .add(Rfc6733.DESTINATION_HOST, session.clientHost())
                .add(Rfc6733.AUTH_APPLICATION_ID, ApplicationIds.SY)
                .add(Rfc6733.ORIGIN_STATE_ID, local.originStateId());
        changed.forEach(r -> SyAvps.report(b, r));
        sent.incrementAndGet();
        LOG.info("SNR on Sy session {}: {}", session.id(), changed);
        send.apply(b.build()).whenComplete((sna, e) -> answered(session, sna, e));
    }

    private void answered(SySession session, DiameterMessage sna, Throwable e) {
        long rc = sna == null ? -1 : sna.avp(Rfc6733.RESULT_CODE).map(Avp::asUnsigned32).orElse(-1L);
        if (rc == ResultCodes.DIAMETER_SUCCESS) {
            return;
        }
        failed.incrementAndGet();
        if (rc == ResultCodes.DIAMETER_UNKNOWN_SESSION_ID) {
            sessions.remove(session.id());
            LOG.info("the client does not know Sy session {} any more (SNA 5002): ended", session.id());
        } else {
            LOG.warn("SNR on Sy session {} not confirmed: {}", session.id(), e != null ? e.toString() : "result " + rc);
        }
    }

    /** SNRs sent. */
    public long sent() {
        return sent.get();
    }

    /** SNRs answered other than 2001, or not at all. */
    public long failed() {
        return failed.get();
    }
}
