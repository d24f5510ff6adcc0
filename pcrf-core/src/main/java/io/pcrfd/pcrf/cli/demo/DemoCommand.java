package io.pcrfd.pcrf.cli.demo;

import io.pcrfd.pcrf.runtime.StartupException;
import java.io.PrintWriter;
import java.time.Duration;
import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/**
 * {@code pcrfd demo}: nodes in this process on loopback, a whole procedure over real sockets,
 * and the ladder of the messages as the relays between the nodes saw them. Scenario
 * {@code establishment} (default): a PCRF, a BPCF and a PCEF, reverse-initiated establishment.
 * Scenario {@code family}: a PCEF, the PCRF and the OCS, a shared quota throttled over Sy.
 * Scenario {@code metering}: a UE on the mobile network and the subscriber's fixed line; the
 * line's usage (the BPCF's S9a CCR-U) crosses a metering threshold and both the PCEF and the
 * BPCF get the throttling RAR.
 * Exit 0 when every step was seen; 1 with the failing step named otherwise; every step is
 * bounded by {@code --step-timeout}.
 */
@Command(name = "demo", mixinStandardHelpOptions = true,
        description = "Run a procedure end to end (its nodes in this process, real Diameter over loopback) and "
                + "print the ladder of the messages with timings.")
public final class DemoCommand implements Callable<Integer> {

    /** What the demo runs. */
    public enum Scenario { establishment, family, metering }

    @Option(names = "--scenario", defaultValue = "establishment",
            description = "establishment: PCEF, PCRF and BPCF, reverse-initiated establishment; family: PCEF, PCRF "
                    + "and OCS, a shared quota's owner counter exhausted over Sy throttles owner and member; "
                    + "metering: PCEF, PCRF and BPCF, fixed-line usage crosses a threshold and throttles the "
                    + "mobile session and the line (default: ${DEFAULT-VALUE}).")
    Scenario scenario;

    /** The trigger's encoding (establishment.peers[].encoding). */
    public enum Encoding { ter, ccr, aar }

    /** The trigger session's mode (establishment.peers[].mode); a TER is always notify-only. */
    public enum Mode {
        ONE_SHOT("one-shot"), DEVICE_LEVEL("device-level"), NOTIFY_ONLY("notify-only");

        final String text;

        Mode(String text) {
            this.text = text;
        }
    }

    @Option(names = "--encoding", defaultValue = "ter",
            description = "How the PCRF asks the BPCF: ${COMPLETION-CANDIDATES} (default: ${DEFAULT-VALUE}).")
    Encoding encoding;

    @Option(names = "--mode", defaultValue = "one-shot", converter = ModeConverter.class,
            description = "Trigger session of the ccr and aar encodings: one-shot, device-level or notify-only "
                    + "(default: ${DEFAULT-VALUE}; a TER is always notify-only).")
    Mode mode;

    @Option(names = "--step-timeout", paramLabel = "MILLIS", defaultValue = "5000",
            description = "How long each step may take (default: ${DEFAULT-VALUE}).")
    long stepTimeoutMillis;

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Override
    public Integer call() throws InterruptedException {
        PrintWriter out = spec.commandLine().getOut();
        if (scenario == Scenario.family) {
            return family(out);
        }
        if (scenario == Scenario.metering) {
            return metering(out);
        }
        String modeText = encoding == Encoding.ter ? Mode.NOTIFY_ONLY.text : mode.text;
        out.printf("pcrfd demo: encoding %s, mode %s%n", encoding, modeText);
        DemoNodes nodes;
        try {
            nodes = new DemoNodes(encoding.name(), modeText);
        } catch (StartupException e) {
            return fail(out, "start the PCRF: " + e.getMessage(), null);
        }
        return play(out, nodes.ladder, nodes::close, () -> {
            nodes.connect();
            return new DemoFlow(nodes, encoding.name(), Duration.ofMillis(stepTimeoutMillis));
        });
    }

    private int family(PrintWriter out) throws InterruptedException {
        out.println("pcrfd demo: scenario family (shared quota over Sy)");
        FamilyNodes nodes;
        try {
            nodes = new FamilyNodes();
        } catch (StartupException e) {
            return fail(out, "start the OCS and the PCRF: " + e.getMessage(), null);
        }
        return play(out, nodes.ladder, nodes::close,
                () -> new FamilyFlow(nodes, Duration.ofMillis(stepTimeoutMillis)));
    }

    private int metering(PrintWriter out) throws InterruptedException {
        out.println("pcrfd demo: scenario metering (fixed and mobile usage in one meter)");
        DemoNodes nodes;
        try {
            nodes = new DemoNodes(Encoding.ter.name(), Mode.NOTIFY_ONLY.text, MeteringFlow.policy());
        } catch (StartupException e) {
            return fail(out, "start the PCRF: " + e.getMessage(), null);
        }
        return play(out, nodes.ladder, nodes::close, () -> {
            nodes.connect();
            return new MeteringFlow(nodes, Duration.ofMillis(stepTimeoutMillis));
        });
    }

    /** Builds a scenario's flow once its nodes are up (connecting the demo's gateways where it has them). */
    private interface FlowStart {
        ScenarioFlow start() throws InterruptedException;
    }

    /** Runs the flow, prints its ladder and notes; a failed step prints the ladder so far. Stops the nodes. */
    private static int play(PrintWriter out, Ladder ladder, Runnable stopNodes, FlowStart start)
            throws InterruptedException {
        try {
            ScenarioFlow flow = start.start();
            flow.run();
            print(out, ladder);
            out.print(flow.notes());
            out.println("demo: every step seen on the wire");
            out.flush();
            return 0;
        } catch (DemoStepException | StartupException e) {
            return fail(out, e.getMessage(), ladder);
        } finally {
            stopNodes.run();
        }
    }

    private static int fail(PrintWriter out, String step, Ladder ladder) {
        if (ladder != null) {
            print(out, ladder);
        }
        out.println("demo FAILED at step: " + step);
        out.flush();
        return 1;
    }

    private static void print(PrintWriter out, Ladder ladder) {
        ladder.render().forEach(out::println);
    }

    /** one-shot, device-level, notify-only as written in the configuration. */
    static final class ModeConverter implements CommandLine.ITypeConverter<Mode> {
        @Override
        public Mode convert(String value) {
            for (Mode m : Mode.values()) {
                if (m.text.equals(value)) {
                    return m;
                }
            }
            throw new CommandLine.TypeConversionException("expected one-shot, device-level or notify-only, got "
                    + value);
        }
    }
}
