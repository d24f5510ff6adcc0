package io.pcrfd.pcrf.rest;

import com.fasterxml.jackson.databind.JsonNode;
import io.pcrfd.pcrf.console.SessionLadders;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * What the admin REST API asks of the running node. Every method may block (store reads, a
 * RAR round trip, file I/O): {@link AdminServer} calls them on virtual threads, never on a
 * Diameter event loop.
 */
public interface AdminApi extends OperationsApi {

    /** The node and its Diameter peers. */
    Health health();

    /** The stored Gx session as JSON, or empty when the store has no such live session. */
    Optional<JsonNode> session(String sessionId);

    /** The live Gx sessions {@code search} finds, each as {@link #session} shows it; empty when none. */
    List<JsonNode> findSessions(SessionSearch search);

    /** The ladders of the sessions' recent messages ({@code console.ladder}); off unless configured. */
    SessionLadders ladders();

    /**
     * Decides again for the session and sends the gateway a RAR now (TS 29.212 §4.5.2), waiting
     * for the outcome (bounded by the RAR timeout and retries).
     */
    Reauthorization reauthorize(String sessionId);

    /**
     * Re-reads the policy file and puts it in force.
     *
     * @throws io.pcrfd.pcrf.config.ConfigException when the file is bad; the old policy stays
     */
    PolicyReload reloadPolicy();

    /** Counters by name, for scraping. */
    Map<String, Long> counters();

    /** Session context exposure ({@link AnalyticsRoutes}); disabled unless the node provides it. */
    default AnalyticsApi analytics() {
        return AnalyticsApi.disabled();
    }

    /** Usage metering across the fixed and mobile networks; off (409) unless the node provides it. */
    default MeteringApi metering() {
        return MeteringApi.disabled();
    }

    /**
     * @param status "UP" when every configured peer is open, "DEGRADED" otherwise
     * @param node   our Origin-Host
     * @param peers  every peer the node knows
     */
    record Health(String status, String node, List<PeerHealth> peers) {
    }

    /**
     * One peer as {@code GET /health} shows it.
     *
     * @param host     its Origin-Host
     * @param realm    its realm
     * @param state    RFC 6733 §5.6 state (I_OPEN, R_OPEN, CLOSED, ...)
     * @param watchdog RFC 3539 state (OKAY, SUSPECT, DOWN, REOPEN, ...)
     * @param health   what routing makes of both
     */
    record PeerHealth(String host, String realm, String state, String watchdog, String health) {
    }

    /**
     * @param sessionId the session
     * @param outcome   what came of the push: APPLIED, NOTHING_TO_SEND, RELEASE_REQUESTED,
     *                  SESSION_UNKNOWN, SESSION_REMOVED, REFUSED_BY_PCEF or UNANSWERED
     */
    record Reauthorization(String sessionId, String outcome) {
    }

    /**
     * @param source      the file read
     * @param plans       how many plans it holds
     * @param subscribers how many subscribers it lists
     * @param sessions    live sessions decided again under it; those whose decision changed
     *                    get a RAR (in the background, a bounded number at a time)
     */
    record PolicyReload(String source, int plans, int subscribers, int sessions) {
    }
}
