package io.pcrfd.pcrf.policy;

import java.nio.file.Path;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.Map;
import java.util.Set;

/** Shared inputs for the engine tests. */
final class Fixtures {
    /** Surefire runs in the module directory, exec:java in the repository root. */
    static final Path SAMPLE_POLICY = java.nio.file.Files.exists(Path.of("..", "config", "policy.yaml"))
            ? Path.of("..", "config", "policy.yaml") : Path.of("config", "policy.yaml");
    static final String GOLD_IMSI = "001010000000001";
    static final String SILVER_IMSI = "001010000000002";
    static final String GOLD_MSISDN = "15550000003";
    /** A Wednesday, midday UTC. */
    static final Instant WEDNESDAY_NOON = Instant.parse("2026-11-18T12:00:00Z");
    static final ZoneId UTC = ZoneOffset.UTC;

    private Fixtures() {
    }

    static PolicyEngine sampleEngine() {
        return new PolicyEngine(PolicyLoader.load(SAMPLE_POLICY), Set.of("00101"));
    }

    static PolicyEngine engine(String yaml) {
        return new PolicyEngine(PolicyLoader.parse(yaml, "test.yaml"), Set.of("00101"));
    }

    static PolicyRequest.Builder initial(String imsi) {
        return PolicyRequest.builder(CcRequestType.INITIAL).imsi(imsi).apn("internet")
                .ratType(RatType.EUTRAN).ipCanType(IpCanType.THREE_GPP_EPS).servingMccMnc("00101");
    }

    static PolicyInput input(PolicyEngine e, PolicyRequest r, PolicySession s, Map<String, UsedUnits> usage, Instant now) {
        return new PolicyInput(s, r, e.subscriber(r), usage, now, UTC);
    }

    static PolicyInput input(PolicyEngine e, PolicyRequest r, Instant now) {
        return input(e, r, PolicySession.NEW, Map.of(), now);
    }

    static Decision.Accept accept(Decision d) {
        if (d instanceof Decision.Accept a) {
            return a;
        }
        throw new AssertionError("expected an accept, got " + d);
    }

    /** The session after the PCEF applied an accept. */
    static PolicySession after(Decision.Accept a) {
        return new PolicySession(a.target(), a.failedRules());
    }
}
