package io.pcrfd.pcrf.cli.demo;

/**
 * The YAML of {@code pcrfd demo --scenario family}: a PCRF with Sy towards the OCS (it dials
 * the OCS, config/pcrf.yaml's sy section), the OCS role with one shared account (config/ocs.yaml
 * cut down), and a policy whose shared quota has an owner and a member: the owner's counter
 * {@code data-cap} exhausted throttles the APN-AMBR of every Gx session on that quota.
 */
final class FamilyConfigs {
    static final String PCRF = DemoConfigs.PCRF;
    static final String OCS = "ocs.demo.example";
    static final String REALM = DemoConfigs.REALM;
    static final String OWNER = "001010000000100";
    static final String MEMBER = "001010000000101";
    static final String COUNTER = "data-cap";
    static final long NORMAL_DL = 50_000_000;
    static final long THROTTLED_DL = 1_000_000;

    private FamilyConfigs() {
    }

    /** The PCRF dialling the OCS through the relay on {@code ocsPort}. */
    static String pcrf(String policyFile, int ocsPort) {
        return """
                role: pcrf
                diameter:
                  originHost: %s
                  originRealm: %s
                  listen:
                    - address: 127.0.0.1
                      port: 3868
                  peers:
                    - host: %s
                      address: 127.0.0.1
                      port: %d
                      realm: %s
                      connect: true
                  requestTimeout: 3s
                store:
                  snapshot:
                    enabled: false
                policy:
                  file: %s
                sy:
                  ocs: {realm: %s, host: %s}
                  timeout: 2s
                establishment:
                  enabled: false
                rest:
                  enabled: false
                logging:
                  levels:
                    io.pcrfd: warn
                """.formatted(PCRF, REALM, OCS, ocsPort, REALM, policyFile, REALM, OCS);
    }

    /** The OCS on {@code port}, its REST API on {@code restPort}: the owner's account, a data container and its counter. */
    static String ocs(int port, int restPort) {
        return """
                role: ocs
                diameter:
                  originHost: %s
                  originRealm: %s
                  listen:
                    - address: 127.0.0.1
                      port: %d
                rest:
                  address: 127.0.0.1
                  port: %d
                ocs:
                  accounts:
                    - subscribers: ["%s"]
                      containers:
                        - {id: family-data, unit: octets, balance: 10GB}
                      counters:
                        - id: %s
                          container: family-data
                          thresholds: [{status: exhausted, atOrBelow: "0"}]
                logging:
                  levels:
                    io.pcrfd: warn
                """.formatted(OCS, REALM, port, restPort, OWNER, COUNTER);
    }

    /** Normal: 50 Mbps down; the owner's data-cap exhausted: 1 Mbps down for the whole quota. */
    static String policy() {
        return """
                defaultPlan: family
                sharedQuotas:
                  family:
                    owner: "%s"
                    members: ["%s"]
                plans:
                  family:
                    rules:
                      - name: base
                        then:
                          ambr: {uplink: 10Mbps, downlink: 50Mbps}
                      - name: throttled
                        when:
                          counter: {id: %s, status: [exhausted]}
                        then:
                          ambr: {uplink: 256kbps, downlink: 1Mbps}
                """.formatted(OWNER, MEMBER, COUNTER);
    }
}
