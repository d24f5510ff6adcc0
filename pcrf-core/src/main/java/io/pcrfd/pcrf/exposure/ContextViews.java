package io.pcrfd.pcrf.exposure;

import io.pcrfd.pcrf.rest.AnalyticsApi;
import io.pcrfd.store.model.AuthorizedQos;
import io.pcrfd.store.model.PresenceReportingArea;
import io.pcrfd.store.model.SessionContext;
import io.pcrfd.store.model.SessionState;
import io.pcrfd.store.model.UsageMonitor;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.List;

/**
 * A stored {@link SessionContext} in the shape of the SAPC analytics API's context table:
 * dates as {@code dd-mm-yyyyThh:mm:ss} in UTC (the table names no zone; UTC is what a node
 * serving several zones can promise), bit rates in kbit/s (the store keeps bit/s, as on the
 * wire; rounded down), ARP pre-emption flags as "true = DISABLED" (TS 29.212 §5.3.46, §5.3.47:
 * the store keeps "enabled"), PRA status as Unknown, In or Out, a QCI of 0 (no default bearer
 * QoS decided) left out.
 */
public final class ContextViews {
    /** The analytics API's date format, in UTC. */
    public static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("dd-MM-yyyy'T'HH:mm:ss")
            .withZone(ZoneOffset.UTC);

    private ContextViews() {
    }

    public static AnalyticsApi.Context of(SessionContext c) {
        return new AnalyticsApi.Context(c.sessionId(), c.state() == SessionState.ONGOING ? "ongoing" : "closed",
                new AnalyticsApi.TrafficId(c.trafficId().type().name(), c.trafficId().value()), c.apn(),
                c.ipv4Addr(), c.ipv6Prefix(), date(c.startTime()), date(c.updateTime()), c.mcc(), c.mnc(),
                c.ratType(), new AnalyticsApi.PccRules(c.pccRuleIds(), date(c.pccRulesTime())), qos(c.qos()),
                c.pra().stream().map(ContextViews::pra).toList(), c.pcef(),
                c.usage().stream().map(ContextViews::usage).toList());
    }

    static String date(Instant t) {
        return t == null ? null : DATE.format(t);
    }

    private static AnalyticsApi.Qos qos(AuthorizedQos q) {
        if (q == null) {
            return null;
        }
        return new AnalyticsApi.Qos(q.qci() == 0 ? null : q.qci(), kbps(q.apnAmbrDl()), kbps(q.apnAmbrUl()),
                q.bearerId(), kbps(q.mbrDl()), kbps(q.mbrUl()), q.arpPriority() == 0 ? null : q.arpPriority(),
                q.arpPriority() == 0 ? null : !q.arpPreemptionVulnerability(),
                q.arpPriority() == 0 ? null : !q.arpPreemptionCapability());
    }

    /** bit/s to kbit/s; 0 (not authorised) is left out. */
    private static Long kbps(long bitsPerSecond) {
        return bitsPerSecond == 0 ? null : bitsPerSecond / 1000;
    }

    private static AnalyticsApi.Pra pra(PresenceReportingArea p) {
        String status = switch (p.status()) {
            case IN -> "In";
            case OUT -> "Out";
            case UNKNOWN -> "Unknown";
        };
        return new AnalyticsApi.Pra(p.praId(), status);
    }

    private static AnalyticsApi.Usage usage(UsageMonitor m) {
        return new AnalyticsApi.Usage(m.monitoringKey(), m.sessionLevel() ? "SESSION_LEVEL" : "PCC_RULE_LEVEL",
                m.usedOctets(), m.grantedOctets());
    }

    /** Ongoing before closed; among closed, the newest update first (the store's order is kept otherwise). */
    static List<AnalyticsApi.Context> ordered(List<SessionContext> contexts) {
        return contexts.stream().sorted((a, b) -> a.state() != b.state()
                        ? (a.state() == SessionState.ONGOING ? -1 : 1)
                        : a.state() == SessionState.CLOSED ? b.updateTime().compareTo(a.updateTime()) : 0)
                .map(ContextViews::of).toList();
    }
}
