package io.pcrfd.pcrf.bench;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.PrintWriter;
import java.io.StringWriter;
import org.junit.jupiter.api.Test;

/** The per-second progress: its format, and how it is written on a terminal, elsewhere and with --quiet. */
class ProgressOutputTest {
    private static final Second CLEAN = new Second(3, Second.MEASURE, 1_000_000_000L, 41_207, 0, 0, 0, 1_234_000);
    private static final Second BAD = new Second(12, Second.WARM_UP, 500_000_000L, 1_000, 2, 1, 7, -1);

    @Test
    void aSecondShowsItsRateP99ErrorsAndRefusals() {
        assertThat(ProgressOutput.format(CLEAN)).isEqualTo(
                "   3 s measure     41,207 requests/s  p99    1.234 ms  errors 0 (answers 0, timeouts 0)  refused 0");
        assertThat(ProgressOutput.format(BAD)).as("half a second: the rate is per second; no 2001, no p99")
                .isEqualTo("  12 s warm-up      2,000 requests/s  p99        -     errors 3 (answers 2, timeouts 1)  "
                        + "refused 7");
    }

    @Test
    void elsewhereThanOnATerminalEachSecondIsALineOfItsOwn() {
        StringWriter w = new StringWriter();
        ProgressOutput out = new ProgressOutput(ProgressOutput.Mode.LINES, new PrintWriter(w));
        out.message("measuring for 2 s");
        out.second(CLEAN);
        out.second(BAD);
        out.end();
        assertThat(w.toString().lines()).containsExactly("pcrfd bench: measuring for 2 s",
                "pcrfd bench: " + ProgressOutput.format(CLEAN), "pcrfd bench: " + ProgressOutput.format(BAD));
        assertThat(w.toString()).doesNotContain("\r", "\u001b");
    }

    @Test
    void onATerminalOneStatusLineIsRewrittenInPlace() {
        StringWriter w = new StringWriter();
        ProgressOutput out = new ProgressOutput(ProgressOutput.Mode.LIVE, new PrintWriter(w));
        out.second(CLEAN);
        out.second(BAD);
        out.message("measuring for 2 s");
        out.second(CLEAN);
        out.end();
        assertThat(w.toString()).isEqualTo("\rpcrfd bench: " + ProgressOutput.format(CLEAN) + "\u001b[K"
                + "\rpcrfd bench: " + ProgressOutput.format(BAD) + "\u001b[K"
                + "\r\u001b[K" + "pcrfd bench: measuring for 2 s" + System.lineSeparator()
                + "\rpcrfd bench: " + ProgressOutput.format(CLEAN) + "\u001b[K" + System.lineSeparator());
    }

    @Test
    void quietWritesNothing() {
        StringWriter w = new StringWriter();
        ProgressOutput out = new ProgressOutput(ProgressOutput.detect(true), new PrintWriter(w));
        out.message("connected");
        out.second(CLEAN);
        out.end();
        assertThat(w.toString()).isEmpty();
    }
}
