package io.pcrfd.pcrf.cli.demo;

/**
 * The YAML of the demo's nodes: config/pcrf.yaml and config/bpcf.yaml cut down to what
 * differs from the defaults, on loopback, without snapshots, and the PCRF's REST API off
 * (the demo calls it in process). The policy gives the UE's plan a video rule (QCI 2, GBR)
 * and, after the change, a voice rule too (QCI 1), so the change reaches the BPCF as a
 * QoS-Rule-Install in a RAR.
 */
final class DemoConfigs {
    static final String PCRF = "pcrf.demo.example";
    static final String BPCF = "bpcf.demo.example";
    static final String REALM = "demo.example";
    static final String UE_LOCAL_IP = "198.51.100.7";
    static final String IMSI = "001010000000042";

    private DemoConfigs() {
    }

    static String pcrf(String policyFile, String encoding, String mode) {
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
                      realm: %s
                      connect: false
                  requestTimeout: 3s
                store:
                  snapshot:
                    enabled: false
                policy:
                  file: %s
                  homePlmns: ["00101"]
                establishment:
                  peers:
                    - host: %s
                      encoding: %s
                      mode: %s
                      application: s9a
                  mappings:
                    - prefix: 198.51.100.0/24
                      peer: %s
                  triggerTimeout: 3s
                  retries: 1
                rest:
                  enabled: false
                logging:
                  levels:
                    io.pcrfd: warn
                """.formatted(PCRF, REALM, BPCF, REALM, policyFile, BPCF, encoding, mode, BPCF);
    }

    static String bpcf(int pcrfPort, int restPort) {
        return """
                role: bpcf
                diameter:
                  originHost: %s
                  originRealm: %s
                  listen: []
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
                establishment:
                  enabled: false
                rest:
                  address: 127.0.0.1
                  port: %d
                bpcf:
                  pcrfPeer: %s
                  lines:
                    - id: line-1
                      prefix: 198.51.100.0/25
                      uplink: 20Mbps
                      downlink: 100Mbps
                """.formatted(BPCF, REALM, PCRF, pcrfPort, REALM, restPort, PCRF);
    }

    /** The plan before ({@code withVoice} false) and after the policy change. */
    static String policy(boolean withVoice) {
        String voice = !withVoice ? "" : """
                            - name: voice
                              flows:
                                - {description: "permit out 17 from 203.0.113.9 to any", direction: downlink}
                              qci: 1
                              arp: {priority: 2, capability: disabled, vulnerability: enabled}
                              mbr: {uplink: 128kbps, downlink: 128kbps}
                              gbr: {uplink: 64kbps, downlink: 64kbps}
                              precedence: 50
                              flowStatus: enabled
                """;
        return """
                defaultPlan: demo
                plans:
                  demo:
                    rules:
                      - name: base
                        then:
                          defaultQos:
                            qci: 9
                            arp: {priority: 10, capability: disabled, vulnerability: enabled}
                          ambr: {uplink: 10Mbps, downlink: 50Mbps}
                          dynamicRules:
                            - name: video
                              flows:
                                - {description: "permit out 17 from 203.0.113.0/24 5000-5100 to any", direction: downlink}
                              qci: 2
                              arp: {priority: 4, capability: disabled, vulnerability: enabled}
                              mbr: {uplink: 1Mbps, downlink: 8Mbps}
                              gbr: {uplink: 512kbps, downlink: 4Mbps}
                              precedence: 100
                              flowStatus: enabled
                """ + voice;
    }
}
