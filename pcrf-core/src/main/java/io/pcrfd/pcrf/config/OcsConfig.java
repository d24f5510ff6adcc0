package io.pcrfd.pcrf.config;

import java.nio.file.Path;
import java.time.Duration;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The OCS role's own settings (a lab online charging system answering Sy and Gy); ignored in
 * the other roles. The sample {@code config/ocs.yaml} documents every key.
 *
 * @param intervals    the charging interval reserved per unit requested: always granted whole
 * @param validityTime Validity-Time of each grant (RFC 4006 §8.33)
 * @param ratingGroups the unit a rating group is charged in when its Requested-Service-Unit names
 *                     none ({@code "10": seconds}); absent groups are charged in octets
 * @param currencyCode ISO 4217 code put in CC-Money (RFC 4006 §8.23); 978 is the euro
 * @param stateFile    where the OCS keeps its last Origin-State-Id, so the next start announces a
 *                     higher one even if the clock went back (RFC 6733 §8.16); null: the start time
 * @param accounts     the subscribers' accounts
 */
public record OcsConfig(ChargingIntervalsConfig intervals, Duration validityTime, Map<String, CreditUnit> ratingGroups,
                        long currencyCode, Path stateFile, List<OcsAccountConfig> accounts) {
    public static final Duration DEFAULT_VALIDITY_TIME = Duration.ofHours(1);
    public static final long DEFAULT_CURRENCY_CODE = 978;

    public OcsConfig {
        InvalidValueException.check(!validityTime.isNegative() && !validityTime.isZero()
                && validityTime.toSeconds() <= 0xFFFF_FFFFL, "validityTime", "must be 1 s to 2^32-1 s");
        InvalidValueException.check(currencyCode >= 0 && currencyCode <= 999, "currencyCode",
                "must be an ISO 4217 numeric code, 0 to 999");
        ratingGroups = Map.copyOf(ratingGroups);
        for (String rg : ratingGroups.keySet()) {
            InvalidValueException.check(rg.matches("\\d{1,10}") && Long.parseLong(rg) <= 0xFFFF_FFFFL,
                    "ratingGroups." + rg, "a Rating-Group is an Unsigned32 number");
        }
        accounts = List.copyOf(accounts);
        Set<String> ids = new HashSet<>();
        for (int i = 0; i < accounts.size(); i++) {
            for (String s : accounts.get(i).subscribers()) {
                InvalidValueException.check(ids.add(s), "accounts[" + i + "].subscribers",
                        "subscriber '" + s + "' already names another account");
            }
        }
    }

    public static OcsConfig defaults() {
        return new OcsConfig(ChargingIntervalsConfig.defaults(), DEFAULT_VALIDITY_TIME, Map.of(), DEFAULT_CURRENCY_CODE,
                null, List.of());
    }

    OcsConfig resolveAgainst(Path dir) {
        return stateFile == null || stateFile.isAbsolute() ? this : new OcsConfig(intervals, validityTime, ratingGroups,
                currencyCode, dir.resolve(stateFile), accounts);
    }
}
