package io.pcrfd.pcrf.gx;

import static org.assertj.core.api.Assertions.assertThat;

import io.pcrfd.diameter.codec.DiameterCodec;
import io.pcrfd.diameter.message.Avp;
import io.pcrfd.diameter.message.DiameterMessage;
import io.pcrfd.pcrf.policy.BitratePair;
import io.pcrfd.pcrf.policy.EventTrigger;
import io.pcrfd.pcrf.policy.RuleDiff;
import io.pcrfd.pcrf.policy.UsageGrant;
import java.time.Instant;
import java.util.HexFormat;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;

/**
 * A successful CCA is built straight into its AVP array (no message builder per answer): on
 * the wire it is byte for byte the CCA {@link io.pcrfd.diameter.message.MessageBuilder} builds
 * (TS 29.212 §5.6.3: Session-Id first, Auth-Application-Id, Origin-Host, Origin-Realm,
 * Result-Code, CC-Request-Type and -Number echoed, then what the decision changes); a CCR with
 * Proxy-Info gets it echoed last (RFC 6733 §6.2) through the builder.
 */
class GxAnswersTest {
    private final GxAnswers answers = new GxAnswers(Pcef.DICT, "pcrf.pcrfd.local", "pcrfd.local");
    private final Pcef pcef = new Pcef();

    @Test
    void aPlain2001IsTheBuildersCcaOnTheWire() {
        DiameterMessage ccr = onTheWire(pcef.terminate("pgw1;answers;1", 3, "mk1", 1_000));
        DiameterMessage cca = answers.success(ccr);
        assertThat(hex(cca)).isEqualTo(hex(answers.viaBuilder(ccr, null, List.of())));
        assertThat(cca.avps().stream().map(Avp::name).toList()).containsExactly("Session-Id", "Auth-Application-Id",
                "Origin-Host", "Origin-Realm", "Result-Code", "CC-Request-Type", "CC-Request-Number");
        assertThat(cca.hopByHop()).isEqualTo(ccr.hopByHop());
        assertThat(cca.endToEnd()).isEqualTo(ccr.endToEnd());
        assertThat(cca.flags().request()).isFalse();
    }

    @Test
    void aCcaWithFeaturesAndAPolicyUpdateIsTheBuildersCcaOnTheWire() {
        DiameterMessage ccr = onTheWire(pcef.usage("pgw1;answers;2", 1, "mk1", 1_000_000, 33));
        PolicyUpdate update = new PolicyUpdate(RuleDiff.EMPTY, null, BitratePair.of(1_000_000L, 2_000_000L),
                new TreeSet<>(Set.of(EventTrigger.USAGE_REPORT, EventTrigger.REVALIDATION_TIMEOUT)),
                Instant.parse("2026-11-18T13:00:00Z"), List.of(UsageGrant.ofTotal("mk1", 100_000_000L)),
                List.of("mk9"));
        List<FeatureList> features = List.of(new FeatureList(10415, 1, 0b11));
        DiameterMessage cca = answers.success(ccr, update, features);
        assertThat(hex(cca)).isEqualTo(hex(answers.viaBuilder(ccr, update, features)));
        assertThat(cca.avps()).hasSize(7 + 1 + PolicyAvps.count(update));
        assertThat(cca.avps().get(7).name()).isEqualTo("Supported-Features");
    }

    @Test
    void proxyInfoIsEchoedLast() {
        DiameterMessage ccr = onTheWire(pcef.ccr("pgw1;answers;3", "TERMINATION_REQUEST", 2)
                .addGrouped("Proxy-Info", g -> g.add("Proxy-Host", "dra1.epc.example")
                        .add("Proxy-State", new byte[] {1, 2, 3}))
                .build());
        DiameterMessage cca = answers.success(ccr);
        List<String> names = cca.avps().stream().map(Avp::name).toList();
        assertThat(names).first().isEqualTo("Session-Id");
        assertThat(names).last().isEqualTo("Proxy-Info");
        assertThat(cca.avp("Proxy-Info").orElseThrow().child("Proxy-Host").orElseThrow().asUtf8String())
                .isEqualTo("dra1.epc.example");
    }

    @Test
    void theParsersEchoGivesTheSameCcaAsARescanOfTheRequest() {
        GxRequestParser parser = new GxRequestParser(Pcef.DICT, true);
        DiameterMessage ccrT = onTheWire(pcef.terminate("pgw1;answers;4", 3, "mk1", 1_000));
        GxRequest t = ((GxParse.Parsed) parser.parse(ccrT)).request();
        assertThat(t.echo()).isNotNull();
        assertThat(hex(answers.success(ccrT, t))).isEqualTo(hex(answers.success(ccrT)));
        DiameterMessage ccrU = onTheWire(pcef.usage("pgw1;answers;5", 1, "mk1", 1_000_000, 33));
        GxRequest u = ((GxParse.Parsed) parser.parse(ccrU)).request();
        PolicyUpdate update = new PolicyUpdate(RuleDiff.EMPTY, null, BitratePair.of(1_000_000L, 2_000_000L),
                new TreeSet<>(Set.of(EventTrigger.USAGE_REPORT)), null, List.of(), List.of());
        List<FeatureList> features = List.of(new FeatureList(10415, 1, 0b11));
        assertThat(hex(answers.success(ccrU, u, update, features)))
                .isEqualTo(hex(answers.success(ccrU, update, features)));
    }

    @Test
    void aRequestWithProxyInfoHasNoEchoAndStillGetsItLast() {
        DiameterMessage ccr = onTheWire(pcef.ccr("pgw1;answers;6", "TERMINATION_REQUEST", 2)
                .addGrouped("Proxy-Info", g -> g.add("Proxy-Host", "dra1.epc.example")
                        .add("Proxy-State", new byte[] {1, 2, 3}))
                .build());
        GxRequest r = ((GxParse.Parsed) new GxRequestParser(Pcef.DICT, true).parse(ccr)).request();
        assertThat(r.echo()).isNull();
        DiameterMessage cca = answers.success(ccr, r);
        assertThat(hex(cca)).isEqualTo(hex(answers.success(ccr)));
        assertThat(cca.avps().stream().map(Avp::name).toList()).last().isEqualTo("Proxy-Info");
    }

    private static DiameterMessage onTheWire(DiameterMessage m) {
        return new DiameterCodec(Pcef.DICT).decode(DiameterCodec.encode(m)).message();
    }

    private static String hex(DiameterMessage m) {
        return HexFormat.of().formatHex(DiameterCodec.encode(m));
    }
}
