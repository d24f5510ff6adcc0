package io.pcrfd.pcrf.metering;

import io.pcrfd.pcrf.policy.CcRequestType;
import io.pcrfd.pcrf.policy.IpCanContext;
import io.pcrfd.pcrf.policy.IpCanType;
import io.pcrfd.pcrf.policy.PolicyEngine;
import io.pcrfd.pcrf.policy.PolicyLoader;
import io.pcrfd.pcrf.policy.PolicyRequest;
import io.pcrfd.pcrf.policy.PolicySession;
import io.pcrfd.pcrf.policy.RatType;
import io.pcrfd.pcrf.policy.Situation;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Map;
import java.util.Set;

/** Policies and situations for the metering tests. */
final class MeteringFixtures {
    static final String IMSI = "001010000000001";
    static final long MB = 1_000_000L;
    static final long GB = 1_000 * MB;
    /** A Wednesday, midday UTC. */
    static final Instant NOON = Instant.parse("2026-11-18T12:00:00Z");

    /**
     * One primary "monthly" (10 GB, billing day 5; fixed counts 0.5, night 0; 80% notifies on both
     * networks, 100% throttles mobile by AMBR and fixed by a dynamic rule), a secondary "weekend"
     * (own factor 0.25 on Saturdays and Sundays, inherits the rest), and a rule-based service
     * "tiers" of three policies of 1, 2 and 3 GB under key "tier".
     */
    static final String POLICY = """
            metering:
              policies:
                monthly:
                  monitoringKey: total
                  quota: 10GB
                  grant: 500MB
                  rating:
                    - {when: {time: ["00:00-06:00"]}, factor: 0}
                    - {when: {access: [fixed]}, factor: 0.5}
                  thresholds:
                    - {at: 80%, notification: true}
                    - at: 100%
                      networks: mobile
                      then: {ambr: {uplink: 1Mbps, downlink: 2Mbps}}
                    - at: 100%
                      networks: fixed
                      then:
                        dynamicRules:
                          - name: line-throttle
                            flows: [{description: "permit out ip from any to any", direction: downlink}]
                            qci: 9
                            mbr: {uplink: 1Mbps, downlink: 2Mbps}
                  reset: {period: monthly, day: 5}
                weekend:
                  inherits: monthly
                  when: {days: [SAT-SUN]}
                  rating: [{factor: 0.25}]
                tier1:
                  monitoringKey: tier
                  quota: 1GB
                  reset: {period: daily}
                tier2:
                  monitoringKey: tier
                  quota: 2GB
                  then: {ambr: {uplink: 2Mbps, downlink: 2Mbps}}
                  reset: {period: daily}
                tier3:
                  monitoringKey: tier
                  quota: 3GB
                  then: {ambr: {uplink: 256kbps, downlink: 256kbps}}
                  reset: {period: daily}
              services:
                data: [tier1, tier2, tier3]
            """;

    private MeteringFixtures() {
    }

    static PolicyEngine engine(String yaml) {
        return new PolicyEngine(PolicyLoader.parse(yaml, "test.yaml"), Set.of("00101"));
    }

    static Metering metering(String yaml) {
        PolicyEngine e = engine(yaml);
        return new Metering(MeteringPlan.of(e.policy().metering()), e.applicability());
    }

    static IpCanContext mobile() {
        return PolicyRequest.builder(CcRequestType.INITIAL).imsi(IMSI).apn("internet").ratType(RatType.EUTRAN)
                .ipCanType(IpCanType.THREE_GPP_EPS).servingMccMnc("00101").build().context();
    }

    static Situation at(Instant now) {
        return Situation.of(PolicySession.NEW, mobile(), java.util.Optional.empty(), Map.of(), now, ZoneOffset.UTC);
    }
}
