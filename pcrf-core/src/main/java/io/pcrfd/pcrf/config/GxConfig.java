package io.pcrfd.pcrf.config;

import java.time.Duration;
import java.util.List;

/**
 * Gx behaviour (TS 29.212).
 *
 * @param supportedFeatures the feature lists this PCRF supports; the CCA echoes only the
 *                          intersection with what the PCEF offered (TS 29.229 §7.2)
 * @param inactivityTimeout a session that has seen no request from its gateway for this long is
 *                          audited away; {@code 0s} disables the audit
 * @param rarRetries        how many times an unanswered RAR is sent again before giving up
 * @param rarTimeout        how long to wait for each RAA
 * @param ruleFailures      what to do with a PCC rule the PCEF reports INACTIVE (Charging-Rule-Report
 *                          in a CCR-U or RAA, TS 29.212 §4.5.12) or whose QoS rule the BPCF rejects
 */
public record GxConfig(List<FeatureListConfig> supportedFeatures, Duration inactivityTimeout,
                       int rarRetries, Duration rarTimeout, RuleFailures ruleFailures) {
    /**
     * {@code keep-out}: recorded, and not offered again while the policy wants it (re-offering a
     * rule the gateway just refused mostly fails again, and each attempt costs a bearer
     * procedure). {@code retry}: recorded, and offered again at the next decision.
     */
    public enum RuleFailures { KEEP_OUT, RETRY }

    /**
     * Feature-List-ID 1 bits 0 (Rel-8), 1 (Rel-9) and 3 (Rel-10): the baseline the engine
     * implements. Bits such as 20 (Fixed Broadband Access Convergence) are switched on in the
     * sample once the matching behaviour exists.
     */
    public static final List<FeatureListConfig> DEFAULT_SUPPORTED_FEATURES =
            List.of(new FeatureListConfig(FeatureListConfig.DEFAULT_VENDOR_ID, 1, List.of(0, 1, 3)));
    public static final Duration DEFAULT_INACTIVITY_TIMEOUT = Duration.ofHours(12);
    public static final int DEFAULT_RAR_RETRIES = 2;
    public static final Duration DEFAULT_RAR_TIMEOUT = Duration.ofSeconds(5);
    public static final RuleFailures DEFAULT_RULE_FAILURES = RuleFailures.KEEP_OUT;

    public GxConfig {
        supportedFeatures = List.copyOf(supportedFeatures);
        Checks.notNegative(inactivityTimeout, "inactivityTimeout");
        Checks.atLeast(rarRetries, 0, "rarRetries");
        Checks.positive(rarTimeout, "rarTimeout");
        if (ruleFailures == null) {
            ruleFailures = DEFAULT_RULE_FAILURES;
        }
    }

    public static GxConfig defaults() {
        return new GxConfig(DEFAULT_SUPPORTED_FEATURES, DEFAULT_INACTIVITY_TIMEOUT, DEFAULT_RAR_RETRIES,
                DEFAULT_RAR_TIMEOUT, DEFAULT_RULE_FAILURES);
    }
}
