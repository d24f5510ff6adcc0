package io.pcrfd.pcrf.config;

import java.time.Duration;
import java.util.Map;

/**
 * The stale-binding audit of the Policy DRA: now and then it asks each binding's PCRF whether
 * it still knows the binding's sessions, and removes the binding when it knows none of them
 * (the PCRF restarted without its state, or ended them without the DRA seeing it).
 *
 * @param enabled  off by default
 * @param interval how often a pass runs
 * @param minAge   bindings younger than this are left alone (their CCR-I may be in flight)
 * @param batch    at most this many bindings are looked at per pass
 * @param pcrfRest each PCRF's admin REST base URL ({@code http://10.0.0.5:8080}); the audit asks
 *                 {@code GET /sessions/{Session-Id}} there, 404 meaning unknown. A PCRF with no
 *                 entry is not audited
 */
public record DraAuditConfig(boolean enabled, Duration interval, Duration minAge, int batch,
                             Map<String, String> pcrfRest) {
    public static final Duration DEFAULT_INTERVAL = Duration.ofMinutes(10);
    public static final Duration DEFAULT_MIN_AGE = Duration.ofMinutes(10);
    public static final int DEFAULT_BATCH = 10_000;

    public DraAuditConfig {
        Checks.positive(interval, "interval");
        Checks.notNegative(minAge, "minAge");
        Checks.atLeast(batch, 1, "batch");
        pcrfRest = pcrfRest == null ? Map.of() : Map.copyOf(pcrfRest);
        pcrfRest.forEach((host, url) -> InvalidValueException.check(url.startsWith("http://")
                || url.startsWith("https://"), "pcrfRest." + host, "must start with http:// or https://, got '" + url + "'"));
    }

    public static DraAuditConfig defaults() {
        return new DraAuditConfig(false, DEFAULT_INTERVAL, DEFAULT_MIN_AGE, DEFAULT_BATCH, Map.of());
    }
}
