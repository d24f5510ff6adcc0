package io.pcrfd.pcrf.policy;

import io.pcrfd.pcrf.config.DataSize;
import io.pcrfd.pcrf.config.InvalidValueException;
import java.util.List;

/**
 * A metering policy as the policy file writes it. A primary policy writes its Monitoring-Key and
 * quota; a secondary ({@code inherits: primary}) writes only what it overrides: every other
 * attribute (quota, grant, rating, thresholds, reset) is its primary's. The Monitoring-Key is
 * always the primary's: usage charged to both must be the same usage.
 *
 * @param inherits      the primary policy; null for a primary
 * @param when          the applicability condition; a secondary applies when its primary's and
 *                      its own both hold
 * @param monitoringKey the Monitoring-Key the PCEF and the BPCF report this usage under
 *                      (Usage-Monitoring-Information, TS 29.212 §5.3.60); primaries only
 * @param quota         the rated volume of one period
 * @param grant         the largest grant sent for the key; cut to the next threshold (default 100MB)
 * @param rating        rating factors, first match wins; none: 1
 * @param then          actions while this policy is the active one, on both networks (rule-based
 *                      metering: "2 Mbps for the next 20 GB"); before any threshold's
 * @param thresholds    thresholds and their actions
 * @param reset         the period
 */
public record MeteringPolicyDef(String inherits, Conditions when, String monitoringKey, DataSize quota,
                                DataSize grant, List<RatingEntry> rating, Actions then,
                                List<MeteringThreshold> thresholds, MeteringReset reset) {
    public MeteringPolicyDef {
        when = when == null ? Conditions.ALWAYS : when;
        // empty lists from the file mean "not written": a secondary then inherits them
        rating = rating == null || rating.isEmpty() ? null : List.copyOf(rating);
        thresholds = thresholds == null || thresholds.isEmpty() ? null : List.copyOf(thresholds);
        then = Actions.NONE.equals(then) ? null : then;
        InvalidValueException.check(then == null || then.reject() == null, "then.reject",
                "a metering policy throttles, redirects or changes rules; it does not reject");
    }

    /** Checks what depends on whether this is a primary; {@code path} names it in messages. */
    void check(String path) {
        InvalidValueException.check(inherits == null || monitoringKey == null, path + ".monitoringKey",
                "a secondary policy counts its primary's Monitoring-Key; remove monitoringKey or inherits");
        InvalidValueException.check(inherits != null || (monitoringKey != null && !monitoringKey.isBlank()),
                path + ".monitoringKey", "a primary metering policy needs the Monitoring-Key its usage is reported under");
        InvalidValueException.check(inherits != null || quota != null, path + ".quota",
                "a primary metering policy needs a quota");
        InvalidValueException.check(quota == null || quota.bytes() > 0, path + ".quota", "must be larger than 0");
        InvalidValueException.check(grant == null || grant.bytes() > 0, path + ".grant", "must be larger than 0");
        checkTestable(when, path + ".when");
        if (rating != null) {
            for (int i = 0; i < rating.size(); i++) {
                checkTestable(rating.get(i).when(), path + ".rating[" + i + "].when");
            }
        }
    }

    /**
     * A metering condition is tested when a report arrives, from either network, where the
     * plan's usage totals and the Sy counter statuses of a decision are not at hand; a usage or
     * counter condition belongs in the plan's rules.
     */
    private static void checkTestable(Conditions c, String path) {
        InvalidValueException.check(c.usage() == null, path + ".usage",
                "metering conditions cannot test plan usage totals (they are tested as reports arrive); "
                        + "test them in a plan rule");
        InvalidValueException.check(c.counter() == null, path + ".counter",
                "metering conditions cannot test Sy counters (they are tested as reports arrive, without a Sy "
                        + "status at hand); test them in a plan rule");
    }
}
