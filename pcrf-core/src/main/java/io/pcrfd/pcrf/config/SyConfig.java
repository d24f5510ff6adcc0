package io.pcrfd.pcrf.config;

import java.time.Duration;
import java.util.Map;

/**
 * The PCRF's Sy client (TS 29.219): which OCS it subscribes to policy counters at, how long a
 * Gx answer may wait for it, and what to decide when it cannot answer.
 *
 * @param ocs             the OCS: Destination-Realm (required for Sy) and optionally Destination-Host;
 *                        absent: no Sy, counters have only their default statuses
 * @param timeout         the longest a Gx decision waits for an SLA; then the {@code unreachable} fallback
 * @param defaultStatuses the Policy-Counter-Status assumed for a counter the OCS gave no status for,
 *                        under the {@code default-status} fallback (a counter not listed has none)
 * @param fallback        what each kind of failure does
 * @param reject          the code a CCR-I gets under the {@code reject} fallback (default 5012
 *                        DIAMETER_UNABLE_TO_COMPLY, RFC 6733 §7.1.5)
 * @param sessionLifetime how long a Sy session record lives after its last change in the store
 */
public record SyConfig(OcsConfig ocs, Duration timeout, Map<String, String> defaultStatuses, Fallbacks fallback,
                       RejectCode reject, Duration sessionLifetime) {
    public static final Duration DEFAULT_TIMEOUT = Duration.ofMillis(500);
    public static final Duration MAX_TIMEOUT = Duration.ofSeconds(30);
    public static final Duration DEFAULT_SESSION_LIFETIME = Duration.ofHours(24);
    public static final RejectCode DEFAULT_REJECT = new RejectCode(null, null);

    /** Decide as if the counters had their default statuses, or refuse the CCR-I. */
    public enum Fallback { DEFAULT_STATUS, REJECT }

    /**
     * One fallback per failure (TS 29.219 §4.5, §5.5).
     *
     * @param unknownCounters     SLA 5570 DIAMETER_ERROR_UNKNOWN_POLICY_COUNTERS
     * @param noAvailableCounters SLA 4241 DIAMETER_ERROR_NO_AVAILABLE_POLICY_COUNTERS
     * @param userUnknown         SLA 5030 DIAMETER_USER_UNKNOWN
     * @param protocolError       SLA 3xxx (or an error answer with the E bit)
     * @param otherError          any other unsuccessful SLA
     * @param unreachable         no SLA within {@code timeout}, or no route to the OCS
     */
    public record Fallbacks(Fallback unknownCounters, Fallback noAvailableCounters, Fallback userUnknown,
                            Fallback protocolError, Fallback otherError, Fallback unreachable) {
        public Fallbacks {
            unknownCounters = or(unknownCounters);
            noAvailableCounters = or(noAvailableCounters);
            userUnknown = or(userUnknown);
            protocolError = or(protocolError);
            otherError = or(otherError);
            unreachable = or(unreachable);
        }

        public static Fallbacks defaults() {
            return new Fallbacks(null, null, null, null, null, null);
        }

        private static Fallback or(Fallback f) {
            return f == null ? Fallback.DEFAULT_STATUS : f;
        }
    }

    /**
     * A Result-Code (vendor 0), or an Experimental-Result-Code of 3GPP (vendor 10415).
     *
     * @param resultCode             e.g. 5012 DIAMETER_UNABLE_TO_COMPLY
     * @param experimentalResultCode e.g. 5140 DIAMETER_ERROR_INITIAL_PARAMETERS (TS 29.212 §5.5.3)
     */
    public record RejectCode(Long resultCode, Long experimentalResultCode) {
        public RejectCode {
            InvalidValueException.check(resultCode == null || experimentalResultCode == null, "experimentalResultCode",
                    "give resultCode or experimentalResultCode, not both");
            // the parameters, not code(): the fields are assigned after this body
            long code = resultCode != null ? resultCode : experimentalResultCode != null ? experimentalResultCode : 5012;
            InvalidValueException.check(code >= 3000 && code <= 5999, resultCode != null ? "resultCode"
                    : "experimentalResultCode", "a refusal is a 3xxx, 4xxx or 5xxx code, got " + code);
        }

        /** The code; with neither written, 5012 DIAMETER_UNABLE_TO_COMPLY. */
        public long code() {
            return resultCode != null ? resultCode : experimentalResultCode != null ? experimentalResultCode : 5012;
        }

        /** Whether {@link #code()} is a 3GPP Experimental-Result-Code. */
        public boolean experimental() {
            return resultCode == null && experimentalResultCode != null;
        }
    }

    /**
     * @param realm Destination-Realm of SLR and STR
     * @param host  Destination-Host (absent: the realm's route picks the OCS)
     */
    public record OcsConfig(@Required String realm, String host) {
        public OcsConfig {
            if (realm != null) {
                Checks.diameterIdentity(realm, "realm");
            }
            if (host != null) {
                Checks.diameterIdentity(host, "host");
            }
        }
    }

    public SyConfig {
        timeout = timeout == null ? DEFAULT_TIMEOUT : timeout;
        Checks.positive(timeout, "timeout");
        InvalidValueException.check(timeout.compareTo(MAX_TIMEOUT) <= 0, "timeout",
                "at most " + MAX_TIMEOUT.toSeconds() + "s: the gateway is waiting for the Gx answer");
        defaultStatuses = defaultStatuses == null ? Map.of() : Map.copyOf(defaultStatuses);
        fallback = fallback == null ? Fallbacks.defaults() : fallback;
        reject = reject == null ? DEFAULT_REJECT : reject;
        sessionLifetime = sessionLifetime == null ? DEFAULT_SESSION_LIFETIME : sessionLifetime;
        Checks.positive(sessionLifetime, "sessionLifetime");
    }

    public static SyConfig defaults() {
        return new SyConfig(null, DEFAULT_TIMEOUT, Map.of(), Fallbacks.defaults(), DEFAULT_REJECT,
                DEFAULT_SESSION_LIFETIME);
    }
}
