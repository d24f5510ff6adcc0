package io.pcrfd.diameter.peer;

import static org.assertj.core.api.Assertions.assertThat;

import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import org.junit.jupiter.api.Test;

/** Wire text in a log line: control characters become visible escapes, nothing else changes. */
class LogSafeTest {
    @Test
    void lineBreaksTabsAndOtherControlsAreEscaped() {
        assertThat(LogSafe.escape("123\nFORGED")).isEqualTo("123\\nFORGED");
        assertThat(LogSafe.escape("a\r\n\tb")).isEqualTo("a\\r\\n\\tb");
        assertThat(LogSafe.escape("\u0000\u001b[31m\u007f\u0085\u009f\u2028\u2029"))
                .isEqualTo("\\u0000\\u001b[31m\\u007f\\u0085\\u009f\\u2028\\u2029");
    }

    @Test
    void cleanTextIsReturnedAsItIs() {
        String s = "pgw1.epc.example;1;2 ü \\n";
        assertThat(LogSafe.escape(s)).isSameAs(s);
        assertThat(LogSafe.escape(null)).isNull();
    }

    @Property(tries = 2000)
    void theResultNeverHoldsAControlCharacterAndKeepsEveryOtherOne(@ForAll String s) {
        String out = LogSafe.escape(s);
        assertThat(out.chars().noneMatch(c -> LogSafe.isUnsafe((char) c))).isTrue();
        StringBuilder kept = new StringBuilder();
        s.chars().filter(c -> !LogSafe.isUnsafe((char) c)).forEach(c -> kept.append((char) c));
        assertThat(out.replaceAll("\\\\(n|r|t|u[0-9a-f]{4})", "")).isEqualTo(kept.toString().replaceAll(
                "\\\\(n|r|t|u[0-9a-f]{4})", ""));
    }
}
