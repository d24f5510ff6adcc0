package io.pcrfd.bpcf;

import io.pcrfd.diameter.dictionary.AvpKey;
import io.pcrfd.diameter.message.Avp;
import io.pcrfd.diameter.message.DiameterMessage;
import io.pcrfd.diameter.message.MessageBuilder;
import io.pcrfd.diameter.spec.Rfc4006;
import io.pcrfd.diameter.spec.Ts29212;
import java.math.BigInteger;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Usage monitoring on S9a (TS 29.212 §4.5.16, AVPs §5.3.59-63, carried by S9a's {@code *[AVP]}; see
 * the package documentation). What the BPCF writes in a CCR-U or CCR-T, one per key:
 *
 * <pre>
 * Usage-Monitoring-Information (1067, V, 10415) {
 *     Monitoring-Key (1066, V, 10415)
 *     Used-Service-Unit (446, M) { CC-Total-Octets (421, M), [CC-Input-Octets (412, M)], [CC-Output-Octets (414, M)] }
 *     [Usage-Monitoring-Level (1068, V, 10415)]   the level the PCRF gave with the grant
 * }
 * </pre>
 *
 * CC-Input-Octets and CC-Output-Octets are written only when the split of the whole reported
 * volume is known (then they add up to CC-Total-Octets). What it reads in a CCA or RAR: each
 * Usage-Monitoring-Information with its Granted-Service-Unit, Usage-Monitoring-Level,
 * Usage-Monitoring-Report and Usage-Monitoring-Support.
 */
final class UsageAvps {
    private UsageAvps() {
    }

    /**
     * One Usage-Monitoring-Information of a CCA or RAR.
     *
     * @param monitoringKey  null when absent (a report request then covers every key)
     * @param granted        Granted-Service-Unit octets, null when absent
     * @param level          Usage-Monitoring-Level, null when absent
     * @param reportRequired Usage-Monitoring-Report USAGE_MONITORING_REPORT_REQUIRED
     * @param disabled       Usage-Monitoring-Support USAGE_MONITORING_DISABLED
     */
    record Instruction(String monitoringKey, Octets granted, Integer level, boolean reportRequired,
                       boolean disabled) {
        /** The BPCF is asked to report now (a report request, or monitoring disabled: TS 29.212 §4.5.16). */
        boolean reportNow() {
            return reportRequired || disabled;
        }
    }

    static void write(MessageBuilder b, List<UsageReport> reports) {
        for (UsageReport r : reports) {
            b.add(Ts29212.USAGE_MONITORING_INFORMATION, u -> {
                u.add(Ts29212.MONITORING_KEY, r.monitoringKey());
                u.add(Rfc4006.USED_SERVICE_UNIT, su -> {
                    su.add(Rfc4006.CC_TOTAL_OCTETS, r.used().total());
                    if (r.used().split()) {
                        su.add(Rfc4006.CC_INPUT_OCTETS, r.used().input()).add(Rfc4006.CC_OUTPUT_OCTETS, r.used().output());
                    }
                });
                if (r.level() != null) {
                    u.add(Ts29212.USAGE_MONITORING_LEVEL, r.level());
                }
            });
        }
    }

    static List<Instruction> read(DiameterMessage m) {
        List<Instruction> out = new ArrayList<>();
        for (Avp umi : m.avps(Ts29212.USAGE_MONITORING_INFORMATION)) {
            String key = umi.child(Ts29212.MONITORING_KEY).map(QosRuleReader::text).orElse(null);
            Octets granted = umi.child(Rfc4006.GRANTED_SERVICE_UNIT).flatMap(UsageAvps::octets).orElse(null);
            Integer level = umi.child(Ts29212.USAGE_MONITORING_LEVEL).map(Avp::asInt).orElse(null);
            boolean report = umi.child(Ts29212.USAGE_MONITORING_REPORT).map(Avp::asInt)
                    .filter(v -> v == Ts29212.UsageMonitoringReport.USAGE_MONITORING_REPORT_REQUIRED).isPresent();
            boolean disabled = umi.child(Ts29212.USAGE_MONITORING_SUPPORT).map(Avp::asInt)
                    .filter(v -> v == Ts29212.UsageMonitoringSupport.USAGE_MONITORING_DISABLED).isPresent();
            out.add(new Instruction(key, granted, level, report, disabled));
        }
        return out;
    }

    /** The octets a Granted-Service-Unit names; empty when it names none (time or money only). */
    private static Optional<Octets> octets(Avp gsu) {
        Long total = u64(gsu, Rfc4006.CC_TOTAL_OCTETS);
        Long in = u64(gsu, Rfc4006.CC_INPUT_OCTETS);
        Long out = u64(gsu, Rfc4006.CC_OUTPUT_OCTETS);
        if (total == null && in == null && out == null) {
            return Optional.empty();
        }
        return Optional.of(new Octets(total == null ? 0 : total, in, out));
    }

    private static Long u64(Avp parent, AvpKey.Unsigned64 child) {
        return parent.child(child).map(a -> a.asUnsigned64().min(BigInteger.valueOf(Long.MAX_VALUE)).longValue())
                .orElse(null);
    }
}
