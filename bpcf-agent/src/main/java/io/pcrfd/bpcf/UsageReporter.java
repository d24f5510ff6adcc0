package io.pcrfd.bpcf;

import io.pcrfd.diameter.message.DiameterMessage;
import io.pcrfd.diameter.message.MessageBuilder;
import io.pcrfd.diameter.message.ResultCodes;
import io.pcrfd.diameter.spec.Rfc4006;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Usage reporting of the BPCF's S9a sessions (TS 29.212 §4.5.16 applied on S9a, see the package
 * documentation): the simulator's usage (sent at once, or held until the key's grant is reached),
 * grants from the CCA and RAR, report requests in a RAR (answered, then reported by CCR-U), and the
 * final usage a CCR-T carries ({@link BpcfSessions#terminate}).
 */
final class UsageReporter {
    private static final Logger LOG = LoggerFactory.getLogger(UsageReporter.class);

    private final BpcfContext ctx;

    UsageReporter(BpcfContext ctx) {
        this.ctx = ctx;
    }

    /** Adds {@code used} to {@code key} of {@code s}; reports it now unless it is held for the grant. */
    CompletionStage<UsageResult> add(BpcfSession s, String key, Octets used, boolean whenGranted) {
        Optional<UsageReport> due = s.usage.add(key, used, whenGranted);
        if (due.isEmpty()) {
            LOG.info("S9a session {}: {} octets of {} held until the grant is reached", s.sessionId, used.total(), key);
            return CompletableFuture.completedFuture(
                    new UsageResult(s.sessionId, key, false, null, null, s.usage.unreported(key)));
        }
        return send(s, List.of(due.get())).thenApply(rc -> new UsageResult(s.sessionId, key, true, rc,
                due.get().used(), s.usage.unreported(key)));
    }

    /**
     * A CCR-U carrying {@code reports}; completes with the Result-Code. On success the usage counts
     * as reported and the CCA's grants are kept; otherwise (error or no answer) the usage is
     * unreported again, to go out in the next report or the CCR-T.
     */
    CompletionStage<Long> send(BpcfSession s, List<UsageReport> reports) {
        MessageBuilder ccr = BpcfSessions.ccr(ctx, s, Rfc4006.CcRequestType.UPDATE_REQUEST);
        UsageAvps.write(ccr, reports);
        LOG.info("S9a CCR-U {} usage {}", s.sessionId, reports);
        return ctx.send(ccr.build()).whenComplete((cca, e) -> {
            if (e == null && ResultCodes.isSuccess(BpcfSessions.resultCode(cca))) {
                s.usage.reported(reports);
                sendDue(s, grants(s, cca));
            } else {
                s.usage.giveBack(reports);
            }
        }).thenApply(BpcfSessions::resultCode);
    }

    /**
     * Keeps the grants of a CCA or RAR; a key whose monitoring the PCRF disabled loses its grant.
     * Returns the reports now due: usage held for a grant that the new grant is already reached by.
     */
    List<UsageReport> grants(BpcfSession s, DiameterMessage m) {
        List<UsageReport> due = new ArrayList<>();
        for (UsageAvps.Instruction i : UsageAvps.read(m)) {
            if (i.monitoringKey() == null) {
                continue;
            }
            s.usage.grant(i.monitoringKey(), i.granted(), i.level()).ifPresent(due::add);
            if (i.disabled()) {
                s.usage.disable(i.monitoringKey());
            }
        }
        return due;
    }

    /** One report per key: {@code a} and {@code b} joined, the usage of a key in both added up. */
    static List<UsageReport> merge(List<UsageReport> a, List<UsageReport> b) {
        Map<String, UsageReport> byKey = new LinkedHashMap<>();
        java.util.stream.Stream.concat(a.stream(), b.stream()).forEach(r -> byKey.merge(r.monitoringKey(), r,
                (x, y) -> new UsageReport(x.monitoringKey(), x.used().plus(y.used()), x.level())));
        return List.copyOf(byKey.values());
    }

    /** Sends {@code due} (a grant already reached) once the current answer is written. */
    void sendDue(BpcfSession s, List<UsageReport> due) {
        if (!due.isEmpty()) {
            ctx.afterAnswer().execute(() -> sendRequested(s, due));
        }
    }

    /**
     * The reports a RAR asks for (Usage-Monitoring-Report REQUIRED, or monitoring disabled):
     * the named key's usage, zero included; every key the session knows when the key is absent.
     */
    List<UsageReport> requested(BpcfSession s, DiameterMessage rar) {
        List<UsageReport> out = new ArrayList<>();
        for (UsageAvps.Instruction i : UsageAvps.read(rar)) {
            if (!i.reportNow()) {
                continue;
            }
            if (i.monitoringKey() == null) {
                out.addAll(s.usage.takeAll());
            } else {
                out.add(s.usage.take(i.monitoringKey()));
            }
        }
        return out;
    }

    /** Sends what a RAR asked for (or a grant made due), after the answer; nothing to report is logged. */
    void sendRequested(BpcfSession s, List<UsageReport> reports) {
        if (reports.isEmpty()) {
            LOG.info("S9a session {}: usage report requested, but no Monitoring-Key known: nothing sent", s.sessionId);
            return;
        }
        send(s, reports).whenComplete((rc, e) -> {
            if (e != null || !ResultCodes.isSuccess(rc)) {
                LOG.warn("S9a session {}: the requested usage report was answered {}", s.sessionId,
                        e != null ? e.toString() : rc);
            }
        });
    }
}
