package io.pcrfd.pcrf.config;

/**
 * A PCRF sub-pool rule: a new binding whose pool is {@code pool} and whose CCR-I came from a
 * matching Origin-Host goes to {@code subPool} instead. Of several matching rules the one of the
 * best priority wins; at equal priority a full match beats a partial one, and a longer partial
 * value beats a shorter one.
 *
 * @param pool       the pool the APN rules chose
 * @param originHost the Origin-Host value to match, ignoring case
 * @param match      {@code full}: the whole Origin-Host; {@code prefix} or {@code suffix}: a
 *                   partial match at its start or end ({@code .west.example.net})
 * @param priority   1 is the highest
 * @param subPool    the pool used instead (a {@code dra.pools} name)
 */
public record DraSubPoolRuleConfig(@Required String pool, @Required String originHost, Match match, int priority,
                                   @Required String subPool) {
    public static final Match DEFAULT_MATCH = Match.FULL;
    public static final int DEFAULT_PRIORITY = 1;

    /** How {@code originHost} is compared with the CCR-I's Origin-Host. */
    public enum Match { FULL, PREFIX, SUFFIX }

    public DraSubPoolRuleConfig {
        Checks.atLeast(priority, 1, "priority");
        InvalidValueException.check(originHost == null || !originHost.isBlank(), "originHost", "must not be empty");
    }

    public static DraSubPoolRuleConfig defaults() {
        return new DraSubPoolRuleConfig(null, null, DEFAULT_MATCH, DEFAULT_PRIORITY, null);
    }
}
