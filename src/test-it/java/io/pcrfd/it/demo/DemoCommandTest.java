package io.pcrfd.it.demo;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import io.pcrfd.pcrf.cli.PcrfdMain;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * {@code pcrfd demo} (README): the whole procedure over loopback sockets in each encoding, its
 * exit code, and the ladder's lines in wire order; a step that cannot finish is named.
 */
class DemoCommandTest {

    @ParameterizedTest(name = "--encoding {0} --mode {1}")
    @CsvSource({"ter, notify-only, '------ TER S9a ----->', 'TEA S9a 2001'",
            "ccr, one-shot, '----- CCR-I S9a ---->', '<- CCA-I S9a 2001'",
            "ccr, device-level, '----- CCR-I S9a ---->', '<- CCA-I S9a 2001'",
            "aar, notify-only, '------ AAR S9a ----->', 'AAA S9a 2001'"})
    void everyStepIsOnTheLadderInOrder(String encoding, String mode, String trigger, String answer) {
        Run run = execute("demo", "--encoding", encoding, "--mode", mode);

        assertThat(run.exit).as(run.out).isZero();
        assertThat(run.out).contains("encoding " + encoding).contains("demo: every step seen on the wire")
                .contains("admission: BPCF line line-1 admitted [\"video\"]");
        assertInOrder(run.out, List.of(
                "-+ CCR-I Gx -+>", Pattern.quote(trigger), Pattern.quote(answer),
                "<-+ CCR-I S9a -+\\|", "-+ CCA-I S9a 2001 -+>.*QoS-Rule-Install",
                "<-+ RAR Gx -+\\|", "-+ RAA Gx 2001 -+>",
                "-+ RAR S9a -+>.*QoS-Rule-Install", "<-+ RAA S9a 2001 -+\\|",
                "-+ CCR-T Gx -+>", "-+ RAR S9a -+>.*Session-Release-Cause",
                "<-+ CCR-T S9a -+\\|", "-+ CCA-T S9a 2001 -+>"));
    }

    @Test
    void theFamilyScenarioThrottlesOwnerAndMemberThroughSy() {
        Run run = execute("demo", "--scenario", "family");

        assertThat(run.exit).as(run.out).isZero();
        assertThat(run.out).contains("scenario family").contains("demo: every step seen on the wire")
                .contains("outcome: owner pcef.demo.example;1;100 APN-AMBR-DL 50000000 -> 1000000 bps")
                .contains("outcome: member pcef.demo.example;1;101 APN-AMBR-DL 50000000 -> 1000000 bps");
        assertThat(run.out.lines().filter(l -> l.contains(" SLR Sy "))).as("one Sy session").hasSize(1);
        assertInOrder(run.out, List.of(
                "-+ CCR-I Gx -+>", "-+ SLR Sy -+>.*data-cap", "<-+ SLA Sy 2001 -+\\|.*data-cap=normal",
                "<-+ CCA-I Gx 2001 -+\\|.*APN-AMBR-DL 50000000", "-+ CCR-I Gx -+>", "<-+ CCA-I Gx 2001 -+\\|",
                "<-+ SNR Sy -+\\|.*data-cap=exhausted", "-+ SNA Sy 2001 -+>",
                "<-+ RAR Gx -+\\|.*APN-AMBR-DL 1000000", "-+ RAA Gx 2001 -+>",
                "-+ CCR-T Gx -+>", "-+ STR Sy -+>", "<-+ STA Sy 2001 -+\\|"));
        assertThat(run.out.lines().filter(l -> l.matches(".*<-+ RAR Gx -+\\|.*APN-AMBR-DL 1000000")))
                .as("owner and member throttled").hasSize(2);
    }

    @Test
    void theMeteringScenarioThrottlesTheMobileSessionAndTheLineOnFixedUsage() {
        Run run = execute("demo", "--scenario", "metering");

        assertThat(run.exit).as(run.out).isZero();
        assertThat(run.out).contains("scenario metering").contains("demo: every step seen on the wire")
                .contains("usage: daily fixed 1600000000 octets, mobile 0, rated 800000000 of 1000000000, crossed [80% mobile, 80% fixed]");
        assertInOrder(run.out, List.of("-+ CCR-I Gx -+>", "<-+ CCR-I S9a -+\\|", "<-+ CCR-U S9a -+\\|",
                "-+ CCA-U S9a 2001 -+>", "<-+ CCR-U S9a -+\\|", "-+ RAR S9a -+>.*QoS-Rule-Install", "<-+ RAA S9a 2001 -+\\|"));
        assertThat(run.out.lines().filter(l -> l.matches(".*RAR Gx.*APN-AMBR-DL 2000000.*"))).as(run.out).hasSize(1);
    }

    @Test
    void aStepThatCannotFinishIsNamedAndFailsTheRun() {
        Run run = execute("demo", "--step-timeout", "0");

        // With no time allowed, whichever step is not already complete when it is checked fails:
        // on a fast machine the connections may be up at once and a later step is the one named.
        assertThat(run.exit).isEqualTo(1);
        assertThat(run.out.lines().filter(l -> l.startsWith("demo FAILED at step: ")))
                .singleElement().asString().matches("demo FAILED at step: [^:]+: .+");
        assertThat(run.out).doesNotContain("demo: every step seen on the wire");
    }

    @Test
    void theShippedJarRunsTheDemo() throws IOException, InterruptedException {
        Path jar = Path.of(System.getProperty("pcrfd.jar", "../../target/pcrfd.jar"));
        assumeTrue(Files.isRegularFile(jar), "no " + jar + ": it is assembled in the package phase");
        Path out = Files.createTempFile("pcrfd-demo", ".out");
        Process p = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-jar", jar.toString(), "demo").redirectErrorStream(true).redirectOutput(out.toFile()).start();
        try {
            assertThat(p.waitFor(60, TimeUnit.SECONDS)).as("demo ends within 60 s").isTrue();
            String text = Files.readString(out);
            assertThat(p.exitValue()).as(text).isZero();
            assertInOrder(text, List.of("-+ CCR-I Gx -+>", "-+ TER S9a -+>", "<-+ TEA S9a 2001 -+\\|",
                    "-+ CCA-T S9a 2001 -+>", "demo: every step seen on the wire"));
        } finally {
            p.destroyForcibly();
            Files.deleteIfExists(out);
        }
    }

    private static void assertInOrder(String out, List<String> patterns) {
        List<String> lines = out.lines().toList();
        int at = 0;
        for (String pattern : patterns) {
            Pattern p = Pattern.compile(pattern);
            int found = -1;
            for (int i = at; i < lines.size() && found < 0; i++) {
                if (p.matcher(lines.get(i)).find()) {
                    found = i;
                }
            }
            assertThat(found).as("a line matching /" + pattern + "/ after line " + at + " of:\n" + out)
                    .isGreaterThanOrEqualTo(0);
            at = found + 1;
        }
    }

    private record Run(int exit, String out) {
    }

    /** PcrfdMain.execute in this JVM, standard output captured (picocli writes to System.out). */
    private static Run execute(String... args) {
        PrintStream was = System.out;
        ByteArrayOutputStream buffer = new ByteArrayOutputStream();
        System.setOut(new PrintStream(buffer, true, StandardCharsets.UTF_8));
        try {
            int exit = PcrfdMain.execute(args);
            return new Run(exit, buffer.toString(StandardCharsets.UTF_8));
        } finally {
            System.setOut(was);
        }
    }
}
