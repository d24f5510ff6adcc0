package io.pcrfd.pcrf.cli.demo;

import io.pcrfd.diameter.message.ApplicationIds;
import io.pcrfd.diameter.message.Avp;
import io.pcrfd.diameter.message.CommandCodes;
import io.pcrfd.diameter.message.DiameterMessage;
import io.pcrfd.diameter.message.ResultCodes;
import io.pcrfd.diameter.spec.Ts29212;
import io.pcrfd.diameter.spec.Ts29219;
import java.net.http.HttpResponse;
import java.time.Duration;

/**
 * The family scenario's steps (TS 29.219 §4.5 with TS 29.212 §4.5.2 pushes), each bounded by the
 * step timeout and checked on the wire: the owner's and a member's Gx sessions, one Sy session
 * (SLR/SLA) for the owner, the operator setting the owner's counter to exhausted on the OCS,
 * SNR/SNA, a throttling Gx RAR/RAA for each session, and STR/STA after the last CCR-T.
 */
final class FamilyFlow implements ScenarioFlow {
    private static final String OWNER_GX = DemoPcef.HOST + ";1;100";
    private static final String MEMBER_GX = DemoPcef.HOST + ";1;101";

    private final FamilyNodes nodes;
    private final Duration stepTimeout;
    private final DemoSteps steps;
    private final StringBuilder notes = new StringBuilder();

    FamilyFlow(FamilyNodes nodes, Duration stepTimeout) {
        this.nodes = nodes;
        this.stepTimeout = stepTimeout;
        this.steps = new DemoSteps(nodes.ladder, stepTimeout);
    }

    /** What the run showed beyond the ladder (the outcome), one line each. */
    @Override
    public String notes() {
        return notes.toString();
    }

    @Override
    public void run() throws InterruptedException {
        steps.poll("connect: PCEF to PCRF, PCRF to OCS", nodes::connected);
        attach("owner", OWNER_GX, FamilyConfigs.OWNER, "10.46.0.1");
        steps.await("SLR (initial) for the owner's counter", e -> sy(e, CommandCodes.SPENDING_LIMIT, true)
                && e.has(Ts29219.POLICY_COUNTER_IDENTIFIER));
        steps.await("SLA 2001 with the counter's status", e -> sy(e, CommandCodes.SPENDING_LIMIT, false)
                && e.resultCode() == ResultCodes.DIAMETER_SUCCESS && e.has(Ts29219.POLICY_COUNTER_STATUS_REPORT));
        attach("member", MEMBER_GX, FamilyConfigs.MEMBER, "10.46.0.2");
        operatorSetsExhausted();
        steps.await("SNR from the OCS: " + FamilyConfigs.COUNTER + " exhausted", e -> sy(e,
                CommandCodes.SPENDING_STATUS_NOTIFICATION, true) && e.has(Ts29219.POLICY_COUNTER_STATUS_REPORT));
        steps.await("SNA 2001", e -> sy(e, CommandCodes.SPENDING_STATUS_NOTIFICATION, false)
                && e.resultCode() == ResultCodes.DIAMETER_SUCCESS);
        throttled("owner", OWNER_GX);
        throttled("member", MEMBER_GX);
        detach("owner", OWNER_GX);
        detach("member", MEMBER_GX);
        steps.await("STR after the last Gx session", e -> sy(e, CommandCodes.SESSION_TERMINATION, true));
        steps.await("STA 2001", e -> sy(e, CommandCodes.SESSION_TERMINATION, false)
                && e.resultCode() == ResultCodes.DIAMETER_SUCCESS);
        long slrs = nodes.ladder.events().stream().filter(e -> sy(e, CommandCodes.SPENDING_LIMIT, true)).count();
        DemoSteps.check("one Sy session for the quota (SLRs seen: " + slrs + ")", slrs == 1);
    }

    /** {@code POST /accounts/{owner}/counters/data-cap/status?status=exhausted} on the OCS's REST API. */
    private void operatorSetsExhausted() {
        String path = "/accounts/" + FamilyConfigs.OWNER + "/counters/" + FamilyConfigs.COUNTER + "/status?status=exhausted";
        HttpResponse<String> r = DemoSteps.api("OCS", nodes.ocsRestPort, "POST", path, stepTimeout, "operator");
        DemoSteps.check("operator: POST " + path + " answered 200 (got " + r.statusCode() + ")",
                r.statusCode() == 200);
    }

    private void attach(String who, String session, String imsi, String ip) throws InterruptedException {
        DiameterMessage cca = steps.answerOf("PCEF CCR-I (" + who + ")", nodes.pcef().initialOnLte(session, imsi, ip));
        DemoSteps.check("CCR-I (" + who + ") answered 2001", DemoSteps.resultOf(cca) == ResultCodes.DIAMETER_SUCCESS);
        DemoSteps.check("CCA-I (" + who + ") APN-AMBR-DL " + FamilyConfigs.NORMAL_DL, ambrDl(cca) == FamilyConfigs.NORMAL_DL);
    }

    private void throttled(String who, String session) throws InterruptedException {
        WireEvent rar = steps.await("Gx RAR to the " + who + "'s session, throttled", e -> gx(e, session, true)
                && e.command() == CommandCodes.RE_AUTH && ambrDl(e.message()) == FamilyConfigs.THROTTLED_DL);
        steps.await("Gx RAA 2001 (" + who + ")", e -> gx(e, session, false) && e.command() == CommandCodes.RE_AUTH
                && e.resultCode() == ResultCodes.DIAMETER_SUCCESS);
        notes.append("outcome: ").append(who).append(' ').append(session).append(" APN-AMBR-DL ")
                .append(FamilyConfigs.NORMAL_DL).append(" -> ").append(ambrDl(rar.message())).append(" bps")
                .append(System.lineSeparator());
    }

    private void detach(String who, String session) throws InterruptedException {
        DiameterMessage cca = steps.answerOf("PCEF CCR-T (" + who + ")", nodes.pcef().terminate(session));
        DemoSteps.check("CCR-T (" + who + ") answered 2001", DemoSteps.resultOf(cca) == ResultCodes.DIAMETER_SUCCESS);
    }

    private static boolean sy(WireEvent e, int command, boolean request) {
        return e.application() == ApplicationIds.SY && e.command() == command && e.isRequest() == request;
    }

    private static boolean gx(WireEvent e, String session, boolean request) {
        return e.application() == ApplicationIds.GX && e.isRequest() == request
                && e.message().sessionId().orElse("").equals(session);
    }

    static long ambrDl(DiameterMessage m) {
        return m.avp(Ts29212.QOS_INFORMATION).flatMap(q -> q.child(Ts29212.APN_AGGREGATE_MAX_BITRATE_DL))
                .map(Avp::asUnsigned32).orElse(-1L);
    }
}
