package io.pcrfd.pcrf.gx;

import static org.assertj.core.api.Assertions.assertThat;

import io.pcrfd.diameter.message.DiameterMessage;
import io.pcrfd.pcrf.config.FeatureListConfig;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Supported-Features negotiation (TS 29.229 §7.2 as TS 29.212 §5.4.1 applies it). */
class FeatureListTest {
    private static final List<FeatureListConfig> OURS = List.of(new FeatureListConfig(10415, 1, List.of(0, 1, 3)),
            new FeatureListConfig(10415, 2, List.of(1)));

    @Test
    void answersTheIntersectionPerListAndDropsEmptyOrUnknownLists() {
        List<FeatureList> offered = List.of(new FeatureList(10415, 1, 0xFFFF_FFFFL),
                new FeatureList(10415, 2, 0b100), new FeatureList(10415, 3, 1), new FeatureList(13019, 1, 1));

        assertThat(FeatureList.negotiate(offered, OURS)).containsExactly(new FeatureList(10415, 1, 0b1011));
        assertThat(FeatureList.negotiate(List.of(), OURS)).isEmpty();
    }

    /** The last answer is reused only for the same offer against the same configuration. */
    @Test
    void aRepeatedOfferGetsTheSameAnswerAndAnotherConfigurationItsOwn() {
        List<FeatureList> offer = List.of(new FeatureList(10415, 1, 0b1111));
        List<FeatureList> first = FeatureList.negotiate(offer, OURS);
        assertThat(FeatureList.negotiate(List.of(new FeatureList(10415, 1, 0b1111)), OURS)).isSameAs(first)
                .containsExactly(new FeatureList(10415, 1, 0b1011));

        List<FeatureListConfig> rel8Only = List.of(new FeatureListConfig(10415, 1, List.of(0)));
        assertThat(FeatureList.negotiate(offer, rel8Only)).containsExactly(new FeatureList(10415, 1, 0b1));
        assertThat(FeatureList.negotiate(List.of(new FeatureList(10415, 1, 0b0110)), OURS))
                .containsExactly(new FeatureList(10415, 1, 0b0010));
        assertThat(FeatureList.negotiate(offer, OURS)).containsExactly(new FeatureList(10415, 1, 0b1011));
    }

    @Test
    void aCcrIWithoutSupportedFeaturesGetsNoneBack() {
        try (GxHarness h = new GxHarness()) {
            DiameterMessage ccr = h.pcef.ccr("pgw1;40;nf", "INITIAL_REQUEST", 0)
                    .addGrouped("Subscription-Id", g -> g.add("Subscription-Id-Type", "END_USER_IMSI")
                            .add("Subscription-Id-Data", Pcef.BASIC_IMSI))
                    .add("Called-Station-Id", "internet").build();
            DiameterMessage cca = h.call(ccr);
            assertThat(GxHarness.resultCode(cca)).isEqualTo(2001);
            assertThat(cca.avp("Supported-Features")).isEmpty();
        }
    }

    @Test
    void onlyRel8IsAnsweredWhenOnlyRel8AndAdcAreOffered() {
        try (GxHarness h = new GxHarness()) {
            DiameterMessage ccr = h.pcef.ccr("pgw1;41;r8", "INITIAL_REQUEST", 0)
                    .addGrouped("Subscription-Id", g -> g.add("Subscription-Id-Type", "END_USER_IMSI")
                            .add("Subscription-Id-Data", Pcef.BASIC_IMSI))
                    .addGrouped("Supported-Features", g -> g.add("Vendor-Id", 10415L)
                            .add("Feature-List-ID", 1L).add("Feature-List", 0b100_0001L))
                    .build();
            DiameterMessage cca = h.call(ccr);
            assertThat(GxHarness.u32(cca.avp("Supported-Features").orElseThrow(), "Feature-List")).isEqualTo(1);
        }
    }
}
