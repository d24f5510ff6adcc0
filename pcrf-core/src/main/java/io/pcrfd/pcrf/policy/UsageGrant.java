package io.pcrfd.pcrf.policy;

import io.pcrfd.pcrf.config.DataSize;
import io.pcrfd.pcrf.config.InvalidValueException;
import io.pcrfd.pcrf.config.Required;
import java.time.Duration;

/**
 * A usage monitoring grant for one Monitoring-Key (TS 29.212 §4.5.16, §5.3.57): the
 * thresholds the PCEF reports at, carried in Granted-Service-Unit as CC-Total-Octets,
 * CC-Input-Octets, CC-Output-Octets and CC-Time. In the policy file this is what a plan wants
 * granted; in a {@link Decision} it is what is actually sent, after capping to the next usage
 * threshold (see {@link GrantPlanner}).
 *
 * @param key    Monitoring-Key
 * @param total  CC-Total-Octets
 * @param input  CC-Input-Octets (uplink)
 * @param output CC-Output-Octets (downlink)
 * @param time   CC-Time (whole seconds)
 * @param level  Usage-Monitoring-Level; session when not written
 */
public record UsageGrant(@Required String key, DataSize total, DataSize input, DataSize output,
                         Duration time, MonitoringLevel level) {
    public UsageGrant {
        InvalidValueException.check(key == null || !key.isBlank(), "key", "must not be empty");
        InvalidValueException.check(key == null || total != null || input != null || output != null || time != null,
                "total", "a grant needs at least one of total, input, output or time");
        InvalidValueException.check(time == null || time.toSeconds() > 0, "time", "must be at least 1s");
        level = level == null ? MonitoringLevel.SESSION : level;
    }

    /** A session-level grant of {@code total} octets. */
    public static UsageGrant ofTotal(String key, long totalOctets) {
        return new UsageGrant(key, DataSize.ofBytes(totalOctets), null, null, null, MonitoringLevel.SESSION);
    }
}
