package io.pcrfd.pcrf.qos;

import static org.assertj.core.api.Assertions.assertThat;

import io.pcrfd.pcrf.policy.Arp;
import io.pcrfd.pcrf.policy.BitratePair;
import io.pcrfd.pcrf.policy.MediaKind;
import io.pcrfd.pcrf.policy.Preemption;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** The QoS mapping of TS 29.213 §6.3 as {@link MediaQos} decides it. */
class MediaQosTest {

    @ParameterizedTest(name = "{0} -> QCI {1}")
    @CsvSource({"AUDIO, 1", "VIDEO, 2", "TEXT, 6", "MESSAGE, 6", "DATA, 8", "APPLICATION, 8", "CONTROL, 8",
            "OTHER, 9"})
    void theQciFollowsTheMediaType(MediaKind kind, int qci) {
        assertThat(MediaQos.of(kind, false, 64_000L, 64_000L, null, null).qci()).isEqualTo(qci);
    }

    @Test
    void aComponentWithoutMediaTypeIsBestEffort() {
        assertThat(MediaQos.of(null, false, null, null, null, null))
                .isEqualTo(new MediaQos(9, Arp.of(9), null, null));
    }

    @Test
    void audioIsAGbrBearerWhoseRatesIncludeRtcp() {
        MediaQos q = MediaQos.of(MediaKind.AUDIO, false, 38_000L, 41_000L, 600L, 2_000L);

        assertThat(q.mbr()).isEqualTo(BitratePair.of(40_600, 43_600));
        assertThat(q.gbr()).isEqualTo(q.mbr());
        assertThat(q.arp()).isEqualTo(new Arp(2, Preemption.ENABLED, Preemption.DISABLED));
    }

    @Test
    void videoIsGbrWithTheMbrAsGbr() {
        MediaQos q = MediaQos.of(MediaKind.VIDEO, false, 816_000L, 816_000L, null, null);

        assertThat(q.qci()).isEqualTo(2);
        assertThat(q.gbr()).isEqualTo(BitratePair.of(816_000, 816_000));
        assertThat(q.arp().priority()).isEqualTo(4);
    }

    @Test
    void nonGbrMediaGetAnMbrOnly() {
        MediaQos q = MediaQos.of(MediaKind.DATA, false, 1_000_000L, null, null, null);

        assertThat(q.mbr()).isEqualTo(BitratePair.of(1_000_000, 0));
        assertThat(q.gbr()).isNull();
    }

    @Test
    void signallingFlowsGetTheImsSignallingClass() {
        MediaQos q = MediaQos.of(MediaKind.AUDIO, true, 8_000L, 8_000L, null, null);

        assertThat(q.qci()).isEqualTo(5);
        assertThat(q.gbr()).isNull();
        assertThat(q.arp().priority()).isEqualTo(1);
    }
}
