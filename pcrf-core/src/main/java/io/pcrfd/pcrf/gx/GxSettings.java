package io.pcrfd.pcrf.gx;

import io.pcrfd.pcrf.config.ExposureConfig;
import io.pcrfd.pcrf.config.FeatureListConfig;
import io.pcrfd.pcrf.config.GxConfig;
import io.pcrfd.pcrf.config.NodeConfig;
import io.pcrfd.store.model.IpCanSession;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Objects;

/**
 * What the Gx application needs from the node configuration, in one immutable value, plus
 * the Gx choices the configuration file does not (yet) expose, each with a named default.
 *
 * @param originHost            Origin-Host of CCA and RAR
 * @param originRealm           Origin-Realm of CCA and RAR
 * @param supportedFeatures     Supported-Features lists this PCRF answers with (intersected)
 * @param zone                  the zone of time-of-day conditions
 * @param inactivityTimeout     sessions untouched this long are audited away; zero disables the
 *                              audit of silent sessions; the store's expiry follows from it
 *                              ({@link #sessionExpiry})
 * @param rarRetries            re-sends of an unanswered RAR before giving up
 * @param rarTimeout            how long one RAR waits for its RAA
 * @param usageRetention        how long a subscriber's accumulated usage per Monitoring-Key is
 *                              kept after the last report
 * @param contextRetention      how long a closed session context is kept: {@code
 *                              store.closedRetention}, or with session context exposure on,
 *                              {@code exposure.removeClosedAfter} (never: for ever)
 * @param closedRemovalAge      with exposure on and a removal age set, closed contexts of a
 *                              subscriber older than this are removed when one of its sessions
 *                              ends; null for no such check
 * @param requireSubscriptionId refuse a CCR-I without Subscription-Id (5005)
 * @param ruleFailureHandling   what to do with rules the PCEF reported as failed
 */
public record GxSettings(String originHost, String originRealm, List<FeatureListConfig> supportedFeatures,
                         ZoneId zone, Duration inactivityTimeout, int rarRetries, Duration rarTimeout,
                         Duration usageRetention, Duration contextRetention,
                         boolean requireSubscriptionId, RuleFailureHandling ruleFailureHandling,
                         Duration closedRemovalAge) {
    /**
     * The least time the store keeps a silent session beyond {@code inactivityTimeout}: an hour
     * covers an audit pass every minute or less, a backlog of silent sessions ended 1,000 per
     * pass, and a restart of the node; a longer timeout gets a margin as long as itself.
     */
    public static final Duration MIN_EXPIRY_MARGIN = Duration.ofHours(1);
    /**
     * Usage counters outlive sessions on purpose (a "throttle after 1 GB" must survive
     * reconnection); a month covers the usual monthly quota period. They expire silently: a
     * counter's end ends no session and tells no peer anything.
     */
    public static final Duration DEFAULT_USAGE_RETENTION = Duration.ofDays(31);
    public static final boolean DEFAULT_REQUIRE_SUBSCRIPTION_ID = true;

    /**
     * What to do with a rule reported INACTIVE in Charging-Rule-Report (TS 29.212 §4.5.12);
     * set by {@code gx.ruleFailures} ({@link GxConfig.RuleFailures}, the same two choices).
     * {@code KEEP_OUT}: the failure is recorded and the rule is not offered again while the
     * policy wants it (re-offering a rule the gateway just refused mostly fails again, and each
     * attempt costs a bearer procedure). {@code RETRY}: the failure is recorded and forgotten
     * after one decision, so the next CCR-U or RAR offers the rule once more.
     */
    public enum RuleFailureHandling { KEEP_OUT, RETRY }

    public GxSettings {
        Objects.requireNonNull(originHost, "originHost");
        Objects.requireNonNull(originRealm, "originRealm");
        supportedFeatures = List.copyOf(supportedFeatures);
        Objects.requireNonNull(zone, "zone");
        Objects.requireNonNull(ruleFailureHandling, "ruleFailureHandling");
    }

    /** The settings of a node, with the defaults above for what its file does not hold. */
    public static GxSettings from(NodeConfig node) {
        GxConfig gx = node.gx();
        ExposureConfig exposure = node.exposure();
        Duration removalAge = exposure.enabled() ? exposure.removeClosedAfter().age() : null;
        Duration retention = !exposure.enabled() ? node.store().closedRetention()
                : removalAge == null ? ChronoUnit.FOREVER.getDuration() : removalAge;
        return new GxSettings(node.diameter().originHost(), node.diameter().originRealm(), gx.supportedFeatures(),
                node.policy().zone(), gx.inactivityTimeout(), gx.rarRetries(), gx.rarTimeout(),
                DEFAULT_USAGE_RETENTION, retention,
                DEFAULT_REQUIRE_SUBSCRIPTION_ID, RuleFailureHandling.valueOf(gx.ruleFailures().name()), removalAge);
    }

    /**
     * Until when the closed context of a session closed at {@code closedAt} is kept:
     * {@link #contextRetention} later, or {@link IpCanSession#NO_EXPIRY} when that is further.
     */
    public Instant contextRetainedUntil(Instant closedAt) {
        return contextRetention.compareTo(Duration.between(closedAt, IpCanSession.NO_EXPIRY)) >= 0
                ? IpCanSession.NO_EXPIRY : closedAt.plus(contextRetention);
    }

    /** The settings of {@link NodeConfig#defaults()}. */
    public static GxSettings defaults() {
        return from(NodeConfig.defaults());
    }

    /**
     * When the store may expire a session last active at {@code lastActivity}. With no
     * inactivity timeout ({@code 0s}: silent sessions are kept), never
     * ({@link IpCanSession#NO_EXPIRY}): the session ends by CCR-T, eviction, a gateway restart
     * or a RAA 5002. With a timeout T, T plus a margin of T again, at least
     * {@link #MIN_EXPIRY_MARGIN}: the audit ends the session after T, with the whole
     * end-of-session path; the store's expiry is the backstop for when no audit ran, and what
     * it expires is still ended by the audit ({@link SessionHygiene}). Renewed by every CCR
     * and RAA, which also move {@code updatedAt}.
     */
    public Instant sessionExpiry(Instant lastActivity) {
        if (inactivityTimeout.isZero()) {
            return IpCanSession.NO_EXPIRY;
        }
        Duration margin = inactivityTimeout.compareTo(MIN_EXPIRY_MARGIN) > 0 ? inactivityTimeout : MIN_EXPIRY_MARGIN;
        Duration lifetime = inactivityTimeout.plus(margin);
        return lifetime.compareTo(Duration.between(lastActivity, IpCanSession.NO_EXPIRY)) >= 0
                ? IpCanSession.NO_EXPIRY : lastActivity.plus(lifetime);
    }

    public GxSettings withRuleFailureHandling(RuleFailureHandling value) {
        return new GxSettings(originHost, originRealm, supportedFeatures, zone, inactivityTimeout, rarRetries,
                rarTimeout, usageRetention, contextRetention, requireSubscriptionId, value, closedRemovalAge);
    }

    public GxSettings withInactivityTimeout(Duration value) {
        return new GxSettings(originHost, originRealm, supportedFeatures, zone, value, rarRetries,
                rarTimeout, usageRetention, contextRetention, requireSubscriptionId, ruleFailureHandling,
                closedRemovalAge);
    }
}
