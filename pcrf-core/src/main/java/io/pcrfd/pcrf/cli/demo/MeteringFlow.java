package io.pcrfd.pcrf.cli.demo;

import static io.pcrfd.pcrf.cli.demo.DemoSteps.from;
import static io.pcrfd.pcrf.cli.demo.DemoSteps.isS9aCc;

import io.pcrfd.diameter.message.ApplicationIds;
import io.pcrfd.diameter.message.CommandCodes;
import io.pcrfd.diameter.message.DiameterMessage;
import io.pcrfd.diameter.message.ResultCodes;
import io.pcrfd.diameter.spec.Ts29212;
import io.pcrfd.pcrf.metering.MeteringView;
import java.net.http.HttpResponse;
import java.time.Duration;

/**
 * The metering demo's steps: the UE's Gx session and the BPCF's S9a session for its line (as in
 * the establishment demo), then the line's usage reported by the BPCF (its simulator API, as
 * {@code pcrfd bpcf usage} calls it): the first report gets a grant cut at the threshold, the
 * second reaches 80% of the daily quota, and the PCRF sends the throttle to both networks: an
 * APN-AMBR by Gx RAR to the PCEF, a throttling QoS rule by S9a RAR to the BPCF. Each step is
 * checked on the wire within the step timeout.
 */
final class MeteringFlow implements ScenarioFlow {
    private static final long S9A = ApplicationIds.S9A;
    private static final String GX_SESSION = DemoPcef.HOST + ";1;43";
    private static final long MB = 1_000_000L;

    private final DemoNodes nodes;
    private final Duration stepTimeout;
    private final DemoSteps steps;
    private final StringBuilder notes = new StringBuilder();

    MeteringFlow(DemoNodes nodes, Duration stepTimeout) {
        this.nodes = nodes;
        this.stepTimeout = stepTimeout;
        this.steps = new DemoSteps(nodes.ladder, stepTimeout);
    }

    /** The demo policy with a daily metering policy: fixed usage counts half, 80% throttles both networks. */
    static String policy() {
        return DemoConfigs.policy(false) + """
                metering:
                  policies:
                    daily:
                      monitoringKey: total
                      quota: 1000MB
                      grant: 500MB
                      rating: [{when: {access: [fixed]}, factor: 0.5}]
                      thresholds:
                        - {at: 80%, networks: mobile, notification: true, then: {ambr: {uplink: 1Mbps, downlink: 2Mbps}}}
                        - at: 80%
                          networks: fixed
                          then:
                            dynamicRules:
                              - name: line-throttle
                                flows: [{description: "permit out ip from any to any", direction: downlink}]
                                qci: 9
                                arp: {priority: 12, capability: disabled, vulnerability: enabled}
                                mbr: {uplink: 1Mbps, downlink: 2Mbps}
                      reset: {period: daily}
                """;
    }

    @Override
    public String notes() {
        return notes.toString();
    }

    @Override
    public void run() throws InterruptedException {
        steps.poll("connect: BPCF and PCEF open towards the PCRF", () -> nodes.peerUp(DemoConfigs.BPCF)
                && nodes.peerUp(DemoPcef.HOST) && nodes.pcefSeesPcrf());
        DiameterMessage cca = steps.answerOf("PCEF CCR-I",
                nodes.pcef().initial(GX_SESSION, DemoConfigs.IMSI, DemoConfigs.UE_LOCAL_IP));
        DemoSteps.check("PCEF CCR-I answered 2001", DemoSteps.resultOf(cca) == ResultCodes.DIAMETER_SUCCESS);
        steps.await("BPCF CCR-I on S9a", e -> from(e, "BPCF", "PCRF") && e.isRequest() && isS9aCc(e, 1));
        steps.await("CCA-I with QoS-Rule-Install", e -> from(e, "PCRF", "BPCF") && !e.isRequest() && isS9aCc(e, 1)
                && e.has(Ts29212.QOS_RULE_INSTALL));
        usage(1200 * MB);
        steps.await("BPCF CCR-U with the line's usage", e -> from(e, "BPCF", "PCRF") && e.isRequest() && isS9aCc(e, 2)
                && e.has(Ts29212.USAGE_MONITORING_INFORMATION));
        steps.await("CCA-U with the grant up to the threshold", e -> from(e, "PCRF", "BPCF") && !e.isRequest()
                && isS9aCc(e, 2) && e.has(Ts29212.USAGE_MONITORING_INFORMATION));
        usage(400 * MB);
        steps.await("S9a RAR throttling the line (QoS-Rule-Install)", e -> from(e, "PCRF", "BPCF") && e.isRequest()
                && e.command() == CommandCodes.RE_AUTH && e.application() == S9A && e.has(Ts29212.QOS_RULE_INSTALL));
        steps.await("S9a RAA 2001", e -> from(e, "BPCF", "PCRF") && !e.isRequest() && e.command() == CommandCodes.RE_AUTH
                && e.resultCode() == ResultCodes.DIAMETER_SUCCESS);
        steps.await("Gx RAR throttling the mobile session (APN-AMBR)", e -> from(e, "PCRF", "PCEF") && e.isRequest()
                && e.command() == CommandCodes.RE_AUTH && e.has(Ts29212.QOS_INFORMATION));
        steps.await("Gx RAA 2001", e -> from(e, "PCEF", "PCRF") && !e.isRequest() && e.command() == CommandCodes.RE_AUTH
                && e.application() == ApplicationIds.GX && e.resultCode() == ResultCodes.DIAMETER_SUCCESS);
        for (MeteringView.PolicyView p : nodes.pcrf.admin().metering().usage(DemoConfigs.IMSI).policies()) {
            notes.append("usage: ").append(p.name()).append(" fixed ").append(p.fixed()).append(" octets, mobile ")
                    .append(p.mobile()).append(", rated ").append(p.ratedOctets()).append(" of ").append(p.quota())
                    .append(", crossed ").append(p.crossed()).append(System.lineSeparator());
        }
    }

    /** The line's usage, reported through the BPCF's simulator API (POST /usage). */
    private void usage(long octets) {
        String path = "/usage?imsi=" + DemoConfigs.IMSI + "&key=total&octets=" + octets;
        HttpResponse<String> r = DemoSteps.api("BPCF", nodes.bpcfRestPort, "POST", path, stepTimeout, "usage");
        DemoSteps.check("BPCF usage " + octets + " octets: HTTP " + r.statusCode() + " " + r.body(),
                r.statusCode() == 200);
    }
}
