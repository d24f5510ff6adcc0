package io.pcrfd.pcrf.runtime;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** The startup line about transparent huge pages: said only where the JVM flag would change something. */
class HugePagesHintTest {

    @Test
    void madviseWithoutTheFlagNamesTheFlagAndTheKernelMode() {
        assertThat(HugePagesHint.hint("always [madvise] never\n", false)).hasValueSatisfying(line -> assertThat(line)
                .contains("-XX:+UseTransparentHugePages")
                .contains("/sys/kernel/mm/transparent_hugepage/enabled: always [madvise] never)")
                .doesNotContain("\n"));
    }

    @Test
    void nothingWhenTheFlagIsSetOrTheKernelDecidesAlone() {
        assertThat(HugePagesHint.hint("always [madvise] never\n", true)).isEmpty();
        assertThat(HugePagesHint.hint("[always] madvise never\n", false)).isEmpty();
        assertThat(HugePagesHint.hint("always madvise [never]\n", false)).isEmpty();
    }

    @Test
    void nothingWhenTheModeOrTheFlagCannotBeRead() {
        assertThat(HugePagesHint.hint(null, false)).isEmpty();
        assertThat(HugePagesHint.hint("always [madvise] never\n", null)).isEmpty();
    }
}
