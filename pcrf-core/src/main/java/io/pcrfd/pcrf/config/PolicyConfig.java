package io.pcrfd.pcrf.config;

import java.nio.file.Path;
import java.time.ZoneId;
import java.util.List;

/**
 * Where the policy comes from and the facts it needs about this network.
 *
 * @param file      the policy YAML (subscribers, plans); {@code null} means the embedded
 *                  default policy. Relative to the configuration file's directory
 * @param zone      the time zone of time-of-day and day-of-week conditions (an IANA zone id);
 *                  UTC by default so a decision never depends on the host's settings
 * @param homePlmns MCC+MNC of the home networks, as in 3GPP-SGSN-MCC-MNC (TS 29.061 §16.4.7:
 *                  3 digits MCC then 2 or 3 digits MNC, e.g. {@code "00101"}); a serving
 *                  network not in this list means roaming
 */
public record PolicyConfig(Path file, ZoneId zone, List<String> homePlmns) {
    public static final ZoneId DEFAULT_ZONE = ZoneId.of("UTC");

    public PolicyConfig {
        InvalidValueException.check(zone != null, "zone", "must not be empty");
        homePlmns = List.copyOf(homePlmns);
        for (int i = 0; i < homePlmns.size(); i++) {
            InvalidValueException.check(homePlmns.get(i).matches("\\d{5,6}"), "homePlmns[" + i + "]",
                    "must be MCC+MNC as 5 or 6 digits (quote it: \"00101\"), got '" + homePlmns.get(i) + "'");
        }
    }

    public static PolicyConfig defaults() {
        return new PolicyConfig(null, DEFAULT_ZONE, List.of());
    }

    PolicyConfig resolveAgainst(Path dir) {
        return new PolicyConfig(TlsConfig.resolve(dir, file), zone, homePlmns);
    }
}
