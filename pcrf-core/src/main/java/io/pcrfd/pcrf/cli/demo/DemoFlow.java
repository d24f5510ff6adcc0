package io.pcrfd.pcrf.cli.demo;

import static io.pcrfd.pcrf.cli.demo.DemoSteps.from;
import static io.pcrfd.pcrf.cli.demo.DemoSteps.isS9aCc;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.pcrfd.diameter.message.CommandCodes;
import io.pcrfd.diameter.message.ResultCodes;
import io.pcrfd.diameter.message.ApplicationIds;
import io.pcrfd.diameter.message.DiameterMessage;
import io.pcrfd.diameter.spec.Ts29212;
import java.io.IOException;
import java.time.Duration;

/**
 * The demo's steps, in order, each bounded by the step timeout and checked on the wire (the
 * {@link Ladder}); the first that fails or times out stops the run with its name.
 */
final class DemoFlow implements ScenarioFlow {
    private static final long GX = ApplicationIds.GX;
    private static final long S9A = ApplicationIds.S9A;
    private static final String GX_SESSION = DemoPcef.HOST + ";1;42";

    private final DemoNodes nodes;
    private final String encoding;
    private final Duration stepTimeout;
    private final DemoSteps steps;
    private final StringBuilder notes = new StringBuilder();

    DemoFlow(DemoNodes nodes, String encoding, Duration stepTimeout) {
        this.nodes = nodes;
        this.encoding = encoding;
        this.stepTimeout = stepTimeout;
        this.steps = new DemoSteps(nodes.ladder, stepTimeout);
    }

    /** What the steps learnt beyond the wire (admission), one line each. */
    @Override
    public String notes() {
        return notes.toString();
    }

    @Override
    public void run() throws InterruptedException {
        steps.poll("connect: BPCF and PCEF open towards the PCRF", () -> nodes.peerUp(DemoConfigs.BPCF)
                && nodes.peerUp(DemoPcef.HOST) && nodes.pcefSeesPcrf());
        DiameterMessage cca = steps.answerOf("PCEF CCR-I (UE on WLAN)", nodes.pcef().initial(GX_SESSION, DemoConfigs.IMSI,
                DemoConfigs.UE_LOCAL_IP));
        DemoSteps.check("PCEF CCR-I answered 2001", DemoSteps.resultOf(cca) == ResultCodes.DIAMETER_SUCCESS);
        int trigger = triggerCommand();
        steps.await("PCRF trigger (" + encoding.toUpperCase() + ") to the BPCF", e -> from(e, "PCRF", "BPCF")
                && e.isRequest() && e.command() == trigger);
        steps.await("trigger answered 2001", e -> from(e, "BPCF", "PCRF") && !e.isRequest() && e.command() == trigger
                && e.resultCode() == ResultCodes.DIAMETER_SUCCESS);
        steps.await("BPCF CCR-I on S9a", e -> from(e, "BPCF", "PCRF") && e.isRequest() && isS9aCc(e, 1));
        steps.await("CCA-I with QoS-Rule-Install", e -> from(e, "PCRF", "BPCF") && !e.isRequest() && isS9aCc(e, 1)
                && e.resultCode() == ResultCodes.DIAMETER_SUCCESS && e.has(Ts29212.QOS_RULE_INSTALL));
        steps.poll("admission: the BPCF admitted the QoS rules", this::admitted);
        policyChange();
        DiameterMessage ccaT = steps.answerOf("PCEF CCR-T", nodes.pcef().terminate(GX_SESSION));
        DemoSteps.check("PCEF CCR-T answered 2001", DemoSteps.resultOf(ccaT) == ResultCodes.DIAMETER_SUCCESS);
        steps.await("S9a RAR with Session-Release-Cause", e -> from(e, "PCRF", "BPCF") && e.isRequest()
                && e.command() == CommandCodes.RE_AUTH && e.has(Ts29212.SESSION_RELEASE_CAUSE));
        steps.await("BPCF CCR-T on S9a", e -> from(e, "BPCF", "PCRF") && e.isRequest() && isS9aCc(e, 3));
        steps.await("S9a session ended (CCA-T 2001)", e -> from(e, "PCRF", "BPCF") && !e.isRequest() && isS9aCc(e, 3)
                && e.resultCode() == ResultCodes.DIAMETER_SUCCESS);
    }

    private void policyChange() throws InterruptedException {
        nodes.write(DemoConfigs.policy(true));
        int live = nodes.pcrf.admin().reloadPolicy().sessions();
        DemoSteps.check("policy reloaded; live Gx sessions decided again: " + live, live == 1);
        steps.await("Gx RAR with the new rule", e -> from(e, "PCRF", "PCEF") && e.isRequest() && e.command() == CommandCodes.RE_AUTH
                && e.application() == GX);
        steps.await("Gx RAA 2001", e -> from(e, "PCEF", "PCRF") && !e.isRequest() && e.command() == CommandCodes.RE_AUTH
                && e.application() == GX && e.resultCode() == ResultCodes.DIAMETER_SUCCESS);
        steps.await("S9a RAR with QoS-Rule-Install", e -> from(e, "PCRF", "BPCF") && e.isRequest() && e.command() == CommandCodes.RE_AUTH
                && e.application() == S9A && e.has(Ts29212.QOS_RULE_INSTALL));
        steps.await("S9a RAA 2001", e -> from(e, "BPCF", "PCRF") && !e.isRequest() && e.command() == CommandCodes.RE_AUTH
                && e.resultCode() == ResultCodes.DIAMETER_SUCCESS);
    }

    private int triggerCommand() {
        return switch (encoding) {
            case "ccr" -> CommandCodes.CREDIT_CONTROL;
            case "aar" -> CommandCodes.AA;
            default -> CommandCodes.TRIGGER_ESTABLISHMENT;
        };
    }

    /** The BPCF's simulator API lists the session up with its admitted rules. */
    private boolean admitted() {
        JsonNode sessions = get("/sessions");
        for (JsonNode s : sessions) {
            if (DemoConfigs.UE_LOCAL_IP.equals(s.path("localIp").asText()) && s.path("up").asBoolean()
                    && !s.path("admitted").isEmpty()) {
                if (notes.isEmpty()) {
                    notes.append("admission: BPCF line ").append(s.path("lineId").asText()).append(" admitted ")
                            .append(s.path("admitted")).append(System.lineSeparator());
                }
                return true;
            }
        }
        return false;
    }

    private JsonNode get(String path) {
        String body = DemoSteps.api("BPCF", nodes.bpcfRestPort, "GET", path, stepTimeout, "admission").body();
        try {
            return new ObjectMapper().readTree(body);
        } catch (IOException e) {
            throw new DemoStepException("admission: the BPCF's API answered no JSON: " + e.getMessage());
        }
    }
}
