package io.pcrfd.pcrf.qos;

import io.pcrfd.diameter.message.GroupedAvpBuilder;
import io.pcrfd.diameter.spec.Rfc4006;
import io.pcrfd.diameter.spec.Ts29212;
import io.pcrfd.pcrf.policy.UsageGrant;

/**
 * The contents of Usage-Monitoring-Information (TS 29.212 §5.3.60) the PCRF sends, built in one
 * place for Gx (CCA, RAR to the PCEF) and S9a (CCA, RAR to the BPCF, which uses the Gx usage
 * monitoring procedure).
 */
public final class UsageMonitoringAvps {
    private UsageMonitoringAvps() {
    }

    /** A grant: Monitoring-Key, Granted-Service-Unit (§4.5.16), Usage-Monitoring-Level. */
    public static void grant(GroupedAvpBuilder g, UsageGrant grant) {
        g.add(Ts29212.MONITORING_KEY, grant.key());
        g.add(Rfc4006.GRANTED_SERVICE_UNIT, gsu -> {
            if (grant.total() != null) {
                gsu.add(Rfc4006.CC_TOTAL_OCTETS, grant.total().bytes());
            }
            if (grant.input() != null) {
                gsu.add(Rfc4006.CC_INPUT_OCTETS, grant.input().bytes());
            }
            if (grant.output() != null) {
                gsu.add(Rfc4006.CC_OUTPUT_OCTETS, grant.output().bytes());
            }
            if (grant.time() != null) {
                gsu.add(Rfc4006.CC_TIME, grant.time().toSeconds());
            }
        });
        g.add(Ts29212.USAGE_MONITORING_LEVEL, grant.level().code());
    }

    /** A request for a report now: Monitoring-Key and USAGE_MONITORING_REPORT_REQUIRED (§5.3.64). */
    public static void reportRequired(GroupedAvpBuilder g, String key) {
        g.add(Ts29212.MONITORING_KEY, key)
                .add(Ts29212.USAGE_MONITORING_REPORT, Ts29212.UsageMonitoringReport.USAGE_MONITORING_REPORT_REQUIRED);
    }
}
